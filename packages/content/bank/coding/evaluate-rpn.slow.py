# Too slow on purpose, for reference-solutions.test.ts: finds the first operator by scanning from the
# start, replaces it and its two operands by the result, and rescans; about n²/4 steps when the
# operators all come at the end.
OPERATORS = ("+", "-", "*", "/")


def evalRPN(tokens):
    tokens = list(tokens)
    while len(tokens) > 1:
        for i, token in enumerate(tokens):
            if token in OPERATORS:
                left, right = int(tokens[i - 2]), int(tokens[i - 1])
                if token == "+":
                    value = left + right
                elif token == "-":
                    value = left - right
                elif token == "*":
                    value = left * right
                else:
                    value = abs(left) // abs(right) * (1 if (left < 0) == (right < 0) else -1)
                tokens[i - 2 : i + 1] = [str(value)]
                break
    return int(tokens[0])
