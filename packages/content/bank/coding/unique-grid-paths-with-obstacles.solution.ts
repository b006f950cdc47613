// Reference solution for bank/coding/unique-grid-paths-with-obstacles.md: row-by-row DP, paths to a cell = paths from above + paths from the left (0 on a shelf); O(rows · cols) time, O(cols) space.
const MOD = 1_000_000_007;

function countPaths(grid: number[][]): number {
  const cols = grid[0].length;
  const ways: number[] = new Array<number>(cols).fill(0); // ways[c]: paths to column c of the row being filled
  ways[0] = 1;
  for (const row of grid) {
    for (let c = 0; c < cols; c += 1) {
      if (row[c] === 1) ways[c] = 0;
      else if (c > 0) ways[c] = (ways[c] + ways[c - 1]) % MOD;
    }
  }
  return ways[cols - 1];
}
