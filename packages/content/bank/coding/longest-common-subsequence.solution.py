# Reference solution for bank/coding/longest-common-subsequence.md: table over prefix pairs filled one row at a time; O(n · m) time, O(min(n, m)) space.
def longestShared(first, second):
    if len(second) > len(first):
        first, second = second, first  # keep the row as short as possible
    above = [0] * (len(second) + 1)  # above[j]: answer for the previous prefix of first and second[:j]
    for letter in first:
        row = [0]
        for j, other in enumerate(second):
            if letter == other:
                row.append(above[j] + 1)
            else:
                up, left = above[j + 1], row[j]
                row.append(up if up > left else left)
        above = row
    return above[-1]
