# Too slow on purpose, for reference-solutions.test.ts: measures the height below every node separately,
# O(n²) on a lopsided tree. Iterative, so a deep tree is slow rather than a stack overflow.
def height(node):
    deepest, stack = 0, [(node, 1)] if node is not None else []
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in (current.left, current.right) if child is not None)
    return deepest


def maxDepth(root):
    best, nodes = 0, [root] if root is not None else []
    while nodes:
        node = nodes.pop()
        best = max(best, height(node))
        nodes.extend(child for child in (node.left, node.right) if child is not None)
    return best
