# Too slow on purpose, for reference-solutions.test.ts: for every node, scans its whole left subtree
# for the largest value and its right subtree for the smallest, O(n·h), O(n²) on a lopsided tree.
def subtree_values(node):
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        yield current.val
        for child in (current.left, current.right):
            if child is not None:
                stack.append(child)


def isValidBST(root):
    nodes = [root] if root is not None else []
    while nodes:
        node = nodes.pop()
        if any(value >= node.val for value in subtree_values(node.left)):
            return False
        if any(value <= node.val for value in subtree_values(node.right)):
            return False
        nodes.extend(child for child in (node.left, node.right) if child is not None)
    return True
