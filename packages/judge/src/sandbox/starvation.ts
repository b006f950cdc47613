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
        const [onCpu, waiting] = readFileSync(`/proc/${String(pid)}/task/${task}/schedstat`, 'utf8').split(' ');
        cpuNs += Number(onCpu);
        waitNs += Number(waiting);
        readAny = true;
      } catch {
        // The thread ended while we looked, or there is no schedstat.
      }
    }
  }
  return readAny && Number.isFinite(cpuNs) && Number.isFinite(waitNs) ? { cpuMs: cpuNs / 1e6, waitMs: waitNs / 1e6 } : null;
}

/** A program runnable (on a CPU or waiting for one) for at least this share of the interval was starved, not sleeping. */
export const STARVED_SHARE = 0.5;

/** Pure: what to do when a wall-clock deadline passes. */
export function atDeadline(before: Demand | null, after: Demand | null, elapsedMs: number, cpuBudgetMs: number): 'kill' | 'wait' {
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
    if (withinBudget && withinMax && atDeadline(last.demand, demand, at - last.at, options.cpuBudgetMs) === 'wait') {
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
