# Too slow on purpose, for reference-solutions.test.ts: finds the nodes of each depth by searching down
# from the root again, O(n·h), which is O(n²) on a lopsided tree. Iterative, so it is slow rather
# than a stack overflow.
def nodes_at_depth(root, depth):
    found, stack = [], [(root, 0)]
    while stack:
        node, level = stack.pop()
        if level == depth:
            found.append(node)
            continue
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, level + 1))
    return found


def invertTree(root):
    if root is None:
        return None
    depth = 0
    while True:
        level = nodes_at_depth(root, depth)
        if not level:
            return root
        for node in level:
            node.left, node.right = node.right, node.left
        depth += 1
