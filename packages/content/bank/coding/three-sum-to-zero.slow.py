# Too slow on purpose, for reference-solutions.test.ts: tries every three positions and deduplicates with a set, O(n³).
def threeSumZero(nums):
    found = set()
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if nums[i] + nums[j] + nums[k] == 0:
                    found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
    return [list(triple) for triple in found]
