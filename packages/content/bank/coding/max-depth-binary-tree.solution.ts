// Reference solution for bank/coding/max-depth-binary-tree.md: breadth-first, one level at a time,
// so a 10,000-node chain needs no deep recursion.
function maxDepth(root: TreeNode | null): number {
  let depth = 0;
  let level: TreeNode[] = root === null ? [] : [root];
  while (level.length > 0) {
    depth += 1;
    const next: TreeNode[] = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    level = next;
  }
  return depth;
}
