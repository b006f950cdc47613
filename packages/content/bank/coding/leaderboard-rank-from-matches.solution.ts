// Reference solution for bank/coding/leaderboard-rank-from-matches.md: from every player, count who they
// beat and who beats them (directly or through others) with two graph searches, O(n·(n + m)).
function countDeterminedRanks(n: number, results: number[][]): number {
  const beats: number[][] = Array.from({ length: n }, () => []);
  const beatenBy: number[][] = Array.from({ length: n }, () => []);
  for (const [winner, loser] of results) {
    beats[winner].push(loser);
    beatenBy[loser].push(winner);
  }
  // seenIn[p] === stamp marks p as visited in the current search, so nothing is cleared between searches.
  const seenIn = new Array<number>(n).fill(-1);
  let stamp = 0;
  const reachable = (start: number, edges: number[][]): number => {
    stamp += 1;
    seenIn[start] = stamp;
    const stack = [start];
    let count = 0;
    while (stack.length > 0) {
      const player = stack.pop() as number;
      for (const other of edges[player]) {
        if (seenIn[other] !== stamp) {
          seenIn[other] = stamp;
          count += 1;
          stack.push(other);
        }
      }
    }
    return count;
  };
  let determined = 0;
  for (let player = 0; player < n; player += 1)
    if (reachable(player, beats) + reachable(player, beatenBy) === n - 1) determined += 1;
  return determined;
}
