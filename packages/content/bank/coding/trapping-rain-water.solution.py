# Reference solution for bank/coding/trapping-rain-water.md: two pointers moving inward from the
# lower side, each with the tallest wall seen on its side. O(n) time, O(1) extra space.
def trapWater(heights):
    left, right = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        if heights[left] < heights[right]:
            # The right side holds a wall at least this tall, so left_max decides the level here.
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
            left += 1
        else:
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
            right -= 1
    return water
