# Too slow on purpose, for reference-solutions.test.ts: tries every pair of walls, O(n²).
def maxWaterArea(heights):
    best = 0
    for i in range(len(heights)):
        for j in range(i + 1, len(heights)):
            best = max(best, (j - i) * min(heights[i], heights[j]))
    return best
