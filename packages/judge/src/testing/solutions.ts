/**
 * Candidate solutions in every language, for the judge's contract suite:
 * for each problem an accepted one, a wrong one, and one that throws on a
 * known line; per language one that does not compile.
 */
import type { Language } from '@onsite/core';

export interface SolutionSet {
  readonly accepted: string;
  readonly wrong: string;
  /** Fails at runtime on `line` of the candidate's file (1-based), or null where the runtime cannot tell (a C++ crash). */
  readonly runtimeError: { readonly source: string; readonly line: number | null };
}

export type ProblemId =
  'two-sum' | 'reverse-linked-list' | 'maximum-depth-of-binary-tree' | 'min-stack' | 'rotate-array';

export interface LanguageSolutions {
  readonly problems: Partial<Record<ProblemId, SolutionSet>>;
  readonly compileError: { readonly source: string; readonly problem: ProblemId };
}

const js: LanguageSolutions = {
  problems: {
    'two-sum': {
      accepted: `var twoSum = function (nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n};\n`,
      wrong: `function twoSum(nums, target) {\n  return [0, 0];\n}\n`,
      runtimeError: {
        source: `function twoSum(nums, target) {\n  const x = null;\n  return x.length;\n}\n`,
        line: 3,
      },
    },
    'reverse-linked-list': {
      accepted: `function reverseList(head) {\n  let prev = null;\n  while (head) {\n    const next = head.next;\n    head.next = prev;\n    prev = head;\n    head = next;\n  }\n  return prev;\n}\n`,
      wrong: `function reverseList(head) {\n  return head;\n}\n`,
      runtimeError: {
        source: `function reverseList(head) {\n\n  throw new Error('boom');\n}\n`,
        line: 3,
      },
    },
    'maximum-depth-of-binary-tree': {
      accepted: `class Solution {\n  maxDepth(root) {\n    return root ? 1 + Math.max(this.maxDepth(root.left), this.maxDepth(root.right)) : 0;\n  }\n}\n`,
      wrong: `function maxDepth(root) {\n  return 1;\n}\n`,
      runtimeError: {
        source: `function maxDepth(root) {\n  return root.left.left.val;\n}\n`,
        line: 2,
      },
    },
    'min-stack': {
      accepted: `class MinStack {\n  constructor() { this.s = []; }\n  push(v) { this.s.push([v, this.s.length ? Math.min(v, this.s[this.s.length - 1][1]) : v]); }\n  pop() { this.s.pop(); }\n  top() { return this.s[this.s.length - 1][0]; }\n  getMin() { return this.s[this.s.length - 1][1]; }\n}\n`,
      wrong: `class MinStack {\n  constructor() { this.s = []; }\n  push(v) { this.s.push(v); }\n  pop() { this.s.pop(); }\n  top() { return this.s[this.s.length - 1]; }\n  getMin() { return this.s[0]; }\n}\n`,
      runtimeError: {
        source: `class MinStack {\n  push(v) { this.s.push(v); }\n  pop() {}\n  top() { return 0; }\n  getMin() { return 0; }\n}\n`,
        line: 2,
      },
    },
    'rotate-array': {
      accepted: `function rotate(nums, k) {\n  k %= nums.length;\n  nums.unshift(...nums.splice(nums.length - k, k));\n}\n`,
      wrong: `function rotate(nums, k) {\n  nums.reverse();\n}\n`,
      runtimeError: {
        source: `function rotate(nums, k) {\n  nums.push(undefinedVariable);\n}\n`,
        line: 2,
      },
    },
  },
  compileError: {
    source: `function twoSum(nums, target) {\n  return [0, 1;\n}\n`,
    problem: 'two-sum',
  },
};

const ts: LanguageSolutions = {
  problems: {
    'two-sum': {
      accepted: `interface Seen { [n: number]: number }\n\nfunction twoSum(nums: number[], target: number): number[] {\n  const seen: Seen = {};\n  for (let i = 0; i < nums.length; i++) {\n    const want: number = target - nums[i];\n    if (want in seen) return [seen[want], i];\n    seen[nums[i]] = i;\n  }\n  return [];\n}\n`,
      wrong: `function twoSum(nums: number[], target: number): number[] {\n  return [];\n}\n`,
      runtimeError: {
        source: `type Pair = [number, number];\n\ninterface Box { value: number[] | null }\n\nfunction twoSum(nums: number[], target: number): Pair {\n  const box: Box = { value: null };\n  return [box.value!.length, 0];\n}\n`,
        line: 7,
      },
    },
    'reverse-linked-list': {
      accepted: `function reverseList(head: ListNode | null): ListNode | null {\n  let prev: ListNode | null = null;\n  while (head) { const next = head.next; head.next = prev; prev = head; head = next; }\n  return prev;\n}\n`,
      wrong: `function reverseList(head: ListNode | null): ListNode | null {\n  return null;\n}\n`,
      runtimeError: {
        source: `function reverseList(head: ListNode | null): ListNode | null {\n  throw new RangeError('nope');\n}\n`,
        line: 2,
      },
    },
    'min-stack': {
      accepted: `class MinStack {\n  private s: [number, number][] = [];\n  push(v: number): void { this.s.push([v, this.s.length ? Math.min(v, this.s[this.s.length - 1][1]) : v]); }\n  pop(): void { this.s.pop(); }\n  top(): number { return this.s[this.s.length - 1][0]; }\n  getMin(): number { return this.s[this.s.length - 1][1]; }\n}\n`,
      wrong: `class MinStack {\n  push(v: number): void {}\n  pop(): void {}\n  top(): number { return 1; }\n  getMin(): number { return 1; }\n}\n`,
      runtimeError: {
        source: `class MinStack {\n  private s: number[] | undefined;\n  push(v: number): void { this.s!.push(v); }\n  pop(): void {}\n  top(): number { return 0; }\n  getMin(): number { return 0; }\n}\n`,
        line: 3,
      },
    },
  },
  compileError: {
    source: `function twoSum(nums: number[], target: number): number[] {\n  return [0, 1;\n}\n`,
    problem: 'two-sum',
  },
};

const python: LanguageSolutions = {
  problems: {
    'two-sum': {
      accepted: `class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n`,
      wrong: `def twoSum(nums, target):\n    return [0, 0]\n`,
      runtimeError: {
        source: `def twoSum(nums, target):\n    d = {}\n    return d["missing"]\n`,
        line: 3,
      },
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
      runtimeError: {
        source: `class MinStack:\n    def push(self, v):\n        self.s.append(v)\n    def pop(self): pass\n    def top(self): return 0\n    def getMin(self): return 0\n`,
        line: 3,
      },
    },
    'rotate-array': {
      accepted: `class Solution:\n    def rotate(self, nums: List[int], k: int) -> None:\n        k %= len(nums)\n        nums[:] = nums[-k:] + nums[:-k]\n`,
      wrong: `def rotate(nums, k):\n    nums = nums[::-1]\n`,
      runtimeError: { source: `def rotate(nums, k):\n    nums[100] = 1\n`, line: 2 },
    },
  },
  compileError: { source: `def twoSum(nums, target)\n    return [0, 1]\n`, problem: 'two-sum' },
};

const cpp: LanguageSolutions = {
  problems: {
    'two-sum': {
      accepted: `class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        unordered_map<int, int> seen;\n        for (int i = 0; i < (int)nums.size(); i++) {\n            auto it = seen.find(target - nums[i]);\n            if (it != seen.end()) return {it->second, i};\n            seen[nums[i]] = i;\n        }\n        return {};\n    }\n};\n`,
      wrong: `class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) { return {0, 0}; }\n};\n`,
      runtimeError: {
        source: `class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return {nums.at(100), 0};\n    }\n};\n`,
        line: 4,
      },
    },
    'reverse-linked-list': {
      accepted: `class Solution {\npublic:\n    ListNode* reverseList(ListNode* head) {\n        ListNode* prev = nullptr;\n        while (head) { ListNode* next = head->next; head->next = prev; prev = head; head = next; }\n        return prev;\n    }\n};\n`,
      wrong: `class Solution {\npublic:\n    ListNode* reverseList(ListNode* head) { return head; }\n};\n`,
      runtimeError: {
        source: `class Solution {\npublic:\n    ListNode* reverseList(ListNode* head) { throw std::runtime_error("boom"); }\n};\n`,
        line: 3,
      },
    },
    'maximum-depth-of-binary-tree': {
      accepted: `class Solution {\npublic:\n    int maxDepth(TreeNode* root) { return root ? 1 + max(maxDepth(root->left), maxDepth(root->right)) : 0; }\n};\n`,
      wrong: `class Solution {\npublic:\n    int maxDepth(TreeNode* root) { return 1; }\n};\n`,
      runtimeError: {
        source: `class Solution {\npublic:\n    int maxDepth(TreeNode* root) { TreeNode* none = nullptr; return none->val + (root ? 0 : 1); }\n};\n`,
        line: 3,
      },
    },
    'min-stack': {
      accepted: `class MinStack {\n    vector<pair<int, int>> s;\npublic:\n    MinStack() {}\n    void push(int v) { s.push_back({v, s.empty() ? v : min(v, s.back().second)}); }\n    void pop() { s.pop_back(); }\n    int top() { return s.back().first; }\n    int getMin() { return s.back().second; }\n};\n`,
      wrong: `class MinStack {\n    vector<int> s;\npublic:\n    void push(int v) { s.push_back(v); }\n    void pop() { s.pop_back(); }\n    int top() { return s.back(); }\n    int getMin() { return s.front(); }\n};\n`,
      runtimeError: {
        source: `class MinStack {\n    vector<int> s;\npublic:\n    void push(int v) { s.push_back(v); }\n    void pop() {}\n    int top() { return s.at(99); }\n    int getMin() { return s.at(99); }\n};\n`,
        line: 7,
      },
    },
    'rotate-array': {
      accepted: `class Solution {\npublic:\n    void rotate(vector<int>& nums, int k) {\n        k %= nums.size();\n        std::rotate(nums.begin(), nums.end() - k, nums.end());\n    }\n};\n`,
      wrong: `class Solution {\npublic:\n    void rotate(vector<int>& nums, int k) { reverse(nums.begin(), nums.end()); }\n};\n`,
      runtimeError: {
        source: `class Solution {\npublic:\n    void rotate(vector<int>& nums, int k) { nums.at(1000) = k; }\n};\n`,
        line: 3,
      },
    },
  },
  compileError: {
    source: `class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return undefinedName;\n    }\n};\n`,
    problem: 'two-sum',
  },
};

const java: LanguageSolutions = {
  problems: {
    'two-sum': {
      accepted: `class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        Map<Integer, Integer> seen = new HashMap<>();\n        for (int i = 0; i < nums.length; i++) {\n            Integer j = seen.get(target - nums[i]);\n            if (j != null) return new int[] {j, i};\n            seen.put(nums[i], i);\n        }\n        return new int[0];\n    }\n}\n`,
      wrong: `class Solution {\n    public int[] twoSum(int[] nums, int target) { return new int[] {0, 0}; }\n}\n`,
      runtimeError: {
        source: `class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        int[] none = null;\n        return new int[] {none.length};\n    }\n}\n`,
        line: 4,
      },
    },
    'reverse-linked-list': {
      accepted: `class Solution {\n    public ListNode reverseList(ListNode head) {\n        ListNode prev = null;\n        while (head != null) { ListNode next = head.next; head.next = prev; prev = head; head = next; }\n        return prev;\n    }\n}\n`,
      wrong: `class Solution {\n    public ListNode reverseList(ListNode head) { return head; }\n}\n`,
      runtimeError: {
        source: `class Solution {\n    public ListNode reverseList(ListNode head) {\n        throw new IllegalStateException("boom");\n    }\n}\n`,
        line: 3,
      },
    },
    'maximum-depth-of-binary-tree': {
      accepted: `class Solution {\n    public int maxDepth(TreeNode root) { return root == null ? 0 : 1 + Math.max(maxDepth(root.left), maxDepth(root.right)); }\n}\n`,
      wrong: `class Solution {\n    public int maxDepth(TreeNode root) { return 1; }\n}\n`,
      runtimeError: {
        source: `class Solution {\n    public int maxDepth(TreeNode root) {\n        return root.left.left.val;\n    }\n}\n`,
        line: 3,
      },
    },
    'min-stack': {
      accepted: `class MinStack {\n    private final Deque<int[]> s = new ArrayDeque<>();\n    public MinStack() {}\n    public void push(int v) { s.push(new int[] {v, s.isEmpty() ? v : Math.min(v, s.peek()[1])}); }\n    public void pop() { s.pop(); }\n    public int top() { return s.peek()[0]; }\n    public int getMin() { return s.peek()[1]; }\n}\n`,
      wrong: `class MinStack {\n    public void push(int v) {}\n    public void pop() {}\n    public int top() { return 1; }\n    public int getMin() { return 1; }\n}\n`,
      runtimeError: {
        source: `class MinStack {\n    private List<Integer> s;\n    public void push(int v) {\n        s.add(v);\n    }\n    public void pop() {}\n    public int top() { return 0; }\n    public int getMin() { return 0; }\n}\n`,
        line: 4,
      },
    },
    'rotate-array': {
      accepted: `class Solution {\n    public void rotate(int[] nums, int k) {\n        int n = nums.length;\n        int[] copy = nums.clone();\n        for (int i = 0; i < n; i++) nums[(i + k) % n] = copy[i];\n    }\n}\n`,
      wrong: `class Solution {\n    public void rotate(int[] nums, int k) {}\n}\n`,
      runtimeError: {
        source: `class Solution {\n    public void rotate(int[] nums, int k) {\n        nums[1000] = k;\n    }\n}\n`,
        line: 3,
      },
    },
  },
  compileError: {
    source: `class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return undefinedName;\n    }\n}\n`,
    problem: 'two-sum',
  },
};

export const SOLUTIONS: Partial<Record<Language, LanguageSolutions>> = {
  javascript: js,
  typescript: ts,
  python,
  java,
  cpp,
};
