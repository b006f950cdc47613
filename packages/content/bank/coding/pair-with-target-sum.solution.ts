// Reference solution for bank/coding/pair-with-target-sum.md: one pass with a hash map, O(n).
function pairWithTargetSum(nums: number[], target: number): number[] {
  const positionOf = new Map<number, number>();
  for (let index = 0; index < nums.length; index += 1) {
    const partner = positionOf.get(target - nums[index]);
    if (partner !== undefined) return [partner, index];
    positionOf.set(nums[index], index);
  }
  return [];
}
