def sumAll(nums):
    # Allocation-heavy linear: a string and a new int per element.
    return sum(int(str(x)) for x in nums)
