// Reference solution for bank/coding/median-two-sorted-arrays.md: for each query, binary-search how
// many values of the shorter prefix go to the lower half of the merged order. O(log(min(i, j))) per
// query, O(q log n) in total, O(1) extra space besides the answer.
function medianOfTwoPrefixes(a: number[], i: number, b: number[], j: number): number {
  if (i > j) return medianOfTwoPrefixes(b, j, a, i);
  const lowerHalf = Math.floor((i + j + 1) / 2);
  let low = 0;
  let high = i; // how many of a[:i] go to the lower half
  for (;;) {
    const takeA = (low + high) >>> 1;
    const takeB = lowerHalf - takeA;
    const aLeft = takeA > 0 ? a[takeA - 1] : -Infinity;
    const aRight = takeA < i ? a[takeA] : Infinity;
    const bLeft = takeB > 0 ? b[takeB - 1] : -Infinity;
    const bRight = takeB < j ? b[takeB] : Infinity;
    if (aLeft > bRight) high = takeA - 1;
    else if (bLeft > aRight) low = takeA + 1;
    else {
      const leftMax = Math.max(aLeft, bLeft);
      return (i + j) % 2 === 1 ? leftMax : (leftMax + Math.min(aRight, bRight)) / 2;
    }
  }
}

function medianOfPrefixes(a: number[], b: number[], queries: number[][]): number[] {
  return queries.map(([i, j]) => medianOfTwoPrefixes(a, i, b, j));
}
