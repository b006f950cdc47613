# Reference solution for bank/coding/jump-game-reachable.md: greedy farthest reach in one pass, O(n) time, O(1) space.
def canReachEnd(jumps):
    farthest = 0
    last = len(jumps) - 1
    for index, jump in enumerate(jumps):
        if index > farthest:
            return False
        farthest = max(farthest, index + jump)
        if farthest >= last:
            return True
    return True
