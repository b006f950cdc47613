import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { JudgeSpecSchema, type JudgeRequest, type JudgeResult } from '@onsite/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const SANDBOX_JUDGE = fileURLToPath(new URL('../sandbox-judge.ts', import.meta.url));

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

/**
 * Python's start reads its library from disk (asleep, neither running nor waiting), and with a
 * share of CPU 0 it takes a while: resolves once every process is past it and spinning.
 */
async function spinning(children: readonly ChildProcess[]): Promise<void> {
  const isSpinning = (child: ChildProcess) => (readDemand([child.pid ?? -1])?.cpuMs ?? 0) > 100;
  await vi.waitFor(
    () => {
      if (!children.every(isSpinning)) throw new Error('the busy processes are not spinning yet');
    },
    { timeout: 30_000, interval: 50 },
  );
}

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
      await spinning([busy, starved, ...hogs]);
      const before = {
        busy: readDemand(pids(busy)),
        asleep: readDemand(pids(asleep)),
        starved: readDemand(pids(starved)),
      };
      const startedAt = performance.now();
      await sleep(1000); // the window the demand is measured over, not a wait for something to happen
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
      // Never asleep: on a CPU or waiting for one the whole window, however loaded the machine is.
      const busyDemand = grew('busy');
      expect(busyDemand.cpuMs).toBeGreaterThan(0);
      expect(busyDemand.cpuMs + busyDemand.waitMs).toBeGreaterThan(elapsedMs / 2);
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

/**
 * Judges `requests` one after the other in a child process pinned to CPU 0 (the sandbox inherits
 * its CPU), so the test runner's own CPU is never changed. `whilePinned` runs once the child has
 * loaded the judge, before it judges anything.
 */
async function judgeOnCpu0(
  requests: readonly JudgeRequest[],
  whilePinned: () => Promise<void>,
): Promise<JudgeResult[]> {
  const script = `
    import { createInterface } from 'node:readline';
    import { createSandboxJudge } from ${JSON.stringify(SANDBOX_JUDGE)};
    const judge = createSandboxJudge();
    console.log('ready');
    const lines = createInterface({ input: process.stdin });
    const requests = JSON.parse((await lines[Symbol.asyncIterator]().next()).value);
    const results = [];
    for (const request of requests) results.push(await judge.judge(request));
    await judge.close();
    console.log(JSON.stringify(results));
    process.exit(0);
  `;
  const child = spawn(
    'taskset',
    ['-c', '0', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = once(child, 'exit');
  await vi.waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`the judging process exited: ${stdout}`);
      if (!stdout.startsWith('ready\n')) throw new Error('the judging process is not ready yet');
    },
    { timeout: 60_000, interval: 50 },
  );
  await whilePinned();
  child.stdin.end(`${JSON.stringify(requests)}\n`);
  await exited;
  return JSON.parse(stdout.slice('ready\n'.length)) as JudgeResult[];
}

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
      // CPU 0 shared with six busy processes: 300 ms of CPU take over 2 s of wall time, past the
      // 1.5 s wall clock of a 500 ms limit.
      const hogs: ChildProcess[] = [];
      try {
        const [result, sleeper] = await judgeOnCpu0(
          [
            { spec, language: 'javascript', source, mode: 'run' },
            {
              spec,
              language: 'javascript',
              source:
                'function work(ms) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); }',
              mode: 'run',
            },
          ],
          async () => {
            hogs.push(...hogsOnCpu0(6));
            await spinning(hogs);
          },
        );
        expect(result?.verdict, JSON.stringify(result?.tests[0])).toBe('Accepted');
        expect(result?.tests[0]?.timeMs).toBeLessThan(500);
        // It really was starved past the plain wall clock, and the verdict says why it came late.
        expect(result?.machineBusy?.extraWallMs).toBeGreaterThan(0);
        expect(sleeper?.verdict).toBe('Time Limit Exceeded');
      } finally {
        await stopped(hogs);
      }
    }, 120_000);
  },
);
