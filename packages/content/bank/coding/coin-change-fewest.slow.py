# Too slow on purpose, for reference-solutions.test.ts: plain recursion over the last coin without remembering results; exponential in amount.
def fewestCoins(coins, amount):
    def fewest(remaining):
        if remaining == 0:
            return 0
        best = -1
        for coin in coins:
            if coin <= remaining:
                rest = fewest(remaining - coin)
                if rest != -1 and (best == -1 or rest + 1 < best):
                    best = rest + 1
        return best

    return fewest(amount)
