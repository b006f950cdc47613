// Reference solution for bank/coding/longest-substring-without-repeats.md: a sliding window with the last index of each character, O(n) time, O(alphabet) space.
function longestDistinctStretch(s: string): number {
  const lastIndex = new Map<string, number>();
  let start = 0;
  let best = 0;
  for (let index = 0; index < s.length; index += 1) {
    const previous = lastIndex.get(s[index]);
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastIndex.set(s[index], index);
    best = Math.max(best, index - start + 1);
  }
  return best;
}
