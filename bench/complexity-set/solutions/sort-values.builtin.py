def sortValues(nums):
    return sorted(nums)
