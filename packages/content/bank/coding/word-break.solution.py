# Reference solution for bank/coding/word-break.md: DP over prefixes, a prefix splits if a shorter split prefix is followed by a word; trying only the word lengths that exist gives O(n · L²) time for words of length ≤ L, O(n) space.
def canSegment(s, words):
    vocabulary = set(words)
    lengths = sorted({len(word) for word in vocabulary})
    splits = [True] + [False] * len(s)  # splits[i]: the first i letters split into words
    for end in range(1, len(s) + 1):
        for length in lengths:
            if length > end:
                break
            if splits[end - length] and s[end - length : end] in vocabulary:
                splits[end] = True
                break
    return splits[len(s)]
