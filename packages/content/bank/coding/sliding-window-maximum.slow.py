# Too slow on purpose, for reference-solutions.test.ts: recomputes the maximum of every window from scratch, O(n·k).
def maxSlidingWindow(nums, k):
    maxima = []
    for start in range(len(nums) - k + 1):
        largest = nums[start]
        for index in range(start + 1, start + k):
            if nums[index] > largest:
                largest = nums[index]
        maxima.append(largest)
    return maxima
