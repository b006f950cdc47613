# Too slow on purpose, for reference-solutions.test.ts: merges the two prefixes up to the middle for
# every query, O(i + j) per query, about 2·10⁹ steps at the largest size.
def medianOfPrefixes(a, b, queries):
    answers = []
    for i, j in queries:
        merged = []
        x = y = 0
        while len(merged) <= (i + j) // 2:
            if y >= j or (x < i and a[x] <= b[y]):
                merged.append(a[x])
                x += 1
            else:
                merged.append(b[y])
                y += 1
        if (i + j) % 2 == 1:
            answers.append(float(merged[-1]))
        else:
            answers.append((merged[-2] + merged[-1]) / 2)
    return answers
