# Reference solution for bank/coding/container-most-water.md: two pointers from both ends, always moving the lower wall, O(n) time, O(1) space.
def maxWaterArea(heights):
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        lower = min(heights[left], heights[right])
        best = max(best, (right - left) * lower)
        if heights[left] < heights[right]:
            left += 1
        else:
            right -= 1
    return best
