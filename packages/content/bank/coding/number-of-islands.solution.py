# Reference solution for bank/coding/number-of-islands.md: flood fill with an explicit stack, O(rows·cols) time.
def numIslands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for start_row in range(rows):
        for start_col in range(cols):
            if grid[start_row][start_col] != "1" or seen[start_row][start_col]:
                continue
            islands += 1
            seen[start_row][start_col] = True
            stack = [(start_row, start_col)]
            while stack:
                row, col = stack.pop()
                for next_row, next_col in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                    if (
                        0 <= next_row < rows
                        and 0 <= next_col < cols
                        and grid[next_row][next_col] == "1"
                        and not seen[next_row][next_col]
                    ):
                        seen[next_row][next_col] = True
                        stack.append((next_row, next_col))
    return islands
