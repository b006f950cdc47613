# Too slow on purpose, for reference-solutions.test.ts: repeatedly finds the first adjacent matching
# pair by scanning from the start and cuts it out, about n²/4 steps on deeply nested input.
PAIRS = ("()", "[]", "{}")


def isBalanced(s):
    while s:
        for i in range(len(s) - 1):
            if s[i : i + 2] in PAIRS:
                s = s[:i] + s[i + 2 :]
                break
        else:
            return False
    return True
