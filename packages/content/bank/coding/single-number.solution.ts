// Reference solution for bank/coding/single-number.md: XOR of all ids, since x ^ x = 0 and XOR is order-free; O(n) time, O(1) space.
function loneBadge(ids: number[]): number {
  let lone = 0;
  for (const badge of ids) lone ^= badge;
  return lone;
}
