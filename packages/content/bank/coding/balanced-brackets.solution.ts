// Reference solution for bank/coding/balanced-brackets.md: one pass with a stack of open brackets, O(n) time, O(n) space.
const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function isBalanced(s: string): boolean {
  const expectedClosers: string[] = [];
  for (const char of s) {
    const closer = CLOSER_OF[char];
    if (closer !== undefined) expectedClosers.push(closer);
    else if (expectedClosers.pop() !== char) return false;
  }
  return expectedClosers.length === 0;
}
