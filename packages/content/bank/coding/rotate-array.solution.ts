// Reference solution for bank/coding/rotate-array.md: three reversals, O(n) time, O(1) extra space.
function rotate(nums: number[], k: number): void {
  const n = nums.length;
  const shift = k % n;
  const reverse = (low: number, high: number): void => {
    while (low < high) {
      [nums[low], nums[high]] = [nums[high], nums[low]];
      low += 1;
      high -= 1;
    }
  };
  reverse(0, n - 1);
  reverse(0, shift - 1);
  reverse(shift, n - 1);
}
