# Too slow on purpose, for reference-solutions.test.ts: merges one overlapping neighbour pair at a time and rescans from the front, O(n²).
def insertInterval(intervals, newInterval):
    merged = sorted([list(interval) for interval in intervals] + [list(newInterval)])
    changed = True
    while changed:
        changed = False
        for index in range(len(merged) - 1):
            if merged[index + 1][0] <= merged[index][1]:
                merged[index][1] = max(merged[index][1], merged[index + 1][1])
                del merged[index + 1]
                changed = True
                break
    return merged
