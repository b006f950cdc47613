# Too slow on purpose, for reference-solutions.test.ts: tries rates 1, 2, 3, … until one is fast
# enough, O(n · answer), and the answer can be close to 10⁹.
def minShredRate(stacks, hours):
    rate = 1
    while sum((sheets + rate - 1) // rate for sheets in stacks) > hours:
        rate += 1
    return rate
