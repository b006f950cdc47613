# Reference solution for bank/coding/longest-substring-without-repeats.md: a sliding window with the last index of each character, O(n) time, O(alphabet) space.
def longestDistinctStretch(s):
    last_index = {}
    start = 0
    best = 0
    for index, ch in enumerate(s):
        previous = last_index.get(ch)
        if previous is not None and previous >= start:
            start = previous + 1
        last_index[ch] = index
        best = max(best, index - start + 1)
    return best
