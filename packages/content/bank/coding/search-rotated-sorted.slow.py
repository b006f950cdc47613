# Too slow on purpose, for reference-solutions.test.ts: scans the whole list for every query,
# O(n · q), about 10¹⁰ steps at the largest size when half the queries are missing.
def searchRotated(nums, queries):
    answers = []
    for query in queries:
        found = -1
        for index, value in enumerate(nums):
            if value == query:
                found = index
                break
        answers.append(found)
    return answers
