# Too slow on purpose, for reference-solutions.test.ts: before adding each cable, searches the
# network built so far for a route between its ends, O(n²) when the network grows as one piece.
def redundantLink(links):
    neighbours = [[] for _ in range(len(links) + 1)]
    for first, second in links:
        seen = {first}
        stack = [first]
        while stack:
            node = stack.pop()
            for nxt in neighbours[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        if second in seen:
            return [first, second]
        neighbours[first].append(second)
        neighbours[second].append(first)
    return []
