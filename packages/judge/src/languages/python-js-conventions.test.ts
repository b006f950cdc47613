/**
 * LeetCode's conventions in the Python and JavaScript/TypeScript harnesses,
 * judged in the real sandbox: which function is called, which names Python
 * code gets without an import, how deep a recursion may go, and what a
 * candidate sees when a result has the wrong shape or cannot be encoded.
 */
import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema, type JudgeSpec, type Language } from '@onsite/core';
import { createSandboxJudge } from '../sandbox-judge';
import { detectIsolation } from '../sandbox/isolation';
import { reverseList } from '../testing/problems';
import { detectToolchains } from '../toolchains';

const judge = createSandboxJudge();
const toolchains = detectToolchains();
const python = toolchains.python.available;

const spec = (
  id: string,
  signature: Record<string, unknown>,
  tests: { args: unknown[]; expected: unknown }[],
): JudgeSpec =>
  JudgeSpecSchema.parse({
    id,
    signature: { style: 'function', ...signature },
    tests: tests.map((test, k) => ({ ...test, sample: k === 0 })),
  });

describe('which function is called', () => {
  // A top-level helper with the method's name, returning something else (a tuple or array).
  const cases: [Language, string][] = [
    [
      'python',
      'def reverseList(node, prev=None):\n    while node:\n        node.next, prev, node = prev, node, node.next\n    return prev, 0\n\nclass Solution:\n    def reverseList(self, head):\n        return reverseList(head)[0]\n',
    ],
    [
      'javascript',
      'function reverseList(node, prev = null) {\n  while (node) { const n = node.next; node.next = prev; prev = node; node = n; }\n  return [prev];\n}\nclass Solution {\n  reverseList(head) { return reverseList(head)[0]; }\n}\n',
    ],
    [
      'typescript',
      'function reverseList(node: ListNode | null, prev: ListNode | null = null): [ListNode | null] {\n  while (node) { const n = node.next; node.next = prev; prev = node; node = n; }\n  return [prev];\n}\nclass Solution {\n  reverseList(head: ListNode | null): ListNode | null { return reverseList(head)[0]; }\n}\n',
    ],
  ];
  for (const [language, source] of cases) {
    it.runIf(toolchains[language].available)(
      `calls Solution's method in ${language}, as LeetCode does, when a top-level function has its name`,
      async () => {
        const result = await judge.judge({ spec: reverseList, language, source, mode: 'submit' });
        expect(result.verdict).toBe('Accepted');
      },
    );
  }

  it.runIf(python)('still calls a top-level function when Solution lacks the method', async () => {
    const source =
      'class Solution:\n    def helper(self):\n        return None\n\ndef reverseList(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n';
    const result = await judge.judge({
      spec: reverseList,
      language: 'python',
      source,
      mode: 'submit',
    });
    expect(result.verdict).toBe('Accepted');
  });
});

describe("Python's names without an import", () => {
  const probe = spec(
    'probe',
    { name: 'probe', params: [{ name: 'n', type: 'int' }], returns: 'string[]' },
    [{ args: [6], expected: [] }],
  );
  const run = async (source: string) => {
    const result = await judge.judge({ spec: probe, language: 'python', source, mode: 'run' });
    return {
      verdict: result.verdict,
      actual: result.tests[0]?.actual,
      message: result.tests[0]?.message,
    };
  };

  it.runIf(python)(
    'gives the candidate plain dicts for globals and builtins, whose lookups CPython caches (a dict subclass halved the speed of every len() or max())',
    async () => {
      expect(
        await run(
          'def probe(n):\n    return [type(m).__name__ for m in (globals(), __builtins__) if type(m) is not dict]\n',
        ),
      ).toEqual({ verdict: 'Accepted', actual: [], message: undefined });
    },
  );

  it.runIf(python)(
    'has the names of from typing/collections/heapq/bisect/functools/itertools/math/string/operator import *, the modules and deepcopy',
    async () => {
      const source = [
        'class Solution:',
        '    def probe(self, n: int) -> List[str]:',
        '        bad = []',
        '        checks = {',
        '            "pairwise": list(pairwise(range(3))) == [(0, 1), (1, 2)],',
        '            "islice+cycle": list(islice(cycle("ab"), 3)) == ["a", "b", "a"],',
        '            "math": (lcm(4, 6), prod([2, 3]), perm(4, 2), factorial(n), round(pi, 2), log10(100)) == (12, 6, 12, 720, 3.14, 2.0),',
        '            "ascii_lowercase": ascii_lowercase[:3] == "abc",',
        '            "deepcopy": deepcopy([[1]]) == [[1]],',
        '            "bisect module": bisect.bisect_left([1, 3], 2) == 1 and bisect_right([1, 3], 3) == 2,',
        '            "Counter is the class": Counter("aab")["a"] == 2 and isinstance(Counter(), dict),',
        '            "builtin pow wins": pow(3, 4, 5) == 1,',
        '            "heapq": nsmallest(1, [3, 1]) == [1] and heapq.nlargest(1, [3, 1]) == [3],',
        '            "itemgetter": itemgetter(1)("ab") == "b",',
        '            "modules": all(m is not None for m in (collections, math, itertools, functools, string, re, random, typing, operator, sys, json, copy)),',
        '            "typing": Optional[int] is not None and deque is collections.deque,',
        '        }',
        '        return [name for name, ok in checks.items() if not ok]',
      ].join('\n');
      expect(await run(source)).toEqual({ verdict: 'Accepted', actual: [], message: undefined });
    },
  );

  it.runIf(python)('says that sortedcontainers is missing when SortedList is used', async () => {
    const result = await run('def probe(n):\n    return list(SortedList([2, 1]))\n');
    expect(result.verdict).toBe('Runtime Error');
    expect(result.message).toMatch(
      /^NameError: name 'SortedList' is not defined.*sortedcontainers is not installed here/,
    );
  });

  it.runIf(python)('lets a global of the candidate shadow a LeetCode name', async () => {
    expect(
      await run('count = 3\ndef probe(n):\n    return [] if count == 3 else ["shadowed"]\n'),
    ).toEqual({ verdict: 'Accepted', actual: [], message: undefined });
  });
});

describe('recursion through functools.cache in Python', () => {
  const climb = spec(
    'climb',
    { name: 'climbStairs', params: [{ name: 'n', type: 'int' }], returns: 'int' },
    [
      { args: [5], expected: 8 },
      { args: [40000], expected: 1 },
    ],
  );
  // Without a writable cgroup memory is limited by RLIMIT_AS, which counts any stack reserved up front.
  const judges = [
    ['with a cgroup', judge],
    ['under RLIMIT_AS', createSandboxJudge({ isolation: { ...detectIsolation(), cgroup: null } })],
  ] as const;

  for (const [how, withJudge] of judges) {
    it.runIf(python)(
      `reaches depth 40,000 without overflowing the C stack (the default 8 MB segfaulted near 25,000), ${how}`,
      async () => {
        const source =
          'class Solution:\n    def climbStairs(self, n: int) -> int:\n        @cache\n        def f(i):\n            return 1 if i <= 1 else (f(i - 1) + f(i - 2)) % 1000000007\n        return f(n) if n < 100 else 1 if f(n) >= 0 else 0\n';
        const result = await withJudge.judge({
          spec: climb,
          language: 'python',
          source,
          mode: 'submit',
        });
        expect({ verdict: result.verdict, error: result.error }).toEqual({
          verdict: 'Accepted',
          error: null,
        });
      },
    );
  }

  it.runIf(python)(
    'ends a recursion that never stops with a RecursionError on its line, not a crash',
    async () => {
      const source =
        'class Solution:\n    def climbStairs(self, n: int) -> int:\n        @cache\n        def f(i):\n            return f(i + 1) + 1\n        return f(n)\n';
      const result = await judge.judge({ spec: climb, language: 'python', source, mode: 'run' });
      expect(result.verdict).toBe('Runtime Error');
      expect(result.error).toEqual({
        message: 'RecursionError: maximum recursion depth exceeded',
        line: 5,
      });
    },
  );
});

describe('a returned tree of more than 500,000 nodes', () => {
  // 500,001 nodes: its level order also holds ~500,000 null slots, which a cap counting slots took for a cycle.
  const size = 500001;
  const values = Array.from({ length: size }, (_, i) => i);
  const identity = spec(
    'identity-tree',
    { name: 'same', params: [{ name: 'root', type: 'TreeNode' }], returns: 'TreeNode' },
    [
      { args: [[1, 2]], expected: [1, 2] },
      { args: [values], expected: values },
    ],
  );
  const sources: [Language, string][] = [
    ['python', 'def same(root):\n    return root\n'],
    ['javascript', 'function same(root) { return root; }\n'],
  ];
  for (const [language, source] of sources) {
    it.runIf(toolchains[language].available)(`comes back whole in ${language}`, async () => {
      const result = await judge.judge({ spec: identity, language, source, mode: 'submit' });
      expect({ verdict: result.verdict, error: result.error }).toEqual({
        verdict: 'Accepted',
        error: null,
      });
    });
  }
});

describe('a result of the wrong shape', () => {
  const tree = spec(
    'tree-back',
    { name: 'back', params: [{ name: 'root', type: 'TreeNode' }], returns: 'TreeNode' },
    [{ args: [[1, 2]], expected: [1, 2] }],
  );
  const cases: [Language, JudgeSpec, string, string][] = [
    [
      'python',
      reverseList,
      'class Solution:\n    def reverseList(self, head):\n        out = []\n        while head:\n            out.append(head.val)\n            head = head.next\n        return out[::-1]\n',
      'TypeError: the function returned a list where a ListNode (or None) was expected',
    ],
    [
      'python',
      tree,
      'def back(root):\n    return [root.val]\n',
      'TypeError: the function returned a list where a TreeNode (or None) was expected',
    ],
    [
      'python',
      tree,
      'def back(root):\n    root.left = [2]\n    return root\n',
      'TypeError: the returned TreeNode links to a list where a TreeNode (or None) was expected',
    ],
    [
      'javascript',
      reverseList,
      'var reverseList = function (head) {\n  const out = [];\n  for (; head; head = head.next) out.unshift(head.val);\n  return out;\n};\n',
      'TypeError: the function returned an array where a ListNode (or null) was expected',
    ],
    [
      'javascript',
      tree,
      'function back(root) { return [root.val]; }\n',
      'TypeError: the function returned an array where a TreeNode (or null) was expected',
    ],
  ];
  for (const [language, problem, source, message] of cases) {
    it.runIf(toolchains[language].available)(
      `is a Runtime Error that says so in ${language}: ${message}`,
      async () => {
        const result = await judge.judge({ spec: problem, language, source, mode: 'run' });
        expect({ verdict: result.verdict, message: result.tests[0]?.message }).toEqual({
          verdict: 'Runtime Error',
          message,
        });
      },
    );
  }
});

describe('a JavaScript BigInt in the result', () => {
  const total = spec(
    'total',
    { name: 'total', params: [{ name: 'nums', type: 'long[]' }], returns: 'long' },
    [
      { args: [[4000000000000000, 5000000000000000]], expected: 9000000000000000 },
      { args: [[1, 2]], expected: 3 },
    ],
  );
  const node = toolchains.javascript.available;

  it.runIf(node)(
    'counts as the number it holds for a number type, when a number holds it exactly',
    async () => {
      const result = await judge.judge({
        spec: total,
        language: 'javascript',
        source: 'var total = (nums) => nums.reduce((a, b) => a + BigInt(b), 0n);\n',
        mode: 'submit',
      });
      expect(result.verdict).toBe('Accepted');
    },
  );

  it.runIf(node)('is a Runtime Error beyond 2^53 - 1, where it would round', async () => {
    const result = await judge.judge({
      spec: total,
      language: 'javascript',
      source: 'var total = (nums) => nums.reduce((a, b) => a + BigInt(b), 0n) * 1000n;\n',
      mode: 'run',
    });
    expect({ verdict: result.verdict, message: result.tests[0]?.message }).toEqual({
      verdict: 'Runtime Error',
      message:
        'RangeError: the result holds the BigInt 9000000000000000000n, beyond 2^53 - 1, where a number cannot hold it exactly',
    });
  });

  it.runIf(node)(
    'is a Runtime Error naming it, not the harness stack, where no number is expected',
    async () => {
      const words = spec(
        'words',
        { name: 'words', params: [{ name: 'n', type: 'int' }], returns: 'string[]' },
        [{ args: [1], expected: ['1'] }],
      );
      const result = await judge.judge({
        spec: words,
        language: 'javascript',
        source: 'function words(n) { return [BigInt(n)]; }\n',
        mode: 'run',
      });
      expect({
        verdict: result.verdict,
        message: result.tests[0]?.message,
        line: result.error?.line,
      }).toEqual({
        verdict: 'Runtime Error',
        message: 'TypeError: the result is not serialisable: it holds a BigInt; return a number',
        line: null,
      });
    },
  );
});
