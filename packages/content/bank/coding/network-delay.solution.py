# Reference solution for bank/coding/network-delay.md: Dijkstra with a binary heap, O(m log n).
import heapq


def networkDelay(n, links, source):
    outgoing = [[] for _ in range(n)]
    for start, end, delay in links:
        outgoing[start].append((end, delay))
    arrival = [-1] * n
    heap = [(0, source)]
    reached = 0
    while heap:
        time, server = heapq.heappop(heap)
        if arrival[server] != -1:
            continue  # an older, longer entry for a server already settled
        arrival[server] = time
        reached += 1
        for neighbour, delay in outgoing[server]:
            if arrival[neighbour] == -1:
                heapq.heappush(heap, (time + delay, neighbour))
    return max(arrival) if reached == n else -1
