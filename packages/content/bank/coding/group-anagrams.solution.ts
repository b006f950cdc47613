// Reference solution for bank/coding/group-anagrams.md: a hash map keyed by each word's sorted letters, O(n · L log L) time, O(n) space.
function groupAnagrams(words: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = word.split("").sort().join("");
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [word]);
    else group.push(word);
  }
  return [...groups.values()];
}
