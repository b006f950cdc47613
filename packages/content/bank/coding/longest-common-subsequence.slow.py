# Too slow on purpose, for reference-solutions.test.ts: plain recursion over (i, j) without remembering results; exponential when letters differ.
def longestShared(first, second):
    def shared(i, j):
        if i == len(first) or j == len(second):
            return 0
        if first[i] == second[j]:
            return 1 + shared(i + 1, j + 1)
        return max(shared(i + 1, j), shared(i, j + 1))

    return shared(0, 0)
