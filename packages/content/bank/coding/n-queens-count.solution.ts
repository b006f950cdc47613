// Reference solution for bank/coding/n-queens-count.md: backtracking row by row, with the taken columns
// and diagonals kept as bitmasks so each free square is found in O(1); exponential, far below n!.
function countQueenPlacements(board: string[]): number {
  const n = board.length;
  const full = (1 << n) - 1;
  const openInRow = board.map((row) => {
    let mask = 0;
    for (let col = 0; col < row.length; col += 1) if (row[col] === '.') mask |= 1 << col;
    return mask;
  });
  const place = (row: number, columns: number, downDiagonals: number, upDiagonals: number): number => {
    if (row === n) return 1;
    // Squares of this row that are open and not attacked by any queen above.
    let free = openInRow[row] & ~(columns | downDiagonals | upDiagonals) & full;
    let count = 0;
    while (free !== 0) {
      const square = free & -free; // the lowest free square
      free ^= square;
      count += place(
        row + 1,
        columns | square,
        (downDiagonals | square) << 1,
        (upDiagonals | square) >> 1,
      );
    }
    return count;
  };
  return place(0, 0, 0, 0);
}
