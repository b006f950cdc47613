// Reference solution for bank/coding/invert-binary-tree.md: swap the children of every node, with an
// explicit stack so a 10,000-node chain needs no deep recursion; O(n) time, O(h) space.
function invertTree(root: TreeNode | null): TreeNode | null {
  const stack: TreeNode[] = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode;
    const left = node.left;
    node.left = node.right;
    node.right = left;
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return root;
}
