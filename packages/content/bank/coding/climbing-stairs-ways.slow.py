# Too slow on purpose, for reference-solutions.test.ts: plain recursion without memo, about 1.6ⁿ calls.
# The two-step branch goes first, so the stack stays about n/2 deep while the time runs out.
def countClimbs(steps):
    def ways(top):
        if top < 0:
            return 0
        if top == 0:
            return 1
        if steps[top - 1] == "x":
            return 0
        return (ways(top - 2) + ways(top - 1)) % 1_000_000_007

    return ways(len(steps))
