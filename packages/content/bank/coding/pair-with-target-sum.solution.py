# Reference solution for bank/coding/pair-with-target-sum.md: one pass with a hash map, O(n).
def pairWithTargetSum(nums, target):
    position_of = {}
    for index, value in enumerate(nums):
        partner = target - value
        if partner in position_of:
            return [position_of[partner], index]
        position_of[value] = index
    return []
