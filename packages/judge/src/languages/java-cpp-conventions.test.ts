/**
 * LeetCode's Java and C++ conventions the compiled harnesses must honour: its
 * templates as candidates paste them, C's stdio next to cout, large returned
 * trees, and what a flood of output or a runaway recursion reports. Each case
 * is a real compile and run in the sandbox (seconds each on 2 cores).
 */
import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema, type JudgeSpec } from '@onsite/core';
import { createSandboxJudge } from '../sandbox-judge';
import { maxDepth, reverseList } from '../testing/problems';
import { detectToolchains } from '../toolchains';
import { topLevelClasses } from './java';

const judge = createSandboxJudge();
const toolchains = detectToolchains();
const javaAvailable = toolchains.java.available;
const cppAvailable = toolchains.cpp.available;

const LIST_TEMPLATE_JAVA = `/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
`;
const TREE_TEMPLATE_JAVA = `/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */
`;
const TREE_TEMPLATE_CPP = `/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */
`;

describe('the Java classes a submission declares itself', () => {
  it('are its top-level declarations, not those in comments, strings or other classes', () => {
    const source = [
      LIST_TEMPLATE_JAVA,
      '// class Commented {}',
      'class Solution {',
      '  static class Inner {}',
      '  String s = "class Quoted {";',
      "  char c = '\"';",
      '  String block = """',
      '      class InBlock {',
      '      """;',
      '}',
      'final class ListNode<T> { }',
      'record Pair(int a, int b) {}',
    ].join('\n');
    expect([...topLevelClasses(source)].sort()).toEqual(['ListNode', 'Pair', 'Solution']);
  });
});

describe.runIf(javaAvailable)("Java with LeetCode's template comments", () => {
  it('compiles a list solution that keeps the commented ListNode definition', async () => {
    const source = `${LIST_TEMPLATE_JAVA}class Solution {\n    public ListNode reverseList(ListNode head) {\n        ListNode prev = null;\n        while (head != null) { ListNode next = head.next; head.next = prev; prev = head; head = next; }\n        return prev;\n    }\n}\n`;
    const result = await judge.judge({
      spec: reverseList,
      language: 'java',
      source,
      mode: 'submit',
    });
    expect(result.compileOutput).toBeNull();
    expect(result.verdict).toBe('Accepted');
  });

  it('compiles a tree solution that keeps the commented TreeNode definition', async () => {
    const source = `${TREE_TEMPLATE_JAVA}class Solution {\n    public int maxDepth(TreeNode root) {\n        return root == null ? 0 : 1 + Math.max(maxDepth(root.left), maxDepth(root.right));\n    }\n}\n`;
    const result = await judge.judge({ spec: maxDepth, language: 'java', source, mode: 'submit' });
    expect(result.compileOutput).toBeNull();
    expect(result.verdict).toBe('Accepted');
  });
});

describe.runIf(javaAvailable)('a Java stack overflow', () => {
  it('says what it means and names the recursing line', async () => {
    const source = `class Solution {\n    public int maxDepth(TreeNode root) {\n        return 1 + maxDepth(root);\n    }\n}\n`;
    const result = await judge.judge({ spec: maxDepth, language: 'java', source, mode: 'submit' });
    expect(result.verdict).toBe('Runtime Error');
    expect(result.error).toEqual({
      message:
        'java.lang.StackOverflowError: stack overflow (the recursion is too deep or never ends)',
      line: 3,
    });
  });
});

describe.runIf(cppAvailable)('C++ design classes', () => {
  // LeetCode's templates take containers and strings by non-const reference (303 NumArray(vector<int>& nums)).
  const bag: JudgeSpec = JudgeSpecSchema.parse({
    id: 'bag',
    signature: {
      style: 'class',
      className: 'Bag',
      constructorParams: [{ name: 'nums', type: 'int[]' }],
      methods: [
        { name: 'addAll', params: [{ name: 'more', type: 'int[]' }], returns: 'void' },
        {
          name: 'label',
          params: [
            { name: 'name', type: 'string' },
            { name: 'times', type: 'int' },
          ],
          returns: 'string',
        },
        { name: 'sum', params: [], returns: 'int' },
      ],
    },
    tests: [
      {
        args: [
          ['Bag', 'sum', 'addAll', 'sum', 'label'],
          [[[1, 2, 3]], [], [[10, 20]], [], ['total', 2]],
        ],
        expected: [null, 6, null, 36, 'total=36,total=36'],
        sample: true,
      },
    ],
  });

  it('take constructor and method arguments by non-const reference', async () => {
    const source = [
      'class Bag {',
      '    vector<int> items;',
      'public:',
      '    Bag(vector<int>& nums) : items(nums) {}',
      '    void addAll(vector<int>& more) { items.insert(items.end(), more.begin(), more.end()); }',
      '    string label(string& name, int& times) {',
      '        string out;',
      '        for (int k = 0; k < times; k++) out += (k ? "," : "") + name + "=" + to_string(sum());',
      '        return out;',
      '    }',
      '    int sum() { return accumulate(items.begin(), items.end(), 0); }',
      '};',
    ].join('\n');
    const result = await judge.judge({ spec: bag, language: 'cpp', source, mode: 'submit' });
    expect(result.compileOutput).toBeNull();
    expect(result.verdict).toBe('Accepted');
  });
});

const pick: JudgeSpec = JudgeSpecSchema.parse({
  id: 'pick',
  signature: {
    style: 'function',
    name: 'pick',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'int',
  },
  tests: [
    { args: [[1, 2, 3], 1], expected: 2, sample: true },
    { args: [[1, 2, 3], 2], expected: 3, sample: true },
  ],
});

describe.runIf(cppAvailable)("C++ output through C's stdio", () => {
  it('is captured per test with cout, in the order printed', async () => {
    const source = [
      'class Solution {',
      'public:',
      '    int pick(vector<int>& nums, int k) {',
      '        printf("printf %d\\n", k);',
      '        cout << "cout " << k << endl;',
      '        puts("puts");',
      "        putchar('c');",
      "        putchar('\\n');",
      '        fprintf(stderr, "stderr %d\\n", k);',
      '        fprintf(stdout, "stdout\\n");',
      '        cerr << "cerr" << endl;',
      '        clog << "clog" << endl;',
      '        return nums[k];',
      '    }',
      '};',
    ].join('\n');
    const result = await judge.judge({ spec: pick, language: 'cpp', source, mode: 'run' });
    expect(result.verdict).toBe('Accepted');
    expect(result.tests.map((t) => t.stdout)).toEqual(
      [1, 2].map(
        (k) =>
          `printf ${String(k)}\ncout ${String(k)}\nputs\nc\nstderr ${String(k)}\nstdout\ncerr\nclog\n`,
      ),
    );
  });

  it("is still captured after the candidate's own ios::sync_with_stdio(false)", async () => {
    const source = [
      'class Solution {',
      'public:',
      '    Solution() { ios::sync_with_stdio(false); cin.tie(nullptr); }',
      '    int pick(vector<int>& nums, int k) {',
      '        cout << "cout " << k << "\\n";',
      '        printf("printf %d\\n", k);',
      '        return nums[k];',
      '    }',
      '};',
    ].join('\n');
    const result = await judge.judge({ spec: pick, language: 'cpp', source, mode: 'run' });
    expect(result.verdict).toBe('Accepted');
    expect(result.tests.map((t) => t.stdout)).toEqual(['cout 1\nprintf 1\n', 'cout 2\nprintf 2\n']);
  });
});

describe('a flood of output', () => {
  // A small limit keeps the flood short.
  const small = createSandboxJudge({ maxOutputBytes: 1 << 20 });
  const flooded = (stdout: string | undefined, line: string): void => {
    expect(stdout?.length).toBe(4096);
    expect(stdout?.startsWith(line)).toBe(true);
  };

  it.runIf(cppAvailable)(
    'through printf is Output Limit Exceeded, showing what was printed',
    async () => {
      const source =
        'class Solution {\npublic:\n    int pick(vector<int>& nums, int k) {\n        for (;;) printf("flood %d\\n", k);\n    }\n};\n';
      const result = await small.judge({ spec: pick, language: 'cpp', source, mode: 'submit' });
      expect(result.verdict).toBe('Output Limit Exceeded');
      expect(result.tests[0]?.verdict).toBe('Output Limit Exceeded');
      flooded(result.tests[0]?.stdout, 'flood 1\nflood 1\n');
    },
  );

  it.runIf(cppAvailable)(
    'through cout is Output Limit Exceeded, showing what was printed',
    async () => {
      const source =
        'class Solution {\npublic:\n    int pick(vector<int>& nums, int k) {\n        for (;;) cout << "flood " << k << "\\n";\n    }\n};\n';
      const result = await small.judge({ spec: pick, language: 'cpp', source, mode: 'submit' });
      expect(result.tests[0]?.verdict).toBe('Output Limit Exceeded');
      flooded(result.tests[0]?.stdout, 'flood 1\nflood 1\n');
    },
  );

  it.runIf(javaAvailable)(
    'in Java is Output Limit Exceeded, showing what was printed',
    async () => {
      const source =
        'class Solution {\n    public int pick(int[] nums, int k) {\n        for (;;) System.out.println("flood " + k);\n    }\n}\n';
      const result = await small.judge({ spec: pick, language: 'java', source, mode: 'submit' });
      expect(result.tests[0]?.verdict).toBe('Output Limit Exceeded');
      flooded(result.tests[0]?.stdout, 'flood 1\nflood 1\n');
      // Submit stops at that test, as at any test that ends the program; nothing is called a crash.
      expect(result.tests).toHaveLength(1);
      expect(result.error).toBeNull();
    },
  );

  it.runIf(cppAvailable)(
    'ends only that test in run mode: the next sample runs and floods on its own',
    async () => {
      const source =
        'class Solution {\npublic:\n    int pick(vector<int>& nums, int k) {\n        for (;;) cout << "flood " << k << "\\n";\n    }\n};\n';
      const result = await small.judge({ spec: pick, language: 'cpp', source, mode: 'run' });
      expect(result.tests.length).toBeGreaterThan(1);
      expect(result.tests.map((t) => t.verdict)).toEqual(
        result.tests.map(() => 'Output Limit Exceeded'),
      );
      expect(JSON.stringify(result)).not.toContain('exited with code');
    },
  );
});

describe('a returned tree', () => {
  // A complete tree of n nodes numbered in level order reads back as [1..n]. 500,001 nodes take
  // 1,000,003 queue slots with their nulls: more than the cycle cap of a million nodes counts.
  const large = 500_001;
  const build: JudgeSpec = JudgeSpecSchema.parse({
    id: 'build-tree',
    signature: {
      style: 'function',
      name: 'build',
      params: [{ name: 'n', type: 'int' }],
      returns: 'TreeNode',
    },
    tests: [
      { args: [large], expected: Array.from({ length: large }, (_v, k) => k + 1), sample: true },
      { args: [-1], expected: [1], sample: true },
    ],
    limits: { timeLimitMs: 2000, memoryLimitMb: 512 },
  });
  const sources = {
    java: `${TREE_TEMPLATE_JAVA}class Solution {\n    public TreeNode build(int n) {\n        if (n < 0) { TreeNode loop = new TreeNode(1); loop.left = loop; return loop; }\n        TreeNode[] nodes = new TreeNode[n + 2];\n        for (int i = n; i >= 1; i--) nodes[i] = new TreeNode(i, 2 * i <= n ? nodes[2 * i] : null, 2 * i + 1 <= n ? nodes[2 * i + 1] : null);\n        return nodes[1];\n    }\n}\n`,
    cpp: `${TREE_TEMPLATE_CPP}class Solution {\npublic:\n    TreeNode* build(int n) {\n        if (n < 0) { TreeNode* loop = new TreeNode(1); loop->left = loop; return loop; }\n        vector<TreeNode*> nodes(n + 2, nullptr);\n        for (int i = n; i >= 1; i--) nodes[i] = new TreeNode(i, 2 * i <= n ? nodes[2 * i] : nullptr, 2 * i + 1 <= n ? nodes[2 * i + 1] : nullptr);\n        return nodes[1];\n    }\n};\n`,
  } as const;

  const cases = [
    {
      language: 'java',
      available: javaAvailable,
      cycle: 'java.lang.IllegalStateException: the returned tree has a cycle',
    },
    {
      language: 'cpp',
      available: cppAvailable,
      cycle: 'std::runtime_error: the returned tree has a cycle',
    },
  ] as const;
  for (const { language, available, cycle } of cases) {
    it.runIf(available)(
      `in ${language} may have half a million nodes; a cycle is still reported`,
      async () => {
        const result = await judge.judge({
          spec: build,
          language,
          source: sources[language],
          mode: 'run',
        });
        expect(result.tests.map((t) => [t.verdict, t.message])).toEqual([
          ['Accepted', undefined],
          ['Runtime Error', cycle],
        ]);
      },
    );
  }
});
