# Reference solution for bank/coding/leaderboard-rank-from-matches.md: from every player, count who they
# beat and who beats them (directly or through others) with two graph searches, O(n·(n + m)).
def countDeterminedRanks(n, results):
    beats = [[] for _ in range(n)]
    beaten_by = [[] for _ in range(n)]
    for winner, loser in results:
        beats[winner].append(loser)
        beaten_by[loser].append(winner)

    def reachable(start, edges):
        seen = [False] * n
        seen[start] = True
        stack = [start]
        count = 0
        while stack:
            player = stack.pop()
            for other in edges[player]:
                if not seen[other]:
                    seen[other] = True
                    count += 1
                    stack.append(other)
        return count

    return sum(
        1 for player in range(n) if reachable(player, beats) + reachable(player, beaten_by) == n - 1
    )
