# Reference solution for bank/coding/binary-tree-max-path-sum.md: children before parents (an explicit
# stack, no recursion), each node's best downward gain from its children's; O(n) time, O(n) space.
def maxPathSum(root):
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)
    gain = {None: 0}
    best = root.val
    for node in reversed(order):
        left, right = gain[node.left], gain[node.right]
        best = max(best, node.val + left + right)
        gain[node] = max(0, node.val + max(left, right))
    return best
