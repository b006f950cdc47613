// Reference solution for bank/coding/word-break.md: DP over prefixes, a prefix splits if a shorter split prefix is followed by a word; trying only the word lengths that exist gives O(n · L²) time for words of length ≤ L, O(n) space.
function canSegment(s: string, words: string[]): boolean {
  const vocabulary = new Set(words);
  const lengths = [...new Set(words.map((word) => word.length))].sort((a, b) => a - b);
  const splits: boolean[] = new Array<boolean>(s.length + 1).fill(false);
  splits[0] = true; // the empty prefix splits into no words
  for (let end = 1; end <= s.length; end += 1) {
    for (const length of lengths) {
      if (length > end) break;
      if (splits[end - length] && vocabulary.has(s.slice(end - length, end))) {
        splits[end] = true;
        break;
      }
    }
  }
  return splits[s.length];
}
