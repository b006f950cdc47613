# Too slow on purpose, for reference-solutions.test.ts: finds and removes the maximum k times, O(n·k).
def findKthLargest(nums, k):
    remaining = list(nums)
    for _ in range(k - 1):
        best = 0
        for index in range(1, len(remaining)):
            if remaining[index] > remaining[best]:
                best = index
        remaining.pop(best)
    return max(remaining)
