# Reference solution for bank/coding/kth-smallest-bst.md: an in-order walk with an explicit stack that
# stops at the k-th value; O(h + k) time, O(h) space.
def kthSmallest(root, k):
    stack, node = [], root
    while True:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.right
