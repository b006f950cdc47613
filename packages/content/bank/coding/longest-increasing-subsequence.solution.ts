// Reference solution for bank/coding/longest-increasing-subsequence.md: patience sorting, tails[k] = smallest last value of a rising chain of length k + 1, found by binary search; O(n log n) time, O(n) space.
function longestRisingChain(nums: number[]): number {
  const tails: number[] = [];
  for (const value of nums) {
    let low = 0;
    let high = tails.length; // find the first tail >= value
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle] < value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
  }
  return tails.length;
}
