# Reference solution for bank/coding/time-based-kv-store.md: per key, times in increasing order and a binary search, O(log n) per get.
from bisect import bisect_right


class TimeMap:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        # Timestamps of set only increase, so appending keeps each key's times sorted.
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        times = self.times.get(key)
        if times is None:
            return ""
        position = bisect_right(times, timestamp)
        return self.values[key][position - 1] if position > 0 else ""
