def firstElement(nums):
    return nums[0]
