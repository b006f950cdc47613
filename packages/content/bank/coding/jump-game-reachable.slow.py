# Too slow on purpose, for reference-solutions.test.ts: marks every stone each reachable stone can jump to, O(n²).
def canReachEnd(jumps):
    count = len(jumps)
    reachable = [False] * count
    reachable[0] = True
    for index in range(count):
        if not reachable[index]:
            continue
        for target in range(index + 1, min(count, index + jumps[index] + 1)):
            reachable[target] = True
    return reachable[count - 1]
