# Reference solution for bank/coding/median-of-stream.md: a max-heap for the lower half and a min-heap for the upper half, O(log n) add, O(1) median.
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # the smaller half, negated so heapq's min-heap acts as a max-heap
        self.high = []  # the larger half

    def addNum(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self):
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
