// Reference solution for bank/coding/next-warmer-day.md: a monotonic stack of days still waiting
// for a warmer one, O(n) time, O(n) space.
function daysUntilWarmer(temps: number[]): number[] {
  const wait = new Array<number>(temps.length).fill(0);
  const waiting: number[] = []; // indices whose temperatures never increase from bottom to top
  for (let day = 0; day < temps.length; day += 1) {
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]] < temps[day]) {
      const earlier = waiting.pop() as number;
      wait[earlier] = day - earlier;
    }
    waiting.push(day);
  }
  return wait;
}
