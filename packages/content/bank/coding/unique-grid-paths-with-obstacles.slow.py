# Too slow on purpose, for reference-solutions.test.ts: plain recursion from the goal back to the start without remembering cells; exponential in rows + cols.
def countPaths(grid):
    def paths_to(r, c):
        if grid[r][c] == 1:
            return 0
        if r == 0 and c == 0:
            return 1
        total = 0
        if r > 0:
            total += paths_to(r - 1, c)
        if c > 0:
            total += paths_to(r, c - 1)
        return total % 1_000_000_007

    return paths_to(len(grid) - 1, len(grid[0]) - 1)
