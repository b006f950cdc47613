// Reference solution for bank/coding/combination-sum.md: backtracking over sorted values, reusing the
// current value and cutting a branch as soon as a value overshoots; exponential in the worst case.
function combinationSum(candidates: number[], target: number): number[][] {
  const values = [...candidates].sort((a, b) => a - b);
  const combinations: number[][] = [];
  const chosen: number[] = [];
  const extend = (start: number, remaining: number): void => {
    if (remaining === 0) {
      combinations.push([...chosen]);
      return;
    }
    for (let index = start; index < values.length; index += 1) {
      if (values[index] > remaining) break; // sorted: every later value overshoots too
      chosen.push(values[index]);
      extend(index, remaining - values[index]);
      chosen.pop();
    }
  };
  extend(0, target);
  return combinations;
}
