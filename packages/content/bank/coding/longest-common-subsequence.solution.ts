// Reference solution for bank/coding/longest-common-subsequence.md: table over prefix pairs filled one row at a time; O(n · m) time, O(min(n, m)) space.
function longestShared(first: string, second: string): number {
  const [long, short] = first.length >= second.length ? [first, second] : [second, first];
  let above: number[] = new Array<number>(short.length + 1).fill(0); // previous row of the table
  for (const letter of long) {
    const row: number[] = [0];
    for (let j = 0; j < short.length; j += 1) {
      row.push(letter === short[j] ? above[j] + 1 : Math.max(above[j + 1], row[j]));
    }
    above = row;
  }
  return above[short.length];
}
