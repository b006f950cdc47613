/**
 * Candidate solutions in every language, for the judge's contract suite:
 * for each problem an accepted one, a wrong one, and one that throws on a
 * known line; per language one that does not compile.
 */
import type { Language } from '@onsite/core';

export interface SolutionSet {
  readonly accepted: string;
  readonly wrong: string;
  /** Throws at runtime on `line` of the candidate's file (1-based). */
  readonly runtimeError: { readonly source: string; readonly line: number };
}

export type ProblemId = 'two-sum' | 'reverse-linked-list' | 'maximum-depth-of-binary-tree' | 'min-stack' | 'rotate-array';

export interface LanguageSolutions {
  readonly problems: Partial<Record<ProblemId, SolutionSet>>;
  readonly compileError: { readonly source: string; readonly problem: ProblemId };
}

const js: LanguageSolutions = {
  problems: {
    'two-sum': {
      accepted: `var twoSum = function (nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n};\n`,
      wrong: `function twoSum(nums, target) {\n  return [0, 0];\n}\n`,
      runtimeError: { source: `function twoSum(nums, target) {\n  const x = null;\n  return x.length;\n}\n`, line: 3 },
    },
    'reverse-linked-list': {
      accepted: `function reverseList(head) {\n  let prev = null;\n  while (head) {\n    const next = head.next;\n    head.next = prev;\n    prev = head;\n    head = next;\n  }\n  return prev;\n}\n`,
      wrong: `function reverseList(head) {\n  return head;\n}\n`,
      runtimeError: { source: `function reverseList(head) {\n\n  throw new Error('boom');\n}\n`, line: 3 },
    },
    'maximum-depth-of-binary-tree': {
      accepted: `class Solution {\n  maxDepth(root) {\n    return root ? 1 + Math.max(this.maxDepth(root.left), this.maxDepth(root.right)) : 0;\n  }\n}\n`,
      wrong: `function maxDepth(root) {\n  return 1;\n}\n`,
      runtimeError: { source: `function maxDepth(root) {\n  return root.left.left.val;\n}\n`, line: 2 },
    },
    'min-stack': {
      accepted: `class MinStack {\n  constructor() { this.s = []; }\n  push(v) { this.s.push([v, this.s.length ? Math.min(v, this.s[this.s.length - 1][1]) : v]); }\n  pop() { this.s.pop(); }\n  top() { return this.s[this.s.length - 1][0]; }\n  getMin() { return this.s[this.s.length - 1][1]; }\n}\n`,
      wrong: `class MinStack {\n  constructor() { this.s = []; }\n  push(v) { this.s.push(v); }\n  pop() { this.s.pop(); }\n  top() { return this.s[this.s.length - 1]; }\n  getMin() { return this.s[0]; }\n}\n`,
      runtimeError: { source: `class MinStack {\n  push(v) { this.s.push(v); }\n  pop() {}\n  top() { return 0; }\n  getMin() { return 0; }\n}\n`, line: 2 },
    },
    'rotate-array': {
      accepted: `function rotate(nums, k) {\n  k %= nums.length;\n  nums.unshift(...nums.splice(nums.length - k, k));\n}\n`,
      wrong: `function rotate(nums, k) {\n  nums.reverse();\n}\n`,
      runtimeError: { source: `function rotate(nums, k) {\n  nums.push(undefinedVariable);\n}\n`, line: 2 },
    },
  },
  compileError: { source: `function twoSum(nums, target) {\n  return [0, 1;\n}\n`, problem: 'two-sum' },
};

const ts: LanguageSolutions = {
  problems: {
    'two-sum': {
      accepted: `interface Seen { [n: number]: number }\n\nfunction twoSum(nums: number[], target: number): number[] {\n  const seen: Seen = {};\n  for (let i = 0; i < nums.length; i++) {\n    const want: number = target - nums[i];\n    if (want in seen) return [seen[want], i];\n    seen[nums[i]] = i;\n  }\n  return [];\n}\n`,
      wrong: `function twoSum(nums: number[], target: number): number[] {\n  return [];\n}\n`,
      runtimeError: { source: `type Pair = [number, number];\n\ninterface Box { value: number[] | null }\n\nfunction twoSum(nums: number[], target: number): Pair {\n  const box: Box = { value: null };\n  return [box.value!.length, 0];\n}\n`, line: 7 },
    },
    'reverse-linked-list': {
      accepted: `function reverseList(head: ListNode | null): ListNode | null {\n  let prev: ListNode | null = null;\n  while (head) { const next = head.next; head.next = prev; prev = head; head = next; }\n  return prev;\n}\n`,
      wrong: `function reverseList(head: ListNode | null): ListNode | null {\n  return null;\n}\n`,
      runtimeError: { source: `function reverseList(head: ListNode | null): ListNode | null {\n  throw new RangeError('nope');\n}\n`, line: 2 },
    },
    'min-stack': {
      accepted: `class MinStack {\n  private s: [number, number][] = [];\n  push(v: number): void { this.s.push([v, this.s.length ? Math.min(v, this.s[this.s.length - 1][1]) : v]); }\n  pop(): void { this.s.pop(); }\n  top(): number { return this.s[this.s.length - 1][0]; }\n  getMin(): number { return this.s[this.s.length - 1][1]; }\n}\n`,
      wrong: `class MinStack {\n  push(v: number): void {}\n  pop(): void {}\n  top(): number { return 1; }\n  getMin(): number { return 1; }\n}\n`,
      runtimeError: { source: `class MinStack {\n  private s: number[] | undefined;\n  push(v: number): void { this.s!.push(v); }\n  pop(): void {}\n  top(): number { return 0; }\n  getMin(): number { return 0; }\n}\n`, line: 3 },
    },
  },
  compileError: { source: `function twoSum(nums: number[], target: number): number[] {\n  return [0, 1;\n}\n`, problem: 'two-sum' },
};

const python: LanguageSolutions = {
  problems: {
    'two-sum': {
      accepted: `class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n`,
      wrong: `def twoSum(nums, target):\n    return [0, 0]\n`,
      runtimeError: { source: `def twoSum(nums, target):\n    d = {}\n    return d["missing"]\n`, line: 3 },
    },
    'reverse-linked-list': {
      accepted: `class Solution:\n    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:\n        prev = None\n        while head:\n            head.next, prev, head = prev, head, head.next\n        return prev\n`,
      wrong: `def reverseList(head):\n    return head\n`,
      runtimeError: { source: `def reverseList(head):\n    x = 1\n    return x / 0\n`, line: 3 },
    },
    'maximum-depth-of-binary-tree': {
      accepted: `def maxDepth(root):\n    return 1 + max(maxDepth(root.left), maxDepth(root.right)) if root else 0\n`,
      wrong: `def maxDepth(root):\n    return 0\n`,
      runtimeError: { source: `def maxDepth(root):\n    return root.left.left.val\n`, line: 2 },
    },
    'min-stack': {
      accepted: `class MinStack:\n    def __init__(self):\n        self.s = []\n    def push(self, v):\n        self.s.append((v, min(v, self.s[-1][1]) if self.s else v))\n    def pop(self):\n        self.s.pop()\n    def top(self):\n        return self.s[-1][0]\n    def getMin(self):\n        return self.s[-1][1]\n`,
      wrong: `class MinStack:\n    def __init__(self):\n        self.s = []\n    def push(self, v):\n        self.s.append(v)\n    def pop(self):\n        self.s.pop()\n    def top(self):\n        return self.s[-1]\n    def getMin(self):\n        return self.s[0]\n`,
      runtimeError: { source: `class MinStack:\n    def push(self, v):\n        self.s.append(v)\n    def pop(self): pass\n    def top(self): return 0\n    def getMin(self): return 0\n`, line: 3 },
    },
    'rotate-array': {
      accepted: `class Solution:\n    def rotate(self, nums: List[int], k: int) -> None:\n        k %= len(nums)\n        nums[:] = nums[-k:] + nums[:-k]\n`,
      wrong: `def rotate(nums, k):\n    nums = nums[::-1]\n`,
      runtimeError: { source: `def rotate(nums, k):\n    nums[100] = 1\n`, line: 2 },
    },
  },
  compileError: { source: `def twoSum(nums, target)\n    return [0, 1]\n`, problem: 'two-sum' },
};

export const SOLUTIONS: Partial<Record<Language, LanguageSolutions>> = { javascript: js, typescript: ts, python };
