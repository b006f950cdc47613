# Reference solution for bank/coding/binary-search-sorted.md: one binary search per query,
# O((n + q) log n) time in total, O(1) extra space besides the answer.
def first_not_below(nums, target):
    low, high = 0, len(nums)  # the answer lies in [low, high]
    while low < high:
        middle = (low + high) // 2
        if nums[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def searchPositions(nums, queries):
    return [first_not_below(nums, query) for query in queries]
