// Reference solution for bank/coding/number-of-islands.md: flood fill with an explicit stack, O(rows·cols) time.
function numIslands(grid: string[][]): number {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  const seen: boolean[][] = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const steps: ReadonlyArray<readonly [number, number]> = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ];
  let islands = 0;
  for (let startRow = 0; startRow < rows; startRow += 1) {
    for (let startCol = 0; startCol < cols; startCol += 1) {
      if (grid[startRow][startCol] !== '1' || seen[startRow][startCol]) continue;
      islands += 1;
      seen[startRow][startCol] = true;
      const stack: Array<[number, number]> = [[startRow, startCol]];
      while (stack.length > 0) {
        const [row, col] = stack.pop() as [number, number];
        for (const [dRow, dCol] of steps) {
          const nextRow = row + dRow;
          const nextCol = col + dCol;
          if (
            nextRow >= 0 &&
            nextRow < rows &&
            nextCol >= 0 &&
            nextCol < cols &&
            grid[nextRow][nextCol] === '1' &&
            !seen[nextRow][nextCol]
          ) {
            seen[nextRow][nextCol] = true;
            stack.push([nextRow, nextCol]);
          }
        }
      }
    }
  }
  return islands;
}
