# Reference solution for bank/coding/search-rotated-sorted.md: one binary search finds where the
# rotation starts, then each query is a binary search in the sorted half that could hold it.
# O(log n) per query, O((n + q) log n) in total, O(1) extra space besides the answer.
def rotation_start(nums):
    low, high = 0, len(nums) - 1
    while low < high:  # the smallest value lies in [low, high]
        middle = (low + high) // 2
        if nums[middle] > nums[-1]:
            low = middle + 1
        else:
            high = middle
    return low


def index_in(nums, low, high, target):
    while low <= high:
        middle = (low + high) // 2
        if nums[middle] == target:
            return middle
        if nums[middle] < target:
            low = middle + 1
        else:
            high = middle - 1
    return -1


def searchRotated(nums, queries):
    start = rotation_start(nums)
    answers = []
    for query in queries:
        if query <= nums[-1]:
            answers.append(index_in(nums, start, len(nums) - 1, query))
        else:
            answers.append(index_in(nums, 0, start - 1, query))
    return answers
