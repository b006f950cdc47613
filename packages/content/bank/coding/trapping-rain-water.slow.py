# Too slow on purpose, for reference-solutions.test.ts: for every column, scans left and right for
# the tallest walls, O(n²), about 10¹⁰ steps at the largest size.
def trapWater(heights):
    n = len(heights)
    water = 0
    for column in range(n):
        tallest_left = 0
        for i in range(column + 1):
            tallest_left = max(tallest_left, heights[i])
        tallest_right = 0
        for i in range(column, n):
            tallest_right = max(tallest_right, heights[i])
        water += min(tallest_left, tallest_right) - heights[column]
    return water
