# Reference solution for bank/coding/merge-intervals.md: sort by start, then one pass extending the last merged interval, O(n log n).
def mergeIntervals(intervals):
    merged = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
