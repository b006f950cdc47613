# Too slow on purpose, for reference-solutions.test.ts: keeps every accepted time and counts the window by scanning them all, O(n) per call.
class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.history = {}

    def allow(self, clientId, timestamp):
        times = self.history.setdefault(clientId, [])
        recent = 0
        for time in times:
            if time > timestamp - self.window:
                recent += 1
        if recent < self.limit:
            times.append(timestamp)
            return True
        return False
