import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema } from '@onsite/core';
import { createSandboxJudge } from '../sandbox-judge';
import { detectIsolation } from '../sandbox/isolation';
import { twoSum } from '../testing/problems';
import { detectToolchains } from '../toolchains';
import { addressSanitizerError } from './cpp';

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

describe.runIf(available)('the C++ harness', () => {
  it('reads an input past its first 1 MB block whole', async () => {
    // 300,000 numbers of seven digits: about 2.4 MB of JSON on stdin.
    const nums = Array.from({ length: 300_000 }, (_v, k) => 1_000_000 + k);
    const spec = JudgeSpecSchema.parse({
      id: 'total',
      signature: {
        style: 'function',
        name: 'total',
        params: [{ name: 'nums', type: 'int[]' }],
        returns: 'long',
      },
      tests: [{ args: [nums], expected: nums.reduce((a, b) => a + b, 0), sample: true }],
    });
    const result = await judge.judge({
      spec,
      language: 'cpp',
      source:
        'class Solution {\npublic:\n    long long total(vector<int>& nums) {\n        long long sum = 0;\n        for (int x : nums) sum += x;\n        return sum;\n    }\n};\n',
      mode: 'submit',
    });
    expect(result.verdict).toBe('Accepted');
  });

  it("leaves a test's result standing when the program dies after it (a corrupted heap aborting in free)", async () => {
    // The harness sends a result with the next test's start; a crash in between must not lose it.
    const result = await judge.judge({
      spec: twoSum,
      language: 'cpp',
      source: solution(
        [
          '        vector<int> found;',
          '        for (int i = 0; i < (int)nums.size(); i++)',
          '            for (int j = i + 1; j < (int)nums.size(); j++)',
          '                if (nums[i] + nums[j] == target) found = {i, j};',
          "        // The block's size as the C library keeps it: freeing nums after the call aborts.",
          '        if (nums.size() == 4) nums.data()[-2] = 12345;',
          '        return found;',
        ].join('\n'),
      ),
      mode: 'submit',
    });
    expect(result.tests.map((t) => t.verdict)).toEqual(['Accepted', 'Runtime Error']);
    expect(result.tests[1]?.message).toMatch(/^Aborted: /);
  });
});

// AddressSanitizer runs where a cgroup holds the memory limit (its shadow needs address space no rlimit allows).
const sanitized = available && detectIsolation().cgroup !== null;

describe.runIf(sanitized)(
  'C++ memory errors on Run are named as AddressSanitizer names them',
  () => {
    it.each([
      {
        error: 'a read past the end of a vector',
        source: solution(
          '        vector<int> copy(nums.begin(), nums.end());\n        return {copy[copy.size() + 1], 0};',
        ),
        line: 5,
        message:
          /^AddressSanitizer: heap-buffer-overflow on address 0x[0-9a-f]+ at pc 0x[0-9a-f]+ bp 0x[0-9a-f]+ sp 0x[0-9a-f]+\nREAD of size 4 at 0x[0-9a-f]+ thread T0\n0x[0-9a-f]+ is located 4 bytes to the right of \d+-byte region/,
      },
      {
        // The reference dangles once push_back moves the elements to a larger block.
        error: 'a use of freed memory',
        source: solution(
          '        vector<int> copy(nums.begin(), nums.end());\n        int &first = copy[0];\n        copy.push_back(target);\n        return {first, 0};',
        ),
        line: 7,
        message:
          /^AddressSanitizer: heap-use-after-free on address 0x[0-9a-f]+ at pc 0x[0-9a-f]+ bp 0x[0-9a-f]+ sp 0x[0-9a-f]+\nREAD of size 4 at 0x[0-9a-f]+ thread T0\n0x[0-9a-f]+ is located 0 bytes inside of \d+-byte region/,
      },
    ])('$error', async ({ source, line, message }) => {
      const result = await judge.judge({ spec: twoSum, language: 'cpp', source, mode: 'run' });
      expect(result.verdict).toBe('Runtime Error');
      expect(result.error?.line).toBe(line);
      expect(result.error?.message).toMatch(message);
      // Run shows every sample: each one ended its program the same way.
      expect(result.tests.map((t) => t.verdict)).toEqual(['Runtime Error', 'Runtime Error']);
      expect(result.tests[1]?.message).toMatch(message);
    });
  },
);

describe('AddressSanitizer reports', () => {
  it("become the error's name, access, place and the frames in the binary, for addr2line", () => {
    const stderr = [
      '=================================================================',
      '==7==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000014 at pc 0x55a7a37a275f bp 0x7ffe870db730 sp 0x7ffe870db728',
      'READ of size 4 at 0x602000000014 thread T0',
      '    #0 0x55a7a37a275e  (/box/main+0x175e)',
      '    #1 0x55a7a37a2271  (/box/main+0x1271)',
      '    #2 0x7f6006645249  (/lib/x86_64-linux-gnu/libc.so.6+0x27249)',
      '',
      '0x602000000014 is located 4 bytes inside of 16-byte region [0x602000000010,0x602000000020)',
      'freed by thread T0 here:',
      '    #0 0x7f60068ba038  (/lib/x86_64-linux-gnu/libasan.so.8+0xba038)',
      '    #1 0x55a7a37a272d  (/box/main+0x172d)',
      '',
      'SUMMARY: AddressSanitizer: heap-use-after-free (/box/main+0x175e)',
      '==7==ABORTING',
    ].join('\n');
    expect(addressSanitizerError(stderr, '/box/main')).toEqual({
      name: 'AddressSanitizer',
      message:
        'heap-use-after-free on address 0x602000000014 at pc 0x55a7a37a275f bp 0x7ffe870db730 sp 0x7ffe870db728\nREAD of size 4 at 0x602000000014 thread T0\n0x602000000014 is located 4 bytes inside of 16-byte region [0x602000000010,0x602000000020)',
      stack: 'native-frames: 175e! 1271!',
    });
    expect(addressSanitizerError('Segmentation fault\n', '/box/main')).toBeNull();
  });
});
