function sortValues(nums) {
  return nums.slice().sort((a, b) => a - b);
}
