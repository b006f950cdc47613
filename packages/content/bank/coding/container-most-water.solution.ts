// Reference solution for bank/coding/container-most-water.md: two pointers from both ends, always moving the lower wall, O(n) time, O(1) space.
function maxWaterArea(heights: number[]): number {
  let left = 0;
  let right = heights.length - 1;
  let best = 0;
  while (left < right) {
    const lower = Math.min(heights[left], heights[right]);
    best = Math.max(best, (right - left) * lower);
    if (heights[left] < heights[right]) left += 1;
    else right -= 1;
  }
  return best;
}
