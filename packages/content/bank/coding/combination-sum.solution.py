# Reference solution for bank/coding/combination-sum.md: backtracking over sorted values, reusing the
# current value and cutting a branch as soon as a value overshoots; exponential in the worst case.
def combinationSum(candidates, target):
    values = sorted(candidates)
    combinations = []
    chosen = []

    def extend(start, remaining):
        if remaining == 0:
            combinations.append(chosen[:])
            return
        for index in range(start, len(values)):
            if values[index] > remaining:
                break  # sorted: every later value overshoots too
            chosen.append(values[index])
            extend(index, remaining - values[index])
            chosen.pop()

    extend(0, target)
    return combinations
