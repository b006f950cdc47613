// Reference solution for bank/coding/coin-change-fewest.md: bottom-up DP over every total up to amount, fewest[t] = 1 + min(fewest[t - coin]); O(amount · coins) time, O(amount) space.
function fewestCoins(coins: number[], amount: number): number {
  const unreachable = amount + 1; // more coins than any real answer needs
  const fewest = new Array<number>(amount + 1).fill(unreachable);
  fewest[0] = 0;
  for (const coin of new Set(coins)) {
    for (let total = coin; total <= amount; total += 1) {
      const candidate = fewest[total - coin] + 1;
      if (candidate < fewest[total]) fewest[total] = candidate;
    }
  }
  return fewest[amount] === unreachable ? -1 : fewest[amount];
}
