# Too slow on purpose, for reference-solutions.test.ts: BFS that compares each word it reaches with
# every word in the list to find its neighbours, O(N²·L).
def ladderLength(beginWord, endWord, wordList):
    if endWord not in wordList:
        return 0

    def one_apart(first, second):
        return sum(1 for a, b in zip(first, second) if a != b) == 1

    seen = {beginWord}
    frontier = [beginWord]
    ladder = 1
    while frontier:
        ladder += 1
        next_frontier = []
        for word in frontier:
            for candidate in wordList:
                if candidate not in seen and one_apart(word, candidate):
                    if candidate == endWord:
                        return ladder
                    seen.add(candidate)
                    next_frontier.append(candidate)
        frontier = next_frontier
    return 0
