# Reference solution for bank/coding/largest-rectangle-histogram.md: a monotonic stack of bars with
# rising heights; each bar's widest rectangle is settled when it is popped. O(n) time, O(n) space.
def largestRectangle(heights):
    best = 0
    rising = []  # indices of bars whose heights increase from bottom to top
    for right in range(len(heights) + 1):
        height = heights[right] if right < len(heights) else 0  # a final 0 settles every bar
        while rising and heights[rising[-1]] >= height:
            top = heights[rising.pop()]
            left = rising[-1] + 1 if rising else 0
            best = max(best, top * (right - left))
        rising.append(right)
    return best
