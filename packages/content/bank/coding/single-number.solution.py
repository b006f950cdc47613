# Reference solution for bank/coding/single-number.md: XOR of all ids, since x ^ x = 0 and XOR is order-free; O(n) time, O(1) space.
def loneBadge(ids):
    lone = 0
    for badge in ids:
        lone ^= badge
    return lone
