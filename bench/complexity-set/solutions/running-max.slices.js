function runningMax(nums) {
  // Allocation-heavy quadratic: a new prefix array for every position.
  return nums.map((_, i) => nums.slice(0, i + 1).reduce((best, x) => Math.max(best, x)));
}
