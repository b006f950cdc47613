function runningMax(nums) {
  const out = new Array(nums.length);
  let best = nums[0];
  for (let i = 0; i < nums.length; i++) out[i] = best = Math.max(best, nums[i]);
  return out;
}
