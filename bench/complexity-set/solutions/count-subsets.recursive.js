function countSubsets(nums, target) {
  const count = (i, remaining) => (i === nums.length ? (remaining === 0 ? 1 : 0) : count(i + 1, remaining - nums[i]) + count(i + 1, remaining));
  return count(0, target);
}
