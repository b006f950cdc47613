// Reference solution for bank/coding/binary-search-sorted.md: one binary search per query,
// O((n + q) log n) time in total, O(1) extra space besides the answer.
function firstNotBelow(nums: number[], target: number): number {
  let low = 0;
  let high = nums.length; // the answer lies in [low, high]
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nums[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function searchPositions(nums: number[], queries: number[]): number[] {
  return queries.map((query) => firstNotBelow(nums, query));
}
