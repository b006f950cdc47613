function firstElement(nums) {
  return nums[0];
}
