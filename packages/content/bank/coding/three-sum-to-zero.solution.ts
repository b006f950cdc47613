// Reference solution for bank/coding/three-sum-to-zero.md: sort, then for each first value a two-pointer sweep, O(n²) time, O(1) extra space.
function threeSumZero(nums: number[]): number[][] {
  const values = [...nums].sort((a, b) => a - b);
  const triples: number[][] = [];
  for (let first = 0; first < values.length - 2; first += 1) {
    const smallest = values[first];
    if (smallest > 0) break;
    if (first > 0 && smallest === values[first - 1]) continue;
    let low = first + 1;
    let high = values.length - 1;
    while (low < high) {
      const total = smallest + values[low] + values[high];
      if (total < 0) low += 1;
      else if (total > 0) high -= 1;
      else {
        triples.push([smallest, values[low], values[high]]);
        low += 1;
        high -= 1;
        while (low < high && values[low] === values[low - 1]) low += 1;
      }
    }
  }
  return triples;
}
