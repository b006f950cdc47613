// Reference solution for bank/coding/sliding-window-maximum.md: a monotonic deque of indices with decreasing values, O(n) time, O(k) extra space.
function maxSlidingWindow(nums: number[], k: number): number[] {
  // A deque in a fixed array: indices from head to tail - 1, values strictly decreasing.
  const window = new Array<number>(nums.length);
  let head = 0;
  let tail = 0;
  const maxima: number[] = [];
  for (let index = 0; index < nums.length; index += 1) {
    while (tail > head && nums[window[tail - 1]] <= nums[index]) tail -= 1;
    window[tail] = index;
    tail += 1;
    if (window[head] <= index - k) head += 1;
    if (index >= k - 1) maxima.push(nums[window[head]]);
  }
  return maxima;
}
