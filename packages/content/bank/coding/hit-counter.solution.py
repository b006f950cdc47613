# Reference solution for bank/coding/hit-counter.md: a queue of (second, hits) pairs and a running total, O(1) amortized per call.
from collections import deque

WINDOW_SECONDS = 300


class HitCounter:
    def __init__(self):
        self.seconds = deque()  # [second, hits in that second], oldest first
        self.total = 0

    def hit(self, timestamp):
        if self.seconds and self.seconds[-1][0] == timestamp:
            self.seconds[-1][1] += 1
        else:
            self.seconds.append([timestamp, 1])
        self.total += 1

    def getHits(self, timestamp):
        # Timestamps never go back, so a second that has left the window is gone for good.
        while self.seconds and self.seconds[0][0] <= timestamp - WINDOW_SECONDS:
            self.total -= self.seconds.popleft()[1]
        return self.total
