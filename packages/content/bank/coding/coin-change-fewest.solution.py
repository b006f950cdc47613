# Reference solution for bank/coding/coin-change-fewest.md: bottom-up DP over every total up to amount, fewest[t] = 1 + min(fewest[t - coin]); O(amount · coins) time, O(amount) space.
def fewestCoins(coins, amount):
    unreachable = amount + 1  # more coins than any real answer needs
    fewest = [0] + [unreachable] * amount
    for coin in set(coins):
        for total in range(coin, amount + 1):
            candidate = fewest[total - coin] + 1
            if candidate < fewest[total]:
                fewest[total] = candidate
    return fewest[amount] if fewest[amount] != unreachable else -1
