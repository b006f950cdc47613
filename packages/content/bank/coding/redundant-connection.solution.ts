// Reference solution for bank/coding/redundant-connection.md: union-find with path halving and union by size, O(n α(n)).
function redundantLink(links: number[][]): number[] {
  const parent = Array.from({ length: links.length + 1 }, (_, node) => node);
  const size = new Array<number>(links.length + 1).fill(1);
  const root = (start: number): number => {
    let node = start;
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  };
  for (const [first, second] of links) {
    let a = root(first);
    let b = root(second);
    if (a === b) return [first, second]; // already joined: this cable closes the loop
    if (size[a] < size[b]) [a, b] = [b, a];
    parent[b] = a;
    size[a] += size[b];
  }
  return [];
}
