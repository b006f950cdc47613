# Reference solution for bank/coding/all-subsets.md: backtracking, each position in or out, O(n·2^n).
def allSubsets(nums):
    subsets = []
    chosen = []

    def extend(start):
        subsets.append(chosen[:])
        for index in range(start, len(nums)):
            chosen.append(nums[index])
            extend(index + 1)
            chosen.pop()

    extend(0)
    return subsets
