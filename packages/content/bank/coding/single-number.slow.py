# Too slow on purpose, for reference-solutions.test.ts: for each id, scans the whole list for its partner; O(n²).
def loneBadge(ids):
    for i, badge in enumerate(ids):
        partnered = False
        for j, other in enumerate(ids):
            if j != i and other == badge:
                partnered = True
                break
        if not partnered:
            return badge
    return None
