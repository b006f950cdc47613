# Too slow on purpose, for reference-solutions.test.ts: Floyd–Warshall transitive closure over every
# triple of players, O(n³) whatever the number of results.
def countDeterminedRanks(n, results):
    above = [[False] * n for _ in range(n)]
    for winner, loser in results:
        above[winner][loser] = True
    for middle in range(n):
        for first in range(n):
            for last in range(n):
                if above[first][middle] and above[middle][last]:
                    above[first][last] = True
    determined = 0
    for player in range(n):
        known = sum(1 for other in range(n) if above[player][other] or above[other][player])
        if known == n - 1:
            determined += 1
    return determined
