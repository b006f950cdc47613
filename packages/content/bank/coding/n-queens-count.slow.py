# Too slow on purpose, for reference-solutions.test.ts: tries all n! ways to put one queen in each row
# and column, and only then checks the squares and diagonals, O(n!·n).
from itertools import permutations


def countQueenPlacements(board):
    n = len(board)
    count = 0
    for columns in permutations(range(n)):
        if all(board[row][columns[row]] == "." for row in range(n)) and len(
            {row + columns[row] for row in range(n)}
        ) == n and len({row - columns[row] for row in range(n)}) == n:
            count += 1
    return count
