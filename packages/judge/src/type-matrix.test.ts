/**
 * Every type the spec format knows, in and out of every language: a design
 * class whose methods each hand back their argument proves the conversions
 * from JSON to the language's own values and back (one compile per language),
 * and in-place and float problems prove the other two conventions.
 */
import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema, LANGUAGES, type JudgeSpec, type Language } from '@onsite/core';
import { cppType } from './languages/cpp';
import { javaType } from './languages/java';
import { createSandboxJudge } from './sandbox-judge';
import { detectToolchains } from './toolchains';

/** Method name → the type it takes and returns, and values that stress the conversion. */
const ECHOES: readonly { name: string; type: string; values: readonly unknown[] }[] = [
  { name: 'echoInt', type: 'int', values: [2147483647, -2147483648, 0] },
  { name: 'echoLong', type: 'long', values: [5000000000, -9000000000000] },
  { name: 'echoDouble', type: 'double', values: [3.25, -0.5] },
  { name: 'echoBool', type: 'bool', values: [true, false] },
  { name: 'echoString', type: 'string', values: ['héllo "quoted"\n\ttab', ''] },
  { name: 'echoChar', type: 'char', values: ['a', '#'] },
  { name: 'echoInts', type: 'int[]', values: [[1, -2, 3], []] },
  { name: 'echoLongs', type: 'long[]', values: [[5000000000, 1]] },
  { name: 'echoDoubles', type: 'double[]', values: [[0.5, 2.75]] },
  { name: 'echoBools', type: 'bool[]', values: [[true, false, true]] },
  { name: 'echoStrings', type: 'string[]', values: [['eat', 'tea', ''], []] },
  { name: 'echoChars', type: 'char[]', values: [['h', 'i']] },
  { name: 'echoGrid', type: 'int[][]', values: [[[1, 2], [3], []], []] },
  {
    name: 'echoBoard',
    type: 'char[][]',
    values: [
      [
        ['X', '.'],
        ['.', 'O'],
      ],
    ],
  },
  { name: 'echoWords', type: 'string[][]', values: [[['a', 'b'], ['c']]] },
  { name: 'echoList', type: 'ListNode', values: [[1, 2, 3], []] },
  {
    name: 'echoTree',
    type: 'TreeNode',
    values: [[3, 9, 20, null, null, 15, 7], [1, null, 2, 3], []],
  },
];

const calls = ECHOES.flatMap(({ name, values }) => values.map((value) => ({ name, value })));
const echoSpec: JudgeSpec = JudgeSpecSchema.parse({
  id: 'echo-every-type',
  signature: {
    style: 'class',
    className: 'Echo',
    constructorParams: [{ name: 'seed', type: 'int' }],
    methods: [
      { name: 'getSeed', params: [], returns: 'int' },
      ...ECHOES.map(({ name, type }) => ({ name, params: [{ name: 'x', type }], returns: type })),
    ],
  },
  tests: [
    {
      args: [
        ['Echo', 'getSeed', ...calls.map((call) => call.name)],
        [[42], [], ...calls.map((call) => [call.value])],
      ],
      expected: [null, 42, ...calls.map((call) => call.value)],
      sample: true,
    },
  ],
});

const echoSource = (language: Language): string => {
  switch (language) {
    case 'python':
      return [
        'class Echo:',
        '    def __init__(self, seed):',
        '        self.seed = seed',
        '    def getSeed(self):',
        '        return self.seed',
        ...ECHOES.flatMap(({ name }) => [`    def ${name}(self, x):`, '        return x']),
      ].join('\n');
    case 'javascript':
    case 'typescript':
      // esbuild strips types without checking them, so the same class serves TypeScript.
      return [
        'class Echo {',
        '  seed;',
        '  constructor(seed) { this.seed = seed; }',
        '  getSeed() { return this.seed; }',
        ...ECHOES.map(({ name }) => `  ${name}(x) { return x; }`),
        '}',
      ].join('\n');
    case 'java':
      return [
        'class Echo {',
        '  private final int seed;',
        '  public Echo(int seed) { this.seed = seed; }',
        '  public int getSeed() { return seed; }',
        ...ECHOES.map(
          ({ name, type }) =>
            `  public ${javaType(type)} ${name}(${javaType(type)} x) { return x; }`,
        ),
        '}',
      ].join('\n');
    case 'cpp':
      return [
        'class Echo {',
        '  int seed;',
        'public:',
        '  Echo(int seed) : seed(seed) {}',
        '  int getSeed() { return seed; }',
        ...ECHOES.map(
          ({ name, type }) => `  ${cppType(type)} ${name}(${cppType(type)} x) { return x; }`,
        ),
        '};',
      ].join('\n');
  }
};

/** In place: every '.' on the board becomes 'x'; nothing is returned. */
const markSpec: JudgeSpec = JudgeSpecSchema.parse({
  id: 'mark-board',
  signature: {
    style: 'function',
    name: 'mark',
    params: [{ name: 'board', type: 'char[][]' }],
    returns: 'void',
    mutates: 'board',
  },
  tests: [
    {
      args: [
        [
          ['X', '.'],
          ['.', 'O'],
        ],
      ],
      expected: [
        ['X', 'x'],
        ['x', 'O'],
      ],
      sample: true,
    },
    { args: [[['.']]], expected: [['x']] },
  ],
});

const markSource: Record<Language, string> = {
  python:
    'class Solution:\n    def mark(self, board):\n        for row in board:\n            for j, cell in enumerate(row):\n                if cell == ".":\n                    row[j] = "x"\n',
  javascript:
    'function mark(board) {\n  for (const row of board) for (let j = 0; j < row.length; j++) if (row[j] === ".") row[j] = "x";\n}\n',
  typescript:
    'function mark(board: string[][]): void {\n  for (const row of board) for (let j = 0; j < row.length; j++) if (row[j] === ".") row[j] = "x";\n}\n',
  java: "class Solution {\n  public void mark(char[][] board) {\n    for (char[] row : board) for (int j = 0; j < row.length; j++) if (row[j] == '.') row[j] = 'x';\n  }\n}\n",
  cpp: "class Solution {\npublic:\n  void mark(vector<vector<char>>& board) {\n    for (auto& row : board) for (auto& cell : row) if (cell == '.') cell = 'x';\n  }\n};\n",
};

/** Float comparison: an average that is never exact in binary passes within the default tolerance. */
const averageSpec: JudgeSpec = JudgeSpecSchema.parse({
  id: 'average',
  signature: {
    style: 'function',
    name: 'average',
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'double',
  },
  tests: [
    { args: [[1, 2, 4]], expected: 2.33333, sample: true },
    { args: [[1, 1, 2]], expected: 1.3333333333 },
  ],
  comparison: { mode: 'float' },
});

const averageSource: Record<Language, string> = {
  python: 'def average(nums):\n    return sum(nums) / len(nums)\n',
  javascript:
    'function average(nums) {\n  return nums.reduce((a, b) => a + b, 0) / nums.length;\n}\n',
  typescript:
    'function average(nums: number[]): number {\n  return nums.reduce((a, b) => a + b, 0) / nums.length;\n}\n',
  java: 'class Solution {\n  public double average(int[] nums) {\n    double sum = 0;\n    for (int x : nums) sum += x;\n    return sum / nums.length;\n  }\n}\n',
  cpp: 'class Solution {\npublic:\n  double average(vector<int>& nums) {\n    double sum = 0;\n    for (int x : nums) sum += x;\n    return sum / nums.size();\n  }\n};\n',
};

const toolchains = detectToolchains();
const judge = createSandboxJudge();

describe.each(LANGUAGES.map((language) => [language] as const))('every type in %s', (language) => {
  it.runIf(toolchains[language].available)(
    'hands back each type through a design class, exactly as given',
    async () => {
      const result = await judge.judge({
        spec: echoSpec,
        language,
        source: echoSource(language),
        mode: 'run',
      });
      expect({
        verdict: result.verdict,
        compile: result.compileOutput,
        message: result.tests[0]?.message,
      }).toEqual({ verdict: 'Accepted', compile: null, message: undefined });
    },
  );

  it.runIf(toolchains[language].available)(
    'compares a char[][] argument changed in place',
    async () => {
      const result = await judge.judge({
        spec: markSpec,
        language,
        source: markSource[language],
        mode: 'submit',
      });
      expect({ verdict: result.verdict, passed: result.passed }).toEqual({
        verdict: 'Accepted',
        passed: 2,
      });
    },
  );

  it.runIf(toolchains[language].available)(
    'accepts a double within the float tolerance',
    async () => {
      const result = await judge.judge({
        spec: averageSpec,
        language,
        source: averageSource[language],
        mode: 'submit',
      });
      expect({ verdict: result.verdict, passed: result.passed }).toEqual({
        verdict: 'Accepted',
        passed: 2,
      });
    },
  );
});

/** LeetCode's `List[int]` in spirit: any sequence of the right items is the list of them. */
const countSpec: JudgeSpec = JudgeSpecSchema.parse({
  id: 'count-up',
  signature: {
    style: 'function',
    name: 'countUp',
    params: [{ name: 'n', type: 'int' }],
    returns: 'int[]',
  },
  tests: [
    { args: [3], expected: [0, 1, 2], sample: true },
    { args: [0], expected: [] },
  ],
});

describe('a list returned as another sequence', () => {
  const cases: [Language, string, string][] = [
    ['python', 'a range', 'def countUp(n):\n    return range(n)\n'],
    ['python', 'a generator', 'def countUp(n):\n    return (i for i in range(n))\n'],
    [
      'python',
      'a deque',
      'from collections import deque\ndef countUp(n):\n    return deque(range(n))\n',
    ],
    ['python', 'a tuple', 'def countUp(n):\n    return tuple(range(n))\n'],
    [
      'javascript',
      'an Int32Array',
      'function countUp(n) {\n  return Int32Array.from({ length: n }, (_, i) => i);\n}\n',
    ],
    [
      'javascript',
      'a Set',
      'function countUp(n) {\n  return new Set(Array.from({ length: n }, (_, i) => i));\n}\n',
    ],
  ];
  for (const [language, what, source] of cases) {
    it.runIf(toolchains[language].available)(
      `counts ${what} in ${language} as the list of its items`,
      async () => {
        const result = await judge.judge({ spec: countSpec, language, source, mode: 'submit' });
        expect(result.verdict).toBe('Accepted');
      },
    );
  }

  it.runIf(toolchains.python.available)(
    'still tells a string apart from a list of its characters',
    async () => {
      const result = await judge.judge({
        spec: countSpec,
        language: 'python',
        source: 'def countUp(n):\n    return "".join(map(str, range(n)))\n',
        mode: 'run',
      });
      expect(result.verdict).toBe('Wrong Answer');
      expect(result.tests[0]?.actual).toBe('012');
    },
  );
});
