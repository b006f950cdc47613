# Reference solution for bank/coding/product-except-self.md: prefix products into the answer, then a running suffix product, O(n) time, O(1) extra space.
def productExceptSelf(nums):
    answer = [1] * len(nums)
    before = 1
    for index, value in enumerate(nums):
        answer[index] = before
        before *= value
    after = 1
    for index in range(len(nums) - 1, -1, -1):
        answer[index] *= after
        after *= nums[index]
    return answer
