import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { JudgeSpecSchema } from '@onsite/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSandboxJudge } from '../sandbox-judge';
import { detectToolchains } from '../toolchains';
import { atDeadline, OBSERVATION_MS, readDemand, startDeadline, type Demand } from './starvation';

describe('atDeadline', () => {
  const at = (cpuMs: number, waitMs: number): Demand => ({ cpuMs, waitMs });

  it.each([
    ['asleep: neither on a CPU nor waiting for one', at(100, 50), at(100, 50), 1000, 500, 'kill'],
    [
      'starved: runnable the whole time, on a CPU a fifth of it',
      at(0, 0),
      at(200, 800),
      1000,
      500,
      'wait',
    ],
    ['runnable half the time', at(0, 0), at(250, 250), 1000, 500, 'wait'],
    ['mostly asleep, a little work', at(0, 0), at(100, 300), 1000, 500, 'kill'],
    ['out of CPU budget however starved', at(0, 0), at(500, 500), 1000, 500, 'kill'],
    ['threads of a fork bomb add up past the budget', at(0, 0), at(2000, 9000), 1000, 500, 'kill'],
  ] as const)('%s → %s', (_name, before, after, elapsedMs, budgetMs, expected) => {
    expect(atDeadline(before, after, elapsedMs, budgetMs)).toBe(expected);
  });

  it('kills when the kernel keeps no schedstat', () => {
    expect(atDeadline(null, at(0, 0), 1000, 500)).toBe('kill');
    expect(atDeadline(at(0, 0), null, 1000, 500)).toBe('kill');
  });
});

describe('startDeadline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A program whose CPU and wait grow at the given shares of wall time, on fake timers. */
  function program(
    cpuShare: number,
    waitShare: number,
    options: { afterMs?: number; cpuBudgetMs?: number; maxMs?: number } = {},
  ) {
    vi.useFakeTimers();
    const started = Date.now();
    let expiredAt: number | null = null;
    startDeadline({
      afterMs: options.afterMs ?? 1000,
      cpuBudgetMs: options.cpuBudgetMs ?? 500,
      maxMs: options.maxMs ?? 5000,
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
      expiredAfter(ms: number): number | null {
        vi.advanceTimersByTime(ms);
        return expiredAt;
      },
    };
  }

  it('kills a sleeping program once it has been watched for a moment past its wall time', () => {
    const sleeper = program(0, 0);
    expect(sleeper.expiredAfter(999)).toBeNull();
    expect(sleeper.expiredAfter(10_000)).toBe(1000 + OBSERVATION_MS);
  });

  it('lets a starved program run on until it has used its CPU budget', () => {
    // On a CPU a tenth of the time, waiting for one the rest: 500 ms of CPU take 5 s of wall time.
    const starved = program(0.1, 0.9, { maxMs: 60_000 });
    expect(starved.expiredAfter(4000)).toBeNull();
    const expired = starved.expiredAfter(60_000);
    // The budget counts from the first look (at 1 s): 500 ms of CPU at a tenth is 5 s later.
    expect(expired).toBeGreaterThanOrEqual(6000);
    expect(expired).toBeLessThanOrEqual(6500);
  });

  it('never waits past its maximum', () => {
    const starved = program(0.01, 0.99, { maxMs: 3000 });
    const expired = starved.expiredAfter(60_000);
    expect(expired).not.toBeNull();
    expect(expired).toBeLessThanOrEqual(3000);
  });

  it('expires at its wall time where the demand cannot be read', () => {
    vi.useFakeTimers();
    let expired = false;
    startDeadline({
      afterMs: 1000,
      cpuBudgetMs: 500,
      maxMs: 5000,
      demand: () => null,
      onExpire: () => (expired = true),
    });
    vi.advanceTimersByTime(1000);
    expect(expired).toBe(true);
  });

  it('does nothing once cancelled', () => {
    vi.useFakeTimers();
    let expired = false;
    const deadline = startDeadline({
      afterMs: 1000,
      cpuBudgetMs: 500,
      maxMs: 5000,
      demand: () => null,
      onExpire: () => (expired = true),
    });
    deadline.cancel();
    vi.advanceTimersByTime(10_000);
    expect(expired).toBe(false);
  });
});

const canPin =
  process.platform === 'linux' &&
  (() => {
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

/**
 * Busy processes on CPU 0 only, so that anything else pinned there gets a small share of it.
 * Each in a session of its own (`detached`), as the sandbox is: with the kernel's autogroup
 * scheduling CPU is shared fairly between sessions, not processes.
 */
function hogsOnCpu0(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn('taskset', ['-c', '0', 'python3', '-c', 'while True: pass'], {
      stdio: 'ignore',
      detached: true,
    }),
  );
}

async function stopped(hogs: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    hogs.map(
      (hog) =>
        new Promise<void>((resolve) => {
          if (hog.exitCode !== null || hog.signalCode !== null) resolve();
          else {
            hog.once('exit', () => resolve());
            hog.kill('SIGKILL');
          }
        }),
    ),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(canPin)('readDemand on real processes', () => {
  it('sees a busy process on a CPU, a sleeping one nowhere, and a starved one waiting', async () => {
    const busy = spawn('python3', ['-c', 'while True: pass'], { stdio: 'ignore' });
    const asleep = spawn('sleep', ['30'], { stdio: 'ignore' });
    const hogs = hogsOnCpu0(3);
    const starved = spawn('taskset', ['-c', '0', 'python3', '-c', 'while True: pass'], {
      stdio: 'ignore',
    });
    try {
      const pids = (child: ChildProcess) => [child.pid ?? -1];
      // Python's start reads its library from disk (asleep, neither running nor waiting), and with a quarter
      // of CPU 0 it takes a while: measure only once every busy process is past it and spinning.
      const spinning = (child: ChildProcess) => (readDemand(pids(child))?.cpuMs ?? 0) > 100;
      for (let tries = 0; tries < 200 && ![busy, starved, ...hogs].every(spinning); tries++)
        await sleep(50);
      const before = {
        busy: readDemand(pids(busy)),
        asleep: readDemand(pids(asleep)),
        starved: readDemand(pids(starved)),
      };
      const startedAt = performance.now();
      await sleep(1000);
      const after = {
        busy: readDemand(pids(busy)),
        asleep: readDemand(pids(asleep)),
        starved: readDemand(pids(starved)),
      };
      // The timer may fire late on a loaded machine: judge the demand over the time that really passed.
      const elapsedMs = performance.now() - startedAt;
      const grew = (key: keyof typeof before) => {
        const [b, a] = [before[key], after[key]];
        if (b === null || a === null) throw new Error(`no schedstat for ${key}`);
        return { cpuMs: a.cpuMs - b.cpuMs, waitMs: a.waitMs - b.waitMs };
      };
      expect(grew('busy').cpuMs).toBeGreaterThan(300);
      expect(grew('asleep')).toEqual({ cpuMs: 0, waitMs: 0 });
      // Four busy processes share CPU 0: each is on it about a quarter of the time and waits the rest.
      expect(grew('starved').waitMs).toBeGreaterThan(grew('starved').cpuMs);
      expect(atDeadline(before.starved, after.starved, elapsedMs, 500)).toBe('wait');
      expect(atDeadline(before.asleep, after.asleep, elapsedMs, 500)).toBe('kill');
      expect(readDemand([2 ** 22 + 12345])).toBeNull(); // no such process
    } finally {
      asleep.kill('SIGKILL');
      await stopped([busy, starved, ...hogs]);
    }
  });
});

describe.runIf(canPin && detectToolchains().javascript.available)(
  'the judge on a starved machine',
  () => {
    const spec = JudgeSpecSchema.parse({
      id: 'busy',
      signature: {
        style: 'function',
        name: 'work',
        params: [{ name: 'ms', type: 'int' }],
        returns: 'int',
      },
      tests: [{ args: [300], expected: 300, sample: true }],
      limits: { timeLimitMs: 500 },
    });
    // Works for `ms` of this process's CPU time, however long that takes on the wall clock.
    const source =
      'function work(ms) {\n  const start = process.cpuUsage();\n  for (;;) {\n    const used = process.cpuUsage(start);\n    if (used.user + used.system >= ms * 1000) return ms;\n  }\n}\n';

    it('accepts a solution within its CPU limit that the machine left waiting past the wall clock, and still stops one that sleeps', async () => {
      const judge = createSandboxJudge();
      const original =
        execFileSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' })
          .trim()
          .split(' ')
          .at(-1) ?? 'ff';
      // The sandbox is started from this thread and inherits its CPU: CPU 0, shared with six busy
      // processes, so 300 ms of CPU take over 2 s of wall time, past the 1.5 s wall clock of a 500 ms limit.
      execFileSync('taskset', ['-p', '1', String(process.pid)], { stdio: 'ignore' });
      const hogs = hogsOnCpu0(6);
      try {
        await sleep(200);
        const started = performance.now();
        const result = await judge.judge({ spec, language: 'javascript', source, mode: 'run' });
        const wallMs = performance.now() - started;
        expect(result.verdict, JSON.stringify(result.tests[0])).toBe('Accepted');
        expect(result.tests[0]?.timeMs).toBeLessThan(500);
        expect(wallMs).toBeGreaterThan(1500); // it really was starved past the plain wall clock
        // The verdict says why it came late, for the coding room to show.
        expect(result.machineBusy?.extraWallMs).toBeGreaterThan(0);

        const sleeper = await judge.judge({
          spec,
          language: 'javascript',
          source:
            'function work(ms) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); }',
          mode: 'run',
        });
        expect(sleeper.verdict).toBe('Time Limit Exceeded');
      } finally {
        execFileSync('taskset', ['-p', original, String(process.pid)], { stdio: 'ignore' });
        await stopped(hogs);
        await judge.close();
      }
    }, 60_000);
  },
);
