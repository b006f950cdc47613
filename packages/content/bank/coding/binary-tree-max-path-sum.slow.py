# Too slow on purpose, for reference-solutions.test.ts: treats every node as the top of the path and
# searches both of its subtrees again for the best downward path, O(n·h), O(n²) on a lopsided tree.
# Iterative, so a deep tree is slow rather than a stack overflow.
def best_downward(start):
    best, stack = 0, [(start, start.val)] if start is not None else []
    while stack:
        node, total = stack.pop()
        best = max(best, total)
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, total + child.val))
    return best


def maxPathSum(root):
    best, nodes = root.val, [root]
    while nodes:
        node = nodes.pop()
        best = max(best, node.val + best_downward(node.left) + best_downward(node.right))
        nodes.extend(child for child in (node.left, node.right) if child is not None)
    return best
