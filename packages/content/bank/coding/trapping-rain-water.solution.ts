// Reference solution for bank/coding/trapping-rain-water.md: two pointers moving inward from the
// lower side, each with the tallest wall seen on its side. O(n) time, O(1) extra space.
function trapWater(heights: number[]): number {
  let left = 0;
  let right = heights.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left < right) {
    if (heights[left] < heights[right]) {
      // The right side holds a wall at least this tall, so leftMax decides the level here.
      leftMax = Math.max(leftMax, heights[left]);
      water += leftMax - heights[left];
      left += 1;
    } else {
      rightMax = Math.max(rightMax, heights[right]);
      water += rightMax - heights[right];
      right -= 1;
    }
  }
  return water;
}
