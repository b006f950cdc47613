# Too slow on purpose, for reference-solutions.test.ts: tries every pair of first and last bar,
# keeping the running minimum height, about n²/2 steps.
def largestRectangle(heights):
    best = 0
    for first in range(len(heights)):
        lowest = heights[first]
        for last in range(first, len(heights)):
            lowest = min(lowest, heights[last])
            best = max(best, lowest * (last - first + 1))
    return best
