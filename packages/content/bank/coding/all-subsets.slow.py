# Too slow on purpose, for reference-solutions.test.ts: grows subsets one position at a time from
# every subset found so far and drops repeats by scanning the whole result list, O(n·4^n).
def allSubsets(nums):
    found = [()]
    for _ in range(len(nums)):
        for subset in list(found):
            for position in range(len(nums)):
                if position in subset:
                    continue
                bigger = tuple(sorted(subset + (position,)))
                if bigger not in found:
                    found.append(bigger)
    return [[nums[position] for position in subset] for subset in found]
