def firstElement(nums):
    # A fixed 20 000 steps whatever n is: O(1) with a big constant.
    checksum = 0
    for k in range(20000):
        checksum = (checksum * 31 + k) % 1000003
    return nums[0] if checksum >= 0 else -1
