# Too slow on purpose, for reference-solutions.test.ts: Bellman-Ford, relaxing every link in rounds
# until nothing changes, O(n·m) when the shortest paths are long chains.
def networkDelay(n, links, source):
    infinity = float("inf")
    arrival = [infinity] * n
    arrival[source] = 0
    for _ in range(n):
        changed = False
        for start, end, delay in links:
            if arrival[start] + delay < arrival[end]:
                arrival[end] = arrival[start] + delay
                changed = True
        if not changed:
            break
    latest = max(arrival)
    return -1 if latest == infinity else latest
