// Reference solution for bank/coding/climbing-stairs-ways.md: one pass, ways(i) = ways(i-1) + ways(i-2) unless step i is broken; O(n) time, O(1) space.
const MOD = 1_000_000_007;

function countClimbs(steps: string): number {
  let twoBelow = 0; // ways to stand one step under the floor: none
  let oneBelow = 1; // ways to stand on the floor: one, standing still
  for (const step of steps) {
    const here = step === 'x' ? 0 : (oneBelow + twoBelow) % MOD;
    twoBelow = oneBelow;
    oneBelow = here;
  }
  return oneBelow;
}
