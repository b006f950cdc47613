# Reference solution for bank/coding/insert-interval.md: one pass over the three runs (before, overlapping, after), O(n).
def insertInterval(intervals, newInterval):
    result = []
    low, high = newInterval
    index, count = 0, len(intervals)
    while index < count and intervals[index][1] < low:
        result.append(intervals[index])
        index += 1
    while index < count and intervals[index][0] <= high:
        low = min(low, intervals[index][0])
        high = max(high, intervals[index][1])
        index += 1
    result.append([low, high])
    result.extend(intervals[index:])
    return result
