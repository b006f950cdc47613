def runningMax(nums):
    out, best = [], nums[0]
    for x in nums:
        best = max(best, x)
        out.append(best)
    return out
