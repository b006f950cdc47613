# Reference solution for bank/coding/house-robber.md: one pass keeping the best total with and without tonight's gig; O(n) time, O(1) space.
def maxFees(fees):
    played, rested = 0, 0  # best total so far if the last night was played / was a rest night
    for fee in fees:
        played, rested = rested + fee, max(played, rested)
    return max(played, rested)
