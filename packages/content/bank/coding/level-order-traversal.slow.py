# Too slow on purpose, for reference-solutions.test.ts: collects each level by searching down from the
# root again, O(n·h), which is O(n²) on a lopsided tree. Iterative, so it is slow rather than a
# stack overflow.
def values_at_depth(root, depth):
    found, stack = [], [(root, 0)]
    while stack:
        node, level = stack.pop()
        if level == depth:
            found.append(node.val)
            continue
        for child in (node.right, node.left):
            if child is not None:
                stack.append((child, level + 1))
    return found


def levelOrder(root):
    levels = []
    if root is None:
        return levels
    while True:
        level = values_at_depth(root, len(levels))
        if not level:
            return levels
        levels.append(level)
