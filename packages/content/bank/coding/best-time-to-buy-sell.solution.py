# Reference solution for bank/coding/best-time-to-buy-sell.md: one pass with the lowest price so far, O(n) time, O(1) space.
def maxProfit(prices):
    lowest = prices[0]
    best = 0
    for price in prices:
        if price < lowest:
            lowest = price
        elif price - lowest > best:
            best = price - lowest
    return best
