# Too slow on purpose, for reference-solutions.test.ts: keeps every hit and counts the window by scanning them all, O(n) per getHits.
class HitCounter:
    def __init__(self):
        self.times = []

    def hit(self, timestamp):
        self.times.append(timestamp)

    def getHits(self, timestamp):
        return sum(1 for time in self.times if timestamp - 300 < time <= timestamp)
