# Reference solution for bank/coding/rate-limiter-sliding-window.md: a queue of accepted times per client, O(1) amortized per call.
from collections import deque


class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.accepted = {}

    def allow(self, clientId, timestamp):
        times = self.accepted.get(clientId)
        if times is None:
            times = self.accepted[clientId] = deque()
        # Times at or before timestamp - window have left the window for good: timestamps never go back.
        while times and times[0] <= timestamp - self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(timestamp)
            return True
        return False
