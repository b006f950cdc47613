// Reference solution for bank/coding/all-subsets.md: backtracking, each position in or out, O(n·2^n).
function allSubsets(nums: number[]): number[][] {
  const subsets: number[][] = [];
  const chosen: number[] = [];
  const extend = (start: number): void => {
    subsets.push([...chosen]);
    for (let index = start; index < nums.length; index += 1) {
      chosen.push(nums[index]);
      extend(index + 1);
      chosen.pop();
    }
  };
  extend(0);
  return subsets;
}
