// Reference solution for bank/coding/evaluate-rpn.md: a stack of operands, one pass, O(n) time, O(n) space.
const APPLY: Record<string, (left: number, right: number) => number> = {
  '+': (left, right) => left + right,
  '-': (left, right) => left - right,
  '*': (left, right) => left * right,
  '/': (left, right) => Math.trunc(left / right),
};

function evalRPN(tokens: string[]): number {
  const operands: number[] = [];
  for (const token of tokens) {
    const operation = APPLY[token];
    if (operation === undefined) {
      operands.push(Number(token));
    } else {
      const right = operands.pop() as number;
      const left = operands.pop() as number;
      operands.push(operation(left, right));
    }
  }
  return operands[operands.length - 1];
}
