# Too slow on purpose, for reference-solutions.test.ts: tries every ordered sequence of values that
# fits under the target and removes repeats at the end, so each combination is built once per ordering.
def combinationSum(candidates, target):
    found = set()
    sequence = []

    def extend(total):
        if total == target:
            found.add(tuple(sorted(sequence)))
            return
        for value in candidates:
            if total + value <= target:
                sequence.append(value)
                extend(total + value)
                sequence.pop()

    extend(0)
    return [list(combination) for combination in found]
