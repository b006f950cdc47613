# Reference solution for bank/coding/three-sum-to-zero.md: sort, then for each first value a two-pointer sweep, O(n²) time, O(1) extra space.
def threeSumZero(nums):
    values = sorted(nums)
    triples = []
    for first in range(len(values) - 2):
        smallest = values[first]
        if smallest > 0:
            break
        if first > 0 and smallest == values[first - 1]:
            continue
        low, high = first + 1, len(values) - 1
        while low < high:
            total = smallest + values[low] + values[high]
            if total < 0:
                low += 1
            elif total > 0:
                high -= 1
            else:
                triples.append([smallest, values[low], values[high]])
                low += 1
                high -= 1
                while low < high and values[low] == values[low - 1]:
                    low += 1
    return triples
