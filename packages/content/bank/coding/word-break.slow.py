# Too slow on purpose, for reference-solutions.test.ts: backtracking without remembering failed positions; exponential on "aaaa…ab".
def canSegment(s, words):
    def splits_from(start):
        if start == len(s):
            return True
        for word in words:
            if s.startswith(word, start) and splits_from(start + len(word)):
                return True
        return False

    return splits_from(0)
