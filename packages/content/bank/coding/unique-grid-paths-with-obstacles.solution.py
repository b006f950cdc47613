# Reference solution for bank/coding/unique-grid-paths-with-obstacles.md: row-by-row DP, paths to a cell = paths from above + paths from the left (0 on a shelf); O(rows · cols) time, O(cols) space.
MOD = 1_000_000_007


def countPaths(grid):
    cols = len(grid[0])
    ways = [1] + [0] * (cols - 1)  # ways[c]: paths to column c of the row being filled
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] = (ways[c] + ways[c - 1]) % MOD
    return ways[-1]
