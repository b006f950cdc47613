// Reference solution for bank/coding/best-time-to-buy-sell.md: one pass with the lowest price so far, O(n) time, O(1) space.
function maxProfit(prices: number[]): number {
  let lowest = prices[0];
  let best = 0;
  for (const price of prices) {
    if (price < lowest) lowest = price;
    else best = Math.max(best, price - lowest);
  }
  return best;
}
