// Reference solution for bank/coding/longest-consecutive-run.md: a hash set, walking up only from run starts, O(n) time, O(n) space.
function longestConsecutiveRun(nums: number[]): number {
  const values = new Set<number>(nums);
  let longest = 0;
  for (const start of values) {
    if (values.has(start - 1)) continue;
    let end = start;
    while (values.has(end + 1)) end += 1;
    longest = Math.max(longest, end - start + 1);
  }
  return longest;
}
