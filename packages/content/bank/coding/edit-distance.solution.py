# Reference solution for bank/coding/edit-distance.md: table over prefix pairs (Levenshtein), filled one row at a time; O(n · m) time, O(m) space.
def editDistance(typed, target):
    above = list(range(len(target) + 1))  # turning an empty prefix of typed into target[:j] takes j inserts
    for i, letter in enumerate(typed, start=1):
        row = [i]  # turning typed[:i] into an empty string takes i deletes
        for j, wanted in enumerate(target, start=1):
            if letter == wanted:
                row.append(above[j - 1])
            else:
                replace, delete, insert = above[j - 1], above[j], row[j - 1]
                cheapest = replace if replace < delete else delete
                row.append(1 + (cheapest if cheapest < insert else insert))
        above = row
    return above[-1]
