# Reference solution for bank/coding/minimum-window-containing.md: a sliding window with per-letter needs and a missing count, O(|s| + |t|) time, O(alphabet) space.
from collections import Counter


def shortestCoveringWindow(s, t):
    need = Counter(t)
    missing = len(t)
    best_start, best_length = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing > 0:
            continue
        # the window covers t: drop surplus characters from the left
        while need[s[left]] < 0:
            need[s[left]] += 1
            left += 1
        if right - left + 1 < best_length:
            best_start, best_length = left, right - left + 1
        # give up the leftmost needed character and look for the next covering window
        need[s[left]] += 1
        missing += 1
        left += 1
    return "" if best_length > len(s) else s[best_start : best_start + best_length]
