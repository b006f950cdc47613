# Reference solution for bank/coding/min-eating-speed.md: binary search on the rate, checking each
# candidate in one pass. O(n log M) time for M the largest stack, O(1) extra space.
def hours_needed(stacks, rate):
    return sum((sheets + rate - 1) // rate for sheets in stacks)


def minShredRate(stacks, hours):
    low, high = 1, max(stacks)  # the largest stack per hour always finishes in n ≤ hours
    while low < high:
        rate = (low + high) // 2
        if hours_needed(stacks, rate) <= hours:
            high = rate
        else:
            low = rate + 1
    return low
