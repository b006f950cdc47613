# Reference solution for bank/coding/rotate-array.md: three reversals, O(n) time, O(1) extra space.
def rotate(nums, k):
    n = len(nums)
    k %= n

    def reverse(low, high):
        while low < high:
            nums[low], nums[high] = nums[high], nums[low]
            low += 1
            high -= 1

    reverse(0, n - 1)
    reverse(0, k - 1)
    reverse(k, n - 1)
