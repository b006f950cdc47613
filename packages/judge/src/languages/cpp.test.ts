import { describe, expect, it } from 'vitest';
import { createSandboxJudge } from '../sandbox-judge';
import { twoSum } from '../testing/problems';
import { detectToolchains } from '../toolchains';

const judge = createSandboxJudge();
const available = detectToolchains().cpp.available;

/** A two-sum "solution" whose body is `body`, starting on line 4 of the candidate's file. */
const solution = (body: string, before = ''): string =>
  `${before}class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n${body}\n    }\n};\n`;

// Each case is one compile (seconds on 2 cores), so there are few.
describe.runIf(available)('C++ runtime errors name the line in the candidate file', () => {
  it.each([
    {
      crash: 'a null dereference',
      source: solution(
        '        ListNode *node = nums.size() > 100 ? new ListNode(1) : nullptr;\n        return {node->val, 0};',
      ),
      line: 5,
      message: /^Segmentation fault: invalid memory access/,
    },
    {
      crash: 'an integer division by zero',
      source: solution(
        '        int zero = (int)nums.size() - 4; // zero on the first test\n        return {target / zero, 0};',
      ),
      line: 5,
      message: /^Arithmetic error: integer division by zero/,
    },
    {
      // Not a tail call: the vector lives across the call, so g++ -O2 keeps the recursion.
      crash: 'a stack overflow from infinite recursion',
      source: `class Solution {\npublic:\n    long long down(vector<int>& a, long long n) {\n        vector<int> copy(a);\n        return down(copy, n + 1) + copy[0];\n    }\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return {(int)down(nums, 0), 0};\n    }\n};\n`,
      line: 5,
      message: /^Segmentation fault: stack overflow \(the recursion is too deep or never ends\)$/,
    },
    {
      // Many frames of one recursion, but not an overflow: the line is where it faulted.
      crash: 'a null dereference deep in a recursion',
      source: `class Solution {\npublic:\n    ListNode *nodes[1] = {nullptr};\n    int walk(vector<int>& a, int depth) {\n        vector<int> copy(a);\n        if (depth == 100) return nodes[a.size() - 4]->val;\n        return walk(copy, depth + 1) + copy[0];\n    }\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return {walk(nums, 0), 0};\n    }\n};\n`,
      line: 6,
      message: /^Segmentation fault: invalid memory access/,
    },
    {
      crash: 'a failed assert (abort)',
      source: solution('        assert(nums.size() > 100);\n        return {0, 1};'),
      line: 4,
      message:
        /^Aborted: abort\(\) was called or an assert failed\n.*Assertion `nums.size\(\) > 100' failed/,
    },
  ])('$crash', async ({ source, line, message }) => {
    const result = await judge.judge({ spec: twoSum, language: 'cpp', source, mode: 'submit' });
    expect(result.verdict).toBe('Runtime Error');
    expect(result.error?.line).toBe(line);
    expect(result.error?.message).toMatch(message);
    // Submit stops at the test that killed the program.
    expect(result.tests.map((t) => t.verdict)).toEqual(['Runtime Error']);
  });

  it('reports an uncaught exception with its type, message and throw line, and goes on with the next test', async () => {
    const result = await judge.judge({
      spec: twoSum,
      language: 'cpp',
      source: solution(
        '        if (nums.size() == 4) throw invalid_argument("four");\n        return {nums.at(100), 0};',
      ),
      mode: 'run',
    });
    expect(result.error).toEqual({ message: 'std::invalid_argument: four', line: 4 });
    expect(result.tests.map((t) => [t.verdict, t.message])).toEqual([
      ['Runtime Error', 'std::invalid_argument: four'],
      [
        'Runtime Error',
        'std::out_of_range: vector::_M_range_check: __n (which is 100) >= this->size() (which is 3)',
      ],
    ]);
  });
});
