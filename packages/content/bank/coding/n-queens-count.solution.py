# Reference solution for bank/coding/n-queens-count.md: backtracking row by row, with the taken columns
# and diagonals kept as bitmasks so each free square is found in O(1); exponential, far below n!.
def countQueenPlacements(board):
    n = len(board)
    full = (1 << n) - 1
    open_in_row = [sum(1 << col for col, square in enumerate(row) if square == ".") for row in board]

    def place(row, columns, down_diagonals, up_diagonals):
        if row == n:
            return 1
        # Squares of this row that are open and not attacked by any queen above.
        free = open_in_row[row] & ~(columns | down_diagonals | up_diagonals) & full
        count = 0
        while free:
            square = free & -free  # the lowest free square
            free ^= square
            count += place(
                row + 1,
                columns | square,
                (down_diagonals | square) << 1,
                (up_diagonals | square) >> 1,
            )
        return count

    return place(0, 0, 0, 0)
