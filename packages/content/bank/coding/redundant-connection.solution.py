# Reference solution for bank/coding/redundant-connection.md: union-find with path halving and union by size, O(n α(n)).
def redundantLink(links):
    parent = list(range(len(links) + 1))
    size = [1] * (len(links) + 1)

    def root(node):
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for first, second in links:
        a, b = root(first), root(second)
        if a == b:
            return [first, second]  # already joined: this cable closes the loop
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
    return []
