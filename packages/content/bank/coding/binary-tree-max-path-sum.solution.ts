// Reference solution for bank/coding/binary-tree-max-path-sum.md: children before parents (an explicit
// stack, no recursion), each node's best downward gain from its children's; O(n) time, O(n) space.
function maxPathSum(root: TreeNode | null): number {
  if (root === null) return 0;
  const order: TreeNode[] = [];
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode;
    order.push(node);
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  const gain = new Map<TreeNode, number>();
  const gainOf = (node: TreeNode | null): number => (node === null ? 0 : (gain.get(node) ?? 0));
  let best = root.val;
  for (let index = order.length - 1; index >= 0; index -= 1) {
    const node = order[index];
    const left = gainOf(node.left);
    const right = gainOf(node.right);
    best = Math.max(best, node.val + left + right);
    gain.set(node, Math.max(0, node.val + Math.max(left, right)));
  }
  return best;
}
