# Reference solution for bank/coding/top-k-frequent.md: count with a hash map, keep a min-heap of the k largest counts, O(n log k).
import heapq
from collections import Counter


def topKFrequent(nums, k):
    counts = Counter(nums)
    kept = []
    for value, count in counts.items():
        if len(kept) < k:
            heapq.heappush(kept, (count, value))
        elif count > kept[0][0]:
            heapq.heapreplace(kept, (count, value))
    return [value for _, value in kept]
