function pairWithTargetSum(nums, target) {
  const order = nums.map((_, i) => i).sort((a, b) => nums[a] - nums[b]);
  let lo = 0;
  let hi = order.length - 1;
  while (lo < hi) {
    const total = nums[order[lo]] + nums[order[hi]];
    if (total === target) return [order[lo], order[hi]];
    if (total < target) lo++;
    else hi--;
  }
  return [];
}
