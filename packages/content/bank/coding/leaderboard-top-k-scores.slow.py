# Too slow on purpose, for reference-solutions.test.ts: top sorts every total on the board, O(n log n) per top.
class Leaderboard:
    def __init__(self):
        self.totals = {}

    def addScore(self, playerId, score):
        self.totals[playerId] = self.totals.get(playerId, 0) + score

    def top(self, k):
        return sum(sorted(self.totals.values(), reverse=True)[:k])

    def reset(self, playerId):
        del self.totals[playerId]
