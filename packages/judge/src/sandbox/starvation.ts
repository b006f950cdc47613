/**
 * Wall-clock limits that tell a sleeping program from a starved one.
 *
 * The time limit is CPU time; the wall clock is only there to stop programs
 * that sleep or block. On a loaded machine (two cores, a compiler and a
 * browser running beside the judge) a program can want the CPU the whole time
 * and still get a fifth of it: killing it at the wall clock would call an
 * honest solution "Time Limit Exceeded" because of what else the machine was
 * doing. The kernel keeps, per thread, the time spent on a CPU and the time
 * spent runnable but waiting for one (/proc/PID/task/TID/schedstat); a program
 * that was runnable for most of the interval was starved, not sleeping, and
 * gets more wall time, as long as its CPU time stays under the budget.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU a set of processes used and time they spent waiting for a CPU while runnable, summed over their threads. */
export interface Demand {
  readonly cpuMs: number;
  readonly waitMs: number;
}

/** Sums the threads' schedstat of `pids`; null where the kernel does not keep it (no CONFIG_SCHED_INFO). */
export function readDemand(pids: readonly number[]): Demand | null {
  let cpuNs = 0;
  let waitNs = 0;
  let readAny = false;
  for (const pid of pids) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${String(pid)}/task`);
    } catch {
      continue; // the process ended while we looked
    }
    for (const task of tasks) {
      try {
        const [onCpu, waiting] = readFileSync(
          `/proc/${String(pid)}/task/${task}/schedstat`,
          'utf8',
        ).split(' ');
        cpuNs += Number(onCpu);
        waitNs += Number(waiting);
        readAny = true;
      } catch {
        // The thread ended while we looked, or there is no schedstat.
      }
    }
  }
  return readAny && Number.isFinite(cpuNs) && Number.isFinite(waitNs)
    ? { cpuMs: cpuNs / 1e6, waitMs: waitNs / 1e6 }
    : null;
}

/** A program runnable (on a CPU or waiting for one) for at least this share of the interval was starved, not sleeping. */
export const STARVED_SHARE = 0.5;

/** Pure: what to do when a wall-clock deadline passes. */
export function atDeadline(
  before: Demand | null,
  after: Demand | null,
  elapsedMs: number,
  cpuBudgetMs: number,
): 'kill' | 'wait' {
  if (before === null || after === null || elapsedMs <= 0) return 'kill';
  const cpuMs = after.cpuMs - before.cpuMs;
  if (cpuMs >= cpuBudgetMs) return 'kill';
  const runnableMs = cpuMs + (after.waitMs - before.waitMs);
  return runnableMs >= STARVED_SHARE * elapsedMs ? 'wait' : 'kill';
}

export interface DeadlineOptions {
  /** Wall time before the first look. */
  readonly afterMs: number;
  /** CPU time (all the processes together, counted from the first look) past which the program is out of time however starved. */
  readonly cpuBudgetMs: number;
  /** Wall time past which it is killed whatever it was doing (default: five times `afterMs`). */
  readonly maxMs?: number;
  /** The run's demand now; null when unknown (the deadline then expires at `afterMs`). */
  readonly demand: () => Demand | null;
  readonly onExpire: () => void;
  /** For tests. */
  readonly now?: () => number;
}

export interface Deadline {
  cancel(): void;
}

/** How long a program is watched, once its wall time is up, to tell whether it is starved or asleep. */
export const OBSERVATION_MS = 250;

/**
 * A wall-clock deadline that waits longer, in steps of half the first wait,
 * while the program is starved rather than asleep, up to `maxMs`. Nothing is
 * read until the wall time is up (a verdict takes tens of milliseconds and
 * reading /proc on every test would cost several), so a program that is
 * asleep is killed `OBSERVATION_MS` after `afterMs`.
 */
export function startDeadline(options: DeadlineOptions): Deadline {
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  const step = Math.max(1, options.afterMs / 2);
  const maxMs = options.maxMs ?? options.afterMs * 5;
  let timer: NodeJS.Timeout | undefined;
  let first: { readonly at: number; readonly demand: Demand } | null = null;
  let last: { readonly at: number; readonly demand: Demand } | null = null;
  const look = (): void => {
    const at = now();
    const demand = options.demand();
    if (demand === null) {
      options.onExpire();
      return;
    }
    if (first === null || last === null) {
      first = last = { at, demand };
      timer = setTimeout(look, Math.min(OBSERVATION_MS, step));
      return;
    }
    // The budget counts from the first look; starvation is judged over the last interval only,
    // so a program that goes to sleep after a starved stretch is still caught.
    const withinBudget = demand.cpuMs - first.demand.cpuMs < options.cpuBudgetMs;
    const withinMax = at - startedAt + step <= maxMs;
    if (
      withinBudget &&
      withinMax &&
      atDeadline(last.demand, demand, at - last.at, options.cpuBudgetMs) === 'wait'
    ) {
      last = { at, demand };
      timer = setTimeout(look, step);
      return;
    }
    options.onExpire();
  };
  timer = setTimeout(look, options.afterMs);
  return {
    cancel: () => clearTimeout(timer),
  };
}

/**
 * Wall time past the time limit that a test's deadline grants before it looks at the run: the
 * "call"/"returned" messages and the host's event loop add a few milliseconds, and a solution
 * near the limit may spend a little wall time it is not charged CPU for (a page fault waiting
 * on memory). Small, because it is what a spinning or sleeping run waits for its verdict.
 */
export const TEST_GRACE_MS = 100;
/** The earliest a test's run is first read (its baseline), so that fast tests never pay for /proc. */
export const TEST_SAMPLE_MS = 50;
/** The shortest wait between two looks at a starved run. */
export const TEST_STEP_MS = 50;
/**
 * CPU time of all the run's threads together, in time limits, past which a starved test is out
 * of time: a runtime's JIT and parallel GC threads add to the call's own on a busy machine (a
 * Java call building half a million objects passed twice its limit that way), while threads the
 * candidate starts to share the work are stopped within a few limits.
 */
export const TEST_CPU_BUDGET_LIMITS = 4;

/** A point of a test's deadline: wall time since the test's timed call began, and the run's demand then. */
export interface TestSample {
  readonly atMs: number;
  readonly demand: Demand;
}

export type TestDecision =
  | { readonly kind: 'kill' }
  | { readonly kind: 'wait'; readonly forMs: number; readonly waitedMs: number };

/**
 * Pure: what a test's deadline does at a look, `now` after its call began. The run owes the
 * test's wall time minus the time its threads spent runnable but waiting for a CPU (the share
 * measured since `baseline`, extended over the unmeasured start): a program that spins or sleeps
 * has had `limitMs + graceMs` of such time at the first look and is killed then; a starved one is
 * given the time it was kept waiting, until its CPU (all threads) reaches `TEST_CPU_BUDGET_LIMITS`
 * limits or `maxMs` passes.
 */
export function decideTest(options: {
  readonly limitMs: number;
  readonly graceMs: number;
  readonly maxMs: number;
  readonly baseline: TestSample | null;
  readonly now: TestSample | null;
}): TestDecision {
  const { limitMs, graceMs, maxMs, baseline, now } = options;
  if (baseline === null || now === null || now.atMs >= maxMs) return { kind: 'kill' };
  const span = now.atMs - baseline.atMs;
  if (span <= 0) return { kind: 'kill' };
  const scale = now.atMs / span;
  const cpuMs = (now.demand.cpuMs - baseline.demand.cpuMs) * scale;
  const waitedMs = Math.min(
    now.atMs,
    Math.max(0, (now.demand.waitMs - baseline.demand.waitMs) * scale),
  );
  const owedMs = limitMs + graceMs - (now.atMs - waitedMs);
  if (owedMs <= 0 || cpuMs >= TEST_CPU_BUDGET_LIMITS * limitMs) return { kind: 'kill' };
  return {
    kind: 'wait',
    forMs: Math.min(Math.max(TEST_STEP_MS, owedMs), maxMs - now.atMs),
    waitedMs,
  };
}

export interface TestDeadlineOptions {
  /** The test's CPU time limit. */
  readonly limitMs: number;
  readonly graceMs?: number;
  /** Wall time past which the test is killed whatever it was doing. */
  readonly maxMs: number;
  /** The run's demand now; null when unknown (the deadline then expires at `limitMs + graceMs`). */
  readonly demand: () => Demand | null;
  readonly onExpire: () => void;
  /** For tests. */
  readonly now?: () => number;
}

export interface TestDeadline extends Deadline {
  /**
   * Wall time the test was given past `limitMs + graceMs` because the machine kept it waiting
   * for a CPU (0 when it was not starved), up to when it ended or was killed.
   */
  extraWallMs(): number;
}

/**
 * The wall clock of one test's timed call. A spinning or sleeping run is killed at the limit
 * plus `TEST_GRACE_MS`; a run the machine kept waiting for a CPU gets that time on top, up to
 * `maxMs`. Reads /proc only for tests that run past `TEST_SAMPLE_MS` (a baseline) and past the
 * limit (a look per step): a fast test costs one timer.
 */
export function startTestDeadline(options: TestDeadlineOptions): TestDeadline {
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  const graceMs = options.graceMs ?? TEST_GRACE_MS;
  const firstLookMs = options.limitMs + graceMs;
  let baseline: TestSample | null = null;
  let extendedUntil: number | null = null;
  let endedAt: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const sample = (): TestSample | null => {
    const demand = options.demand();
    return demand === null ? null : { atMs: now() - startedAt, demand };
  };
  const look = (): void => {
    const decision = decideTest({
      limitMs: options.limitMs,
      graceMs,
      maxMs: options.maxMs,
      baseline,
      now: sample(),
    });
    if (decision.kind === 'kill') {
      endedAt = now() - startedAt;
      options.onExpire();
      return;
    }
    extendedUntil = now() - startedAt + decision.forMs;
    timer = setTimeout(look, decision.forMs);
  };
  const sampleAfterMs = Math.min(TEST_SAMPLE_MS, options.limitMs / 2);
  timer = setTimeout(() => {
    baseline = sample();
    timer = setTimeout(look, Math.max(0, firstLookMs - (now() - startedAt)));
  }, sampleAfterMs);
  return {
    cancel: () => {
      clearTimeout(timer);
      endedAt ??= now() - startedAt;
    },
    extraWallMs: () =>
      extendedUntil === null ? 0 : Math.max(0, (endedAt ?? now() - startedAt) - firstLookMs),
  };
}
