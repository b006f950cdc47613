# Reference solution for bank/coding/invert-binary-tree.md: swap the children of every node, with an
# explicit stack so a 10,000-node chain needs no deep recursion; O(n) time, O(h) space.
def invertTree(root):
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)
    return root
