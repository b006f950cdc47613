# Reference solution for bank/coding/validate-bst.md: an in-order walk with an explicit stack must
# see strictly increasing values; O(n) time, O(h) space.
def isValidBST(root):
    stack, node, previous = [], root, None
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if previous is not None and node.val <= previous:
            return False
        previous = node.val
        node = node.right
    return True
