# Too slow on purpose, for reference-solutions.test.ts: k times, scans the whole tree for the smallest
# value above the last one found, O(n·k).
def kthSmallest(root, k):
    found = None
    for _ in range(k):
        best, stack = None, [root]
        while stack:
            node = stack.pop()
            if (found is None or node.val > found) and (best is None or node.val < best):
                best = node.val
            if node.left is not None:
                stack.append(node.left)
            if node.right is not None:
                stack.append(node.right)
        found = best
    return found
