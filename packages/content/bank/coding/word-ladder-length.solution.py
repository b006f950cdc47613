# Reference solution for bank/coding/word-ladder-length.md: BFS over words, neighbours found through
# wildcard patterns ("c*t"), O(N·L²) for N words of length L.
from collections import defaultdict, deque


def ladderLength(beginWord, endWord, wordList):
    words = set(wordList)
    if endWord not in words:
        return 0
    length = len(beginWord)
    words_matching = defaultdict(list)
    for word in words:
        for i in range(length):
            words_matching[word[:i] + "*" + word[i + 1 :]].append(word)

    seen = {beginWord}
    queue = deque([(beginWord, 1)])
    while queue:
        word, ladder = queue.popleft()
        for i in range(length):
            pattern = word[:i] + "*" + word[i + 1 :]
            for neighbour in words_matching[pattern]:
                if neighbour == endWord:
                    return ladder + 1
                if neighbour not in seen:
                    seen.add(neighbour)
                    queue.append((neighbour, ladder + 1))
            # Every word in this group is now seen, so no later word needs to scan it again.
            words_matching[pattern] = []
    return 0
