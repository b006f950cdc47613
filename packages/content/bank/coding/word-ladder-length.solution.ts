// Reference solution for bank/coding/word-ladder-length.md: BFS over words, neighbours found through
// wildcard patterns ("c*t"), O(N·L²) for N words of length L.
function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  const words = new Set(wordList);
  if (!words.has(endWord)) return 0;
  const length = beginWord.length;
  const patternsOf = (word: string): string[] =>
    Array.from({ length }, (_, i) => `${word.slice(0, i)}*${word.slice(i + 1)}`);
  const wordsMatching = new Map<string, string[]>();
  for (const word of words) {
    for (const pattern of patternsOf(word)) {
      const group = wordsMatching.get(pattern);
      if (group === undefined) wordsMatching.set(pattern, [word]);
      else group.push(word);
    }
  }

  const seen = new Set<string>([beginWord]);
  let frontier = [beginWord];
  let ladder = 1;
  while (frontier.length > 0) {
    ladder += 1;
    const next: string[] = [];
    for (const word of frontier) {
      for (const pattern of patternsOf(word)) {
        for (const neighbour of wordsMatching.get(pattern) ?? []) {
          if (neighbour === endWord) return ladder;
          if (!seen.has(neighbour)) {
            seen.add(neighbour);
            next.push(neighbour);
          }
        }
        // Every word in this group is now seen, so no later word needs to scan it again.
        wordsMatching.delete(pattern);
      }
    }
    frontier = next;
  }
  return 0;
}
