# Too slow on purpose, for reference-solutions.test.ts: walks the list from the start for every
# query, O(n · q), about 5·10⁹ steps at the largest size.
def searchPositions(nums, queries):
    answer = []
    for query in queries:
        position = 0
        while position < len(nums) and nums[position] < query:
            position += 1
        answer.append(position)
    return answer
