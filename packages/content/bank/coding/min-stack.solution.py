# Reference solution for bank/coding/min-stack.md: each entry remembers the minimum below it, O(1) per call.
class MinStack:
    def __init__(self):
        self.entries = []

    def push(self, val):
        lowest = val if not self.entries else min(val, self.entries[-1][1])
        self.entries.append((val, lowest))

    def pop(self):
        self.entries.pop()

    def top(self):
        return self.entries[-1][0]

    def getMin(self):
        return self.entries[-1][1]
