# Too slow on purpose, for reference-solutions.test.ts: explores the whole island again from every
# land cell and counts it only at its first cell in reading order, O((rows·cols)²) on one big island.
def numIslands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    islands = 0
    for start_row in range(rows):
        for start_col in range(cols):
            if grid[start_row][start_col] != "1":
                continue
            seen = {(start_row, start_col)}
            stack = [(start_row, start_col)]
            first = True
            while stack:
                row, col = stack.pop()
                if (row, col) < (start_row, start_col):
                    first = False
                for next_row, next_col in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                    if (
                        0 <= next_row < rows
                        and 0 <= next_col < cols
                        and grid[next_row][next_col] == "1"
                        and (next_row, next_col) not in seen
                    ):
                        seen.add((next_row, next_col))
                        stack.append((next_row, next_col))
            if first:
                islands += 1
    return islands
