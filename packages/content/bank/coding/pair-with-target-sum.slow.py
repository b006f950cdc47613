# Too slow on purpose, for reference-solutions.test.ts: checks every pair, about n²/2 additions.
def pairWithTargetSum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
