function searchSorted(nums, target) {
  const find = (lo, hi) => {
    if (lo > hi) return -1;
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    return nums[mid] < target ? find(mid + 1, hi) : find(lo, mid - 1);
  };
  return find(0, nums.length - 1);
}
