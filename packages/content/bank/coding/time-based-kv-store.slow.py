# Too slow on purpose, for reference-solutions.test.ts: get scans every version of the key, O(n) per get.
class TimeMap:
    def __init__(self):
        self.versions = {}

    def set(self, key, value, timestamp):
        self.versions.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        answer = ""
        for time, value in self.versions.get(key, []):
            if time <= timestamp:
                answer = value
        return answer
