# Too slow on purpose, for reference-solutions.test.ts: plain recursion over (i, j) without remembering results; up to three branches per mismatch, exponential.
def editDistance(typed, target):
    def distance(i, j):
        if i == len(typed):
            return len(target) - j
        if j == len(target):
            return len(typed) - i
        if typed[i] == target[j]:
            return distance(i + 1, j + 1)
        return 1 + min(distance(i + 1, j + 1), distance(i + 1, j), distance(i, j + 1))

    return distance(0, 0)
