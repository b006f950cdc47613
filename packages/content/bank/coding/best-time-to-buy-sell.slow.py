# Too slow on purpose, for reference-solutions.test.ts: tries every buy day with every later sell day, O(n²).
def maxProfit(prices):
    best = 0
    for buy in range(len(prices)):
        for sell in range(buy + 1, len(prices)):
            if prices[sell] - prices[buy] > best:
                best = prices[sell] - prices[buy]
    return best
