# Too slow on purpose, for reference-solutions.test.ts: from every start, scans right until the letters are covered, O(n²).
from collections import Counter


def shortestCoveringWindow(s, t):
    required = Counter(t)
    best = ""
    for start in range(len(s)):
        need = dict(required)
        missing = len(t)
        for end in range(start, len(s)):
            ch = s[end]
            if need.get(ch, 0) > 0:
                missing -= 1
            need[ch] = need.get(ch, 0) - 1
            if missing == 0:
                if best == "" or end - start + 1 < len(best):
                    best = s[start : end + 1]
                break
    return best
