# Reference solution for bank/coding/max-depth-binary-tree.md: breadth-first, one level at a time,
# so a 10,000-node chain needs no deep recursion.
def maxDepth(root):
    depth = 0
    level = [root] if root is not None else []
    while level:
        depth += 1
        level = [child for node in level for child in (node.left, node.right) if child is not None]
    return depth
