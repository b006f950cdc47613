// Reference solution for bank/coding/jump-game-reachable.md: greedy farthest reach in one pass, O(n) time, O(1) space.
function canReachEnd(jumps: number[]): boolean {
  const last = jumps.length - 1;
  let farthest = 0;
  for (let index = 0; index < jumps.length; index += 1) {
    if (index > farthest) return false;
    farthest = Math.max(farthest, index + jumps[index]);
    if (farthest >= last) return true;
  }
  return true;
}
