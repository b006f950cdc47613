// Reference solution for bank/coding/min-eating-speed.md: binary search on the rate, checking each
// candidate in one pass. O(n log M) time for M the largest stack, O(1) extra space.
function hoursNeeded(stacks: number[], rate: number): number {
  let total = 0;
  for (const sheets of stacks) total += Math.ceil(sheets / rate);
  return total;
}

function minShredRate(stacks: number[], hours: number): number {
  let low = 1;
  let high = Math.max(...stacks); // the largest stack per hour always finishes in n ≤ hours
  while (low < high) {
    const rate = Math.floor((low + high) / 2);
    if (hoursNeeded(stacks, rate) <= hours) high = rate;
    else low = rate + 1;
  }
  return low;
}
