// Reference solution for bank/coding/kth-smallest-bst.md: an in-order walk with an explicit stack that
// stops at the k-th value; O(h + k) time, O(h) space.
function kthSmallest(root: TreeNode | null, k: number): number {
  const stack: TreeNode[] = [];
  let node: TreeNode | null = root;
  let remaining = k;
  for (;;) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const visited = stack.pop() as TreeNode;
    remaining -= 1;
    if (remaining === 0) return visited.val;
    node = visited.right;
  }
}
