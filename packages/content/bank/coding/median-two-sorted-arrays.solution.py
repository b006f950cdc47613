# Reference solution for bank/coding/median-two-sorted-arrays.md: for each query, binary-search how
# many values of the shorter prefix go to the lower half of the merged order. O(log(min(i, j))) per
# query, O(q log n) in total, O(1) extra space besides the answer.
INFINITY = float("inf")


def median_of_prefixes(a, i, b, j):
    if i > j:
        a, i, b, j = b, j, a, i
    lower_half = (i + j + 1) // 2
    low, high = 0, i  # how many of a[:i] go to the lower half
    while True:
        take_a = (low + high) // 2
        take_b = lower_half - take_a
        a_left = a[take_a - 1] if take_a > 0 else -INFINITY
        a_right = a[take_a] if take_a < i else INFINITY
        b_left = b[take_b - 1] if take_b > 0 else -INFINITY
        b_right = b[take_b] if take_b < j else INFINITY
        if a_left > b_right:
            high = take_a - 1
        elif b_left > a_right:
            low = take_a + 1
        else:
            left_max = max(a_left, b_left)
            if (i + j) % 2 == 1:
                return float(left_max)
            return (left_max + min(a_right, b_right)) / 2


def medianOfPrefixes(a, b, queries):
    return [median_of_prefixes(a, i, b, j) for i, j in queries]
