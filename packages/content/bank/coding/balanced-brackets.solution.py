# Reference solution for bank/coding/balanced-brackets.md: one pass with a stack of open brackets, O(n) time, O(n) space.
CLOSER_OF = {"(": ")", "[": "]", "{": "}"}


def isBalanced(s):
    expected_closers = []
    for char in s:
        if char in CLOSER_OF:
            expected_closers.append(CLOSER_OF[char])
        elif not expected_closers or expected_closers.pop() != char:
            return False
    return not expected_closers
