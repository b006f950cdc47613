function sortValues(nums) {
  // Allocation-heavy n log n: new arrays at every level.
  if (nums.length <= 1) return nums.slice();
  const mid = nums.length >> 1;
  const left = sortValues(nums.slice(0, mid));
  const right = sortValues(nums.slice(mid));
  const out = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) out.push(left[i] <= right[j] ? left[i++] : right[j++]);
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}
