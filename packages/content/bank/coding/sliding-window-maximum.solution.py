# Reference solution for bank/coding/sliding-window-maximum.md: a monotonic deque of indices with decreasing values, O(n) time, O(k) extra space.
from collections import deque


def maxSlidingWindow(nums, k):
    window = deque()  # indices, their values strictly decreasing from front to back
    maxima = []
    for index, value in enumerate(nums):
        while window and nums[window[-1]] <= value:
            window.pop()
        window.append(index)
        if window[0] <= index - k:
            window.popleft()
        if index >= k - 1:
            maxima.append(nums[window[0]])
    return maxima
