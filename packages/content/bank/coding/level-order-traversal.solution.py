# Reference solution for bank/coding/level-order-traversal.md: breadth-first, one level at a time,
# O(n) time, O(w) space for the widest level.
def levelOrder(root):
    levels = []
    current = [root] if root is not None else []
    while current:
        levels.append([node.val for node in current])
        current = [child for node in current for child in (node.left, node.right) if child is not None]
    return levels
