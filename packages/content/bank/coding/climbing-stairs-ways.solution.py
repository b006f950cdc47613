# Reference solution for bank/coding/climbing-stairs-ways.md: one pass, ways(i) = ways(i-1) + ways(i-2) unless step i is broken; O(n) time, O(1) space.
MOD = 1_000_000_007


def countClimbs(steps):
    two_below, one_below = 0, 1  # ways to stand one step under the floor (none) and on the floor
    for step in steps:
        here = 0 if step == "x" else (one_below + two_below) % MOD
        two_below, one_below = one_below, here
    return one_below
