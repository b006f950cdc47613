// Reference solution for bank/coding/search-rotated-sorted.md: one binary search finds where the
// rotation starts, then each query is a binary search in the sorted half that could hold it.
// O(log n) per query, O((n + q) log n) in total, O(1) extra space besides the answer.
function rotationStart(nums: number[]): number {
  let low = 0;
  let high = nums.length - 1;
  while (low < high) {
    // the smallest value lies in [low, high]
    const middle = (low + high) >>> 1;
    if (nums[middle] > nums[nums.length - 1]) low = middle + 1;
    else high = middle;
  }
  return low;
}

function indexIn(nums: number[], low: number, high: number, target: number): number {
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (nums[middle] === target) return middle;
    if (nums[middle] < target) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function searchRotated(nums: number[], queries: number[]): number[] {
  const start = rotationStart(nums);
  const last = nums.length - 1;
  return queries.map((query) =>
    query <= nums[last] ? indexIn(nums, start, last, query) : indexIn(nums, 0, start - 1, query),
  );
}
