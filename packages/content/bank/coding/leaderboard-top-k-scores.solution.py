# Reference solution for bank/coding/leaderboard-top-k-scores.md: a max-heap of totals with stale entries skipped lazily, O(log n) per update, O(k log n) per top.
from heapq import heappop, heappush


class Leaderboard:
    def __init__(self):
        self.current = {}  # player -> (total, stamp of the heap entry that holds that total)
        self.heap = []  # (-total, stamp, player); an entry is stale once its stamp is not current
        self.stamps = 0

    def addScore(self, playerId, score):
        total = self.current.get(playerId, (0, 0))[0] + score
        self.stamps += 1
        self.current[playerId] = (total, self.stamps)
        heappush(self.heap, (-total, self.stamps, playerId))

    def top(self, k):
        best = []
        while len(best) < k:
            entry = heappop(self.heap)
            negated_total, stamp, player = entry
            if self.current.get(player, (0, 0))[1] == stamp:
                best.append(entry)
        # The k best stay on the board: put their entries back; stale ones are dropped for good.
        for entry in best:
            heappush(self.heap, entry)
        return -sum(entry[0] for entry in best)

    def reset(self, playerId):
        del self.current[playerId]
