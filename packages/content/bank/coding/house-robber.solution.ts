// Reference solution for bank/coding/house-robber.md: one pass keeping the best total with and without tonight's gig; O(n) time, O(1) space.
function maxFees(fees: number[]): number {
  let played = 0; // best total so far if the last night was played
  let rested = 0; // best total so far if the last night was a rest night
  for (const fee of fees) {
    const playedTonight = rested + fee;
    rested = Math.max(played, rested);
    played = playedTonight;
  }
  return Math.max(played, rested);
}
