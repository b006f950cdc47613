// Reference solution for bank/coding/course-order.md: Kahn's algorithm (repeatedly take a step with no unmet rule), O(n + m).
function courseOrder(numCourses: number, rules: number[][]): number[] {
  const unlocks: number[][] = Array.from({ length: numCourses }, () => []);
  const waitingOn = new Array<number>(numCourses).fill(0);
  for (const [before, after] of rules) {
    unlocks[before].push(after);
    waitingOn[after] += 1;
  }
  const order: number[] = [];
  for (let step = 0; step < numCourses; step += 1) if (waitingOn[step] === 0) order.push(step);
  // `order` doubles as the queue: everything before `head` has been taken.
  for (let head = 0; head < order.length; head += 1) {
    for (const later of unlocks[order[head]]) {
      waitingOn[later] -= 1;
      if (waitingOn[later] === 0) order.push(later);
    }
  }
  return order.length === numCourses ? order : [];
}
