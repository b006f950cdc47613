# Reference solution for bank/coding/longest-consecutive-run.md: a hash set, walking up only from run starts, O(n) time, O(n) space.
def longestConsecutiveRun(nums):
    values = set(nums)
    longest = 0
    for start in values:
        if start - 1 in values:
            continue
        end = start
        while end + 1 in values:
            end += 1
        longest = max(longest, end - start + 1)
    return longest
