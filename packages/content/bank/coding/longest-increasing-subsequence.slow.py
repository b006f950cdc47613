# Too slow on purpose, for reference-solutions.test.ts: the O(n²) DP, each value scans every earlier value it could follow.
def longestRisingChain(nums):
    ending_at = []  # ending_at[i]: longest rising chain whose last value is nums[i]
    for i, value in enumerate(nums):
        best = 1
        for j in range(i):
            if nums[j] < value and ending_at[j] + 1 > best:
                best = ending_at[j] + 1
        ending_at.append(best)
    return max(ending_at, default=0)
