# Too slow on purpose, for reference-solutions.test.ts: compares each value with the next k values, O(n·k).
def hasCloseRepeat(nums, k):
    for i in range(len(nums)):
        for j in range(i + 1, min(len(nums), i + k + 1)):
            if nums[i] == nums[j]:
                return True
    return False
