# Too slow on purpose, for reference-solutions.test.ts: sorts every number received on each query, O(n log n) per findMedian.
class MedianFinder:
    def __init__(self):
        self.values = []

    def addNum(self, num):
        self.values.append(num)

    def findMedian(self):
        ordered = sorted(self.values)
        middle = len(ordered) // 2
        if len(ordered) % 2 == 1:
            return float(ordered[middle])
        return (ordered[middle - 1] + ordered[middle]) / 2
