# Too slow on purpose, for reference-solutions.test.ts: no set and no sort, every "is x - 1 / x + 1 present?" scans the list, O(n²).
def longestConsecutiveRun(nums):
    longest = 0
    for start in nums:
        if start - 1 in nums:
            continue
        end = start
        while end + 1 in nums:
            end += 1
        longest = max(longest, end - start + 1)
    return longest
