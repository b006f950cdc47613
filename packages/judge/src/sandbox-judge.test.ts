import type { JudgeSpec, Language } from '@onsite/core';
import { DomainError } from '@onsite/core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandboxJudge } from './sandbox-judge';
import { detectIsolation } from './sandbox/isolation';
import { attackTarget, maxDepth, minStack, reverseList, rotate, twoSum } from './testing/problems';
import { SOLUTIONS, type ProblemId } from './testing/solutions';
import { detectToolchains } from './toolchains';

const judge = createSandboxJudge();
const SPECS: Record<ProblemId, JudgeSpec> = {
  'two-sum': twoSum,
  'reverse-linked-list': reverseList,
  'maximum-depth-of-binary-tree': maxDepth,
  'min-stack': minStack,
  'rotate-array': rotate,
};

describe.each(Object.entries(SOLUTIONS))('the judge in %s', (languageName, solutions) => {
  const language = languageName as Language;
  const available = detectToolchains()[language].available;

  describe.each(Object.entries(solutions.problems))('on %s', (problem, set) => {
    const spec = SPECS[problem as ProblemId];

    it.runIf(available)('accepts a correct solution on every test', async () => {
      const result = await judge.judge({ spec, language, source: set.accepted, mode: 'submit' });
      expect(result.error).toBeNull();
      expect(result.verdict).toBe('Accepted');
      expect(result.passed).toBe(spec.tests.length);
      expect(result.total).toBe(spec.tests.length);
      for (const test of result.tests) {
        expect(test.timeMs).toBeGreaterThanOrEqual(0);
        expect(test.memoryKb).toBeGreaterThan(0);
      }
    });

    it.runIf(available)('gives Wrong Answer and hides the data of hidden tests', async () => {
      const result = await judge.judge({ spec, language, source: set.wrong, mode: 'submit' });
      expect(result.verdict).toBe('Wrong Answer');
      expect(result.passed).toBeLessThan(spec.tests.length);
      for (const test of result.tests.filter((t) => !t.sample)) {
        expect(Object.keys(test).sort()).toEqual([
          'index',
          'memoryKb',
          'sample',
          'timeMs',
          'verdict',
        ]);
      }
    });

    it.runIf(available)('reports a runtime error with the line in the candidate file', async () => {
      const result = await judge.judge({
        spec,
        language,
        source: set.runtimeError.source,
        mode: 'submit',
      });
      expect(result.verdict).toBe('Runtime Error');
      expect(result.error?.line).toBe(set.runtimeError.line);
      expect(result.error?.message.length).toBeGreaterThan(0);
    });
  });

  it.runIf(available)('reports a compile error with the compiler message', async () => {
    const { source, problem } = solutions.compileError;
    const result = await judge.judge({ spec: SPECS[problem], language, source, mode: 'submit' });
    expect(result.verdict).toBe('Compile Error');
    expect(result.compileOutput).toBeTruthy();
    expect(result.tests).toEqual([]);
  });
});

describe('run mode', () => {
  it('runs the sample tests and custom input, showing input, expected, actual and stdout', async () => {
    const source = `function twoSum(nums, target) {\n  console.log('looking for', target);\n  for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j];\n  return [];\n}\n`;
    const events: string[] = [];
    const result = await judge.judge(
      { spec: twoSum, language: 'javascript', source, mode: 'run', customInputs: [[[5, 6], 11]] },
      (event) => events.push(event.type),
    );
    expect(result.verdict).toBe('Accepted');
    expect(result.total).toBe(3);
    expect(result.tests.map((t) => t.index)).toEqual([0, 1, 4]);
    expect(result.tests[0]).toMatchObject({
      input: [[2, 7, 11, 15], 9],
      expected: [0, 1],
      actual: [0, 1],
      stdout: 'looking for 9\n',
    });
    expect(result.tests[2]).toMatchObject({ input: [[5, 6], 11], actual: [0, 1] });
    expect(result.tests[2]?.expected).toBeUndefined();
    expect(events).toEqual(['test', 'test', 'test', 'done']);
  });

  it('names a segmentation fault that bwrap reports as exit code 139', async () => {
    const result = await judge.judge({
      spec: twoSum,
      language: 'python',
      source: 'import ctypes\n\ndef twoSum(a, t):\n    return ctypes.string_at(0)\n',
      mode: 'run',
    });
    expect(result.verdict).toBe('Runtime Error');
    expect(result.tests[0]?.message).toContain('killed by SIGSEGV: segmentation fault');
    expect(result.tests[0]?.message).not.toContain('exited with code 139');
  });

  it('reports the isolation tier it ran under', async () => {
    const result = await judge.judge({
      spec: twoSum,
      language: 'python',
      source: 'def twoSum(a, t):\n    return [0, 1]\n',
      mode: 'run',
    });
    expect(result.isolation).toBe(detectIsolation().tier);
  });
});

describe('the weaker tier', () => {
  const rlimits = createSandboxJudge({
    isolation: { ...detectIsolation(), tier: 'rlimits', bwrapPath: null },
  });

  it('still judges, limits time and memory, and reports the tier it ran under', async () => {
    const accepted = await rlimits.judge({
      spec: twoSum,
      language: 'python',
      source:
        'def twoSum(a, t):\n    return [i for i in range(len(a)) for j in range(len(a)) if i < j and a[i] + a[j] == t][:1] + [j for i in range(len(a)) for j in range(len(a)) if i < j and a[i] + a[j] == t][:1]\n',
      mode: 'submit',
    });
    expect(accepted).toMatchObject({ verdict: 'Accepted', passed: 4, isolation: 'rlimits' });
    const looping = await rlimits.judge({
      spec: twoSum,
      language: 'javascript',
      source: 'function twoSum() { for (;;) {} }',
      mode: 'run',
    });
    expect(looping.verdict).toBe('Time Limit Exceeded');
    const hungry = await rlimits.judge({
      spec: twoSum,
      language: 'python',
      source: 'def twoSum(a, t):\n    x = [bytearray(1 << 24) for _ in range(100)]\n',
      mode: 'run',
    });
    expect(hungry.verdict).toBe('Memory Limit Exceeded');
  });

  it(
    'limits memory with RLIMIT_AS/RLIMIT_DATA when no cgroup is writable',
    { timeout: 60_000 },
    async () => {
      const bare = createSandboxJudge({ isolation: { ...detectIsolation(), cgroup: null } });
      // A generous time limit (and so wall clock): on a loaded machine zeroing memory up to the limit is
      // slow, and this test is about which limit a memory bomb meets, not how fast.
      // 12 s: under load, V8 near its address-space limit spends seconds in GC before it gives up, and a
      // time limit reached first turned this into Time Limit Exceeded (CI, 2026-12-04). Both bombs meet the
      // memory limit first anyway (about 7 s for the two on a quiet machine), so the test is no slower.
      const roomy = { ...twoSum, limits: { ...twoSum.limits, timeLimitMs: 12_000 } };
      const python = await bare.judge({
        spec: roomy,
        language: 'python',
        source: 'def twoSum(a, t):\n    x = [bytearray(1 << 24) for _ in range(100)]\n',
        mode: 'run',
      });
      expect(python.verdict).toBe('Memory Limit Exceeded');
      const node = await bare.judge({
        spec: roomy,
        language: 'javascript',
        source:
          'function twoSum() { const keep = []; for (;;) keep.push(new Array(1 << 20).fill(1)); }',
        mode: 'run',
      });
      expect(node.verdict).toBe('Memory Limit Exceeded');
    },
  );
});

describe('deployment rules', () => {
  it('refuses to run code below the configured minimum isolation', async () => {
    const weak = createSandboxJudge({
      isolation: { ...detectIsolation(), tier: 'rlimits' },
      minimumTier: 'namespaces',
    });
    await expect(
      weak.judge({
        spec: twoSum,
        language: 'javascript',
        source: 'function twoSum(){}',
        mode: 'run',
      }),
    ).rejects.toThrow(DomainError);
  });
});

/** Alive and not a zombie (a killed sandbox's inner processes wait for the host's init to reap them). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

describe('the warm path (pre-started sandboxes)', () => {
  /** When a process started, in clock ticks since boot: field 22 of /proc/<pid>/stat. */
  const startTicks = (stat: string): string =>
    stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  /** The solution answers when the interpreter running it started (the sandbox shares the boot clock). */
  const INTERPRETER_STARTED_AT = `function solve(n) { const startTicks = ${startTicks.toString()}; return startTicks(process.getBuiltinModule('fs').readFileSync('/proc/self/stat', 'utf8')); }`;
  /** The start of the Node interpreter among the processes of `pids` and their descendants, once it runs. */
  function interpreterStart(pids: readonly number[]): string | null {
    for (const pid of pids) {
      try {
        const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
        if (stat.includes(' (node) ')) return startTicks(stat);
        const children = readFileSync(`/proc/${String(pid)}/task/${String(pid)}/children`, 'utf8');
        const found = interpreterStart(children.split(' ').filter(Boolean).map(Number));
        if (found !== null) return found;
      } catch {
        // The process ended meanwhile.
      }
    }
    return null;
  }
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Polls instead of sleeping a fixed time: on a loaded machine a sandbox takes longer to start. */
  async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!condition()) {
      if (performance.now() > deadline) throw new Error('timed out waiting for the warm pool');
      await sleep(50);
    }
  }

  it('judges in a sandbox started before the submission, one submission each, and close() leaves nothing behind', async () => {
    const warm = createSandboxJudge({ warm: { size: 1 } });
    try {
      await until(() => warm.warmStats().node?.ready === 1);
      const idle = warm.idleProcessIds();
      expect(idle.length).toBeGreaterThan(0);
      // The submission runs in the interpreter that was started before it.
      let preStarted: string | null = null;
      await until(() => (preStarted = interpreterStart(idle)) !== null);
      const result = await warm.judge({
        spec: attackTarget,
        language: 'javascript',
        source: INTERPRETER_STARTED_AT,
        mode: 'run',
      });
      expect(result.tests[0]?.actual).toBe(preStarted);
      // That sandbox is gone; a fresh one replaces it.
      // (The idle Python sandbox's processes are still up; the used Node sandbox's are not.)
      await until(() => idle.some((pid) => !isRunning(pid)) && warm.warmStats().node?.ready === 1);
      expect(
        idle.filter((pid) => !isRunning(pid)).some((pid) => warm.idleProcessIds().includes(pid)),
      ).toBe(false);
      const python = await warm.judge({
        spec: twoSum,
        language: 'python',
        source: SOLUTIONS.python?.problems['two-sum']?.accepted ?? '',
        mode: 'submit',
      });
      expect(python.verdict).toBe('Accepted');
    } finally {
      const before = warm.idleProcessIds();
      await warm.close();
      expect(before.filter(isRunning)).toEqual([]);
      expect(warm.warmStats().node?.ready).toBe(0);
    }
  });

  /** Each answers when its process started: exec keeps it, so C++'s binary answers when its launcher did. */
  const PROCESS_STARTED_AT = {
    cpp: [
      'class Solution {',
      'public:',
      '    string solve(int n) {',
      '        ifstream file("/proc/self/stat");',
      '        string stat((istreambuf_iterator<char>(file)), istreambuf_iterator<char>());',
      "        istringstream fields(stat.substr(stat.rfind(')') + 2));",
      '        string field;',
      '        for (int k = 0; k < 20; k++) fields >> field;',
      '        return field;',
      '    }',
      '};',
    ].join('\n'),
    java: [
      'class Solution {',
      '    public String solve(int n) throws Exception {',
      '        String stat = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/stat")));',
      '        return stat.substring(stat.lastIndexOf(\')\') + 2).split(" ")[19];',
      '    }',
      '}',
    ].join('\n'),
  } as const;
  for (const language of ['cpp', 'java'] as const) {
    it.runIf(detectToolchains()[language].available)(
      `runs ${language} in a sandbox started before its compile, the launcher running the program`,
      async () => {
        const warm = createSandboxJudge({ warm: { size: 1 } });
        try {
          await until(() => warm.warmStats()[language]?.ready === 1, 60_000);
          // The launcher: C++'s shell under bwrap (the wrapper before bwrap is a shell too), Java's JVM.
          const launcherStart = (): string | null => {
            for (const pid of warm.idleProcessIds()) {
              try {
                const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
                const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '';
                const parentStat = readFileSync(`/proc/${parent}/stat`, 'utf8');
                if (
                  language === 'cpp'
                    ? stat.includes(' (sh) ') && parentStat.includes(' (bwrap) ')
                    : stat.includes(' (java) ')
                )
                  return startTicks(stat);
              } catch {
                // The process ended meanwhile.
              }
            }
            return null;
          };
          let launcher: string | null = null;
          await until(() => (launcher = launcherStart()) !== null, 60_000);
          const result = await warm.judge({
            // The default memory limit: a JVM is pre-started with that heap.
            spec: { ...attackTarget, limits: { ...attackTarget.limits, memoryLimitMb: 256 } },
            language,
            source: PROCESS_STARTED_AT[language],
            mode: 'submit',
          });
          expect(result.compileTimeMs).toBeGreaterThan(0);
          expect(result.tests[0]?.actual).toBe(launcher);
        } finally {
          await warm.close();
        }
      },
      90_000,
    );
  }

  it('runs cold when the pool has nothing ready', async () => {
    const warm = createSandboxJudge({ warm: { size: 1 } });
    try {
      await warm.close();
      // Clock ticks since boot (100 a second), as the start in /proc/<pid>/stat counts them.
      const submittedAt = Math.floor(
        Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 100,
      );
      const result = await warm.judge({
        spec: attackTarget,
        language: 'javascript',
        source: INTERPRETER_STARTED_AT,
        mode: 'run',
      });
      // Started for this submission.
      expect(Number(result.tests[0]?.actual)).toBeGreaterThanOrEqual(submittedAt);
    } finally {
      await warm.close();
    }
  });
});
