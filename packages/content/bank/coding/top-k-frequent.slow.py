# Too slow on purpose, for reference-solutions.test.ts: counts each distinct value with a full scan, O(n·d).
def topKFrequent(nums, k):
    counted = []
    seen = set()
    for value in nums:
        if value in seen:
            continue
        seen.add(value)
        count = 0
        for other in nums:
            if other == value:
                count += 1
        counted.append((count, value))
    counted.sort(reverse=True)
    return [value for _, value in counted[:k]]
