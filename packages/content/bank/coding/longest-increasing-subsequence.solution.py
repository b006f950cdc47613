# Reference solution for bank/coding/longest-increasing-subsequence.md: patience sorting, tails[k] = smallest last value of a rising chain of length k + 1, found by binary search; O(n log n) time, O(n) space.
from bisect import bisect_left


def longestRisingChain(nums):
    tails = []
    for value in nums:
        place = bisect_left(tails, value)  # first tail >= value: strictly rising chains only
        if place == len(tails):
            tails.append(value)
        else:
            tails[place] = value
    return len(tails)
