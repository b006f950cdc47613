// Reference solution for bank/coding/insert-interval.md: one pass over the three runs (before, overlapping, after), O(n).
function insertInterval(intervals: number[][], newInterval: number[]): number[][] {
  const result: number[][] = [];
  let [low, high] = newInterval;
  let index = 0;
  while (index < intervals.length && intervals[index][1] < low) {
    result.push(intervals[index]);
    index += 1;
  }
  while (index < intervals.length && intervals[index][0] <= high) {
    low = Math.min(low, intervals[index][0]);
    high = Math.max(high, intervals[index][1]);
    index += 1;
  }
  result.push([low, high]);
  for (; index < intervals.length; index += 1) result.push(intervals[index]);
  return result;
}
