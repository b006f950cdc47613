def countSubsets(nums, target):
    def count(i, remaining):
        if i == len(nums):
            return 1 if remaining == 0 else 0
        return count(i + 1, remaining - nums[i]) + count(i + 1, remaining)
    return count(0, target)
