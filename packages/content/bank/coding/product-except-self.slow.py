# Too slow on purpose, for reference-solutions.test.ts: multiplies the other n - 1 values for every position, O(n²).
def productExceptSelf(nums):
    answer = []
    for i in range(len(nums)):
        product = 1
        for j, value in enumerate(nums):
            if j != i:
                product *= value
        answer.append(product)
    return answer
