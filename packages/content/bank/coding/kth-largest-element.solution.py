# Reference solution for bank/coding/kth-largest-element.md: a min-heap of the k largest values, O(n log k) time, O(k) space.
import heapq


def findKthLargest(nums, k):
    largest = []
    for value in nums:
        if len(largest) < k:
            heapq.heappush(largest, value)
        elif value > largest[0]:
            heapq.heapreplace(largest, value)
    return largest[0]
