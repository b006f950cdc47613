# Reference solution for bank/coding/evaluate-rpn.md: a stack of operands, one pass, O(n) time, O(n) space.
def divide_toward_zero(a, b):
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


APPLY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": divide_toward_zero,
}


def evalRPN(tokens):
    operands = []
    for token in tokens:
        operation = APPLY.get(token)
        if operation is None:
            operands.append(int(token))
        else:
            right = operands.pop()
            left = operands.pop()
            operands.append(operation(left, right))
    return operands[-1]
