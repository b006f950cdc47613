// Reference solution for bank/coding/validate-bst.md: an in-order walk with an explicit stack must
// see strictly increasing values; O(n) time, O(h) space.
function isValidBST(root: TreeNode | null): boolean {
  const stack: TreeNode[] = [];
  let node: TreeNode | null = root;
  let previous: number | null = null;
  while (stack.length > 0 || node !== null) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const visited = stack.pop() as TreeNode;
    if (previous !== null && visited.val <= previous) return false;
    previous = visited.val;
    node = visited.right;
  }
  return true;
}
