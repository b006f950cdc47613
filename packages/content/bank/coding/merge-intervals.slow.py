# Too slow on purpose, for reference-solutions.test.ts: merges each interval against every group built so far, O(n²).
def mergeIntervals(intervals):
    groups = []
    for start, end in intervals:
        kept = []
        for group in groups:
            if group[0] <= end and start <= group[1]:
                start, end = min(start, group[0]), max(end, group[1])
            else:
                kept.append(group)
        kept.append([start, end])
        groups = kept
    return sorted(groups)
