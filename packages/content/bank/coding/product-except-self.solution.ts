// Reference solution for bank/coding/product-except-self.md: prefix products into the answer, then a running suffix product, O(n) time, O(1) extra space.
function productExceptSelf(nums: number[]): number[] {
  const answer = new Array<number>(nums.length).fill(1);
  let before = 1;
  for (let index = 0; index < nums.length; index += 1) {
    answer[index] = before;
    before *= nums[index];
  }
  let after = 1;
  for (let index = nums.length - 1; index >= 0; index -= 1) {
    // `+ 0` turns a -0 (0 times a negative number) into a plain 0.
    answer[index] = answer[index] * after + 0;
    after *= nums[index];
  }
  return answer;
}
