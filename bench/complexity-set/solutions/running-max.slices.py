def runningMax(nums):
    # Allocation-heavy quadratic: a new prefix list for every position.
    return [max(nums[: i + 1]) for i in range(len(nums))]
