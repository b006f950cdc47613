/**
 * A test's wall clock: a run that spins or sleeps gets its Time Limit Exceeded at the limit plus
 * a small grace; one the machine keeps waiting for a CPU is given that time on top, and the
 * verdict says so. Pure decisions first, then the real sandbox.
 */
import { JudgeSpecSchema, type Language } from '@onsite/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSandboxJudge } from '../sandbox-judge';
import { detectToolchains } from '../toolchains';
import {
  decideTest,
  startTestDeadline,
  TEST_GRACE_MS,
  TEST_STEP_MS,
  type TestSample,
} from './starvation';

const at = (atMs: number, cpuMs: number, waitMs: number): TestSample => ({
  atMs,
  demand: { cpuMs, waitMs },
});

describe('decideTest', () => {
  const limits = { limitMs: 1000, graceMs: 100, maxMs: 12_500 };

  it.each([
    ['spinning on a free CPU', 'kill', at(50, 50, 0), at(1100, 1100, 0)],
    ['asleep', 'kill', at(50, 1, 0), at(1100, 1, 0)],
    [
      'one thread in two waiting for the CPU the whole time',
      'wait',
      at(50, 25, 25),
      at(1100, 550, 550),
    ],
    [
      'threads whose CPU adds up past four limits, however starved',
      'kill',
      at(50, 200, 400),
      at(1100, 4400, 8800),
    ],
    ['past its maximum however starved', 'kill', at(50, 5, 45), at(12_500, 1250, 11_250)],
  ] as const)('%s → %s', (_name, expected, baseline, now) => {
    expect(decideTest({ ...limits, baseline, now }).kind).toBe(expected);
  });

  it('waits for the wall time the machine kept the run waiting, counting the unmeasured start at the same share', () => {
    // Half of the time waiting: 1100 ms in, it has had 550 ms of its 1100 ms; the 50 ms before the baseline count too.
    const decision = decideTest({ ...limits, baseline: at(50, 25, 25), now: at(1100, 550, 550) });
    expect(decision).toEqual({ kind: 'wait', forMs: 550, waitedMs: 550 });
    // Nearly done: it waits at least a step.
    expect(
      decideTest({ ...limits, baseline: at(50, 45, 5), now: at(1100, 1080, 20) }),
    ).toMatchObject({ kind: 'wait', forMs: TEST_STEP_MS });
  });

  it('kills where the kernel keeps no schedstat', () => {
    expect(decideTest({ ...limits, baseline: null, now: at(1100, 0, 0) }).kind).toBe('kill');
    expect(decideTest({ ...limits, baseline: at(50, 0, 0), now: null }).kind).toBe('kill');
  });
});

describe('startTestDeadline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A run whose CPU and wait grow at the given shares of wall time, on fake timers. */
  function run(cpuShare: number, waitShare: number) {
    vi.useFakeTimers();
    const started = Date.now();
    let expiredAt: number | null = null;
    const deadline = startTestDeadline({
      limitMs: 1000,
      maxMs: 12_500,
      now: () => Date.now(),
      demand: () => {
        const elapsed = Date.now() - started;
        return { cpuMs: elapsed * cpuShare, waitMs: elapsed * waitShare };
      },
      onExpire: () => {
        expiredAt = Date.now() - started;
      },
    });
    return {
      deadline,
      expiredAfter(ms: number): number | null {
        vi.advanceTimersByTime(ms);
        return expiredAt;
      },
    };
  }

  it('kills a spinning run at the limit plus the grace, and calls nothing extra', () => {
    const spinning = run(1, 0);
    expect(spinning.expiredAfter(1000)).toBeNull();
    expect(spinning.expiredAfter(10_000)).toBe(1000 + TEST_GRACE_MS);
    expect(spinning.deadline.extraWallMs()).toBe(0);
  });

  it('kills a sleeping run at the limit plus the grace', () => {
    expect(run(0, 0).expiredAfter(10_000)).toBe(1000 + TEST_GRACE_MS);
  });

  it('gives a starved run the time it was kept waiting and reports it', () => {
    // On a CPU a quarter of the time, waiting the rest: 1100 ms of its own take 4400 ms.
    const starved = run(0.25, 0.75);
    const expired = starved.expiredAfter(60_000);
    expect(expired).toBeGreaterThanOrEqual(4400);
    expect(expired).toBeLessThanOrEqual(4400 + 2 * TEST_STEP_MS);
    expect(starved.deadline.extraWallMs()).toBe((expired ?? 0) - 1000 - TEST_GRACE_MS);
  });

  it('reports the extra time a starved run had when it finished in it', () => {
    const starved = run(0.5, 0.5);
    starved.expiredAfter(1500);
    starved.deadline.cancel();
    expect(starved.deadline.extraWallMs()).toBe(1500 - 1000 - TEST_GRACE_MS);
    expect(starved.expiredAfter(60_000)).toBeNull();
  });
});

const toolchains = detectToolchains();
const spec = JudgeSpecSchema.parse({
  id: 'loop',
  signature: {
    style: 'function',
    name: 'solve',
    params: [{ name: 'n', type: 'int' }],
    returns: 'int',
  },
  tests: [{ args: [1], expected: 1, sample: true }],
  limits: { timeLimitMs: 1000, memoryLimitMb: 128 },
});
const SOURCES: Record<'javascript' | 'python', { quick: string; spin: string; sleep: string }> = {
  javascript: {
    quick: 'function solve(n) { return n; }',
    spin: 'function solve(n) { while (true) {} }',
    sleep: 'function solve(n) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); }',
  },
  python: {
    quick: 'def solve(n):\n    return n\n',
    spin: 'def solve(n):\n    while True:\n        pass\n',
    sleep: 'import time\n\ndef solve(n):\n    time.sleep(60)\n',
  },
};

describe.each(['javascript', 'python'] as const)(
  'a 1000 ms limit in the real sandbox (%s)',
  (language: Language & keyof typeof SOURCES) => {
    const judge = createSandboxJudge();
    /** Time to a verdict, minus that of a quick solution judged the same way just before: what the limit itself costs. */
    async function verdictCost(source: string) {
      const quickStarted = performance.now();
      expect(
        (await judge.judge({ spec, language, source: SOURCES[language].quick, mode: 'submit' }))
          .verdict,
      ).toBe('Accepted');
      const quickMs = performance.now() - quickStarted;
      const started = performance.now();
      const result = await judge.judge({ spec, language, source, mode: 'submit' });
      return { result, costMs: performance.now() - started - quickMs };
    }

    it.runIf(toolchains[language].available)(
      'stops a sleeping run soon after the limit (it was 2.8 s), whatever else the machine does',
      async () => {
        const { result, costMs } = await verdictCost(SOURCES[language].sleep);
        expect(result.verdict).toBe('Time Limit Exceeded');
        // Asleep, it never waits for a CPU: the limit, the grace, and room for a slow event loop.
        expect(costMs).toBeLessThan(2000);
      },
    );

    it.runIf(toolchains[language].available)(
      'stops `while (true) {}` at the limit plus what the machine kept it waiting (it was 5.3 s), and says so',
      async () => {
        const { result, costMs } = await verdictCost(SOURCES[language].spin);
        expect(result.verdict).toBe('Time Limit Exceeded');
        const extraWallMs = result.machineBusy?.extraWallMs ?? 0;
        expect(costMs - extraWallMs).toBeLessThan(2000);
        // The peak memory measured, never a made-up 0.
        expect(result.tests[0]?.memoryKb === null || (result.tests[0]?.memoryKb ?? 0) > 0).toBe(
          true,
        );
      },
    );
  },
);
