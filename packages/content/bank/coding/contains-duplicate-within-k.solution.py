# Reference solution for bank/coding/contains-duplicate-within-k.md: one pass with a map of last positions, O(n) time, O(n) space.
def hasCloseRepeat(nums, k):
    last_seen = {}
    for index, value in enumerate(nums):
        previous = last_seen.get(value)
        if previous is not None and index - previous <= k:
            return True
        last_seen[value] = index
    return False
