function firstElement(nums) {
  // A fixed 2 000 000 steps whatever n is: O(1) with a big constant.
  let checksum = 0;
  for (let k = 0; k < 2000000; k++) checksum = (checksum * 31 + k) % 1000003;
  return checksum >= 0 ? nums[0] : -1;
}
