// Reference solution for bank/coding/largest-rectangle-histogram.md: a monotonic stack of bars with
// rising heights; each bar's widest rectangle is settled when it is popped. O(n) time, O(n) space.
function largestRectangle(heights: number[]): number {
  let best = 0;
  const rising: number[] = []; // indices of bars whose heights increase from bottom to top
  for (let right = 0; right <= heights.length; right += 1) {
    const height = right < heights.length ? heights[right] : 0; // a final 0 settles every bar
    while (rising.length > 0 && heights[rising[rising.length - 1]] >= height) {
      const top = heights[rising.pop() as number];
      const left = rising.length > 0 ? rising[rising.length - 1] + 1 : 0;
      best = Math.max(best, top * (right - left));
    }
    rising.push(right);
  }
  return best;
}
