/**
 * Pre-started sandboxes for the warm path: per interpreter, a few sandboxed
 * processes already through bwrap, the cgroup, the interpreter's start and the
 * harness's imports, each blocked reading its submission on stdin (for C++, a
 * launcher blocked until the compiled binary is in the box, which it then execs). A sandbox
 * serves exactly one submission and is never reused; a replacement starts in
 * the background once the submission that took it is done.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { copyHarness } from '../harness-host/files';
import type { SandboxStep } from '../languages/language';
import type { IsolationInfo } from './isolation';
import {
  boxPath,
  prestartSandboxed,
  type PrestartedSandbox,
  type SandboxLimits,
} from './run-sandboxed';

export interface WarmProfile {
  /** Pool name: runtimes with the same harness and run step share one. */
  readonly pool: string;
  /** Null: nothing to copy (C++'s launcher waits for the binary its compile writes into the box). */
  readonly harness: string | null;
  /** The run step for a box, as the language's `prepare` will produce it. */
  step(boxDir: string): SandboxStep;
  /** Resolves once what the step names exists (Java's launcher); a rejection leaves the pool empty. */
  setUp?(): Promise<void>;
  /** Limits until the claim: the submission's own replace them (only lowering is needed). */
  readonly startLimits: SandboxLimits;
}

export interface WarmSandbox {
  readonly pool: string;
  readonly hostDir: string;
  readonly step: SandboxStep;
  readonly sandbox: PrestartedSandbox;
}

export interface WarmPoolStats {
  readonly ready: number;
  readonly starting: number;
}

export interface WarmPool {
  /** A pre-started sandbox of `pool`, now the caller's, or null (the caller goes cold). */
  take(pool: string): WarmSandbox | null;
  /** A sandbox taken but not claimed (nothing was written into it) goes back, first in line. */
  giveBack(warm: WarmSandbox): void;
  /** Tops every pool up to its size in the background. */
  refill(): void;
  stats(): Readonly<Record<string, WarmPoolStats>>;
  /** Processes of the idle sandboxes: expected to be alive, unlike anything a finished run left. */
  idleProcessIds(): number[];
  /** Kills every idle sandbox and waits until their processes, cgroups and boxes are gone. */
  close(): Promise<void>;
}

export interface WarmPoolOptions {
  readonly isolation: IsolationInfo;
  readonly workDir: string;
  /** Idle sandboxes kept per pool. */
  readonly size: number;
  readonly profiles: readonly WarmProfile[];
}

/** Idle sandboxes that die unclaimed this many times in a row stop their pool from refilling. */
const MAX_IDLE_DEATHS = 5;

export function createWarmPool(options: WarmPoolOptions): WarmPool {
  const { isolation, workDir, size } = options;
  interface PoolState {
    readonly profile: WarmProfile;
    readonly ready: WarmSandbox[];
    starting: number;
    idleDeaths: number;
  }
  const pools = new Map<string, PoolState>();
  for (const profile of options.profiles) {
    if (!pools.has(profile.pool))
      pools.set(profile.pool, { profile, ready: [], starting: 0, idleDeaths: 0 });
  }
  let closed = false;
  // A function, not the variable: `close()` may flip it while a start awaits.
  const isClosed = (): boolean => closed;
  /** Every sandbox this pool started and did not hand out, until it is gone. */
  const cleanups = new Set<Promise<void>>();

  // A process that exits without close() (a test that forgot it) still kills its idle sandboxes
  // and removes their boxes; only async work (cgroup removal) cannot run at exit.
  const onExit = (): void => {
    for (const state of pools.values()) {
      for (const warm of state.ready.splice(0)) {
        warm.sandbox.dispose();
        rmSync(warm.hostDir, { recursive: true, force: true });
      }
    }
  };
  process.on('exit', onExit);

  const track = (work: Promise<void>): void => {
    const tracked = work.catch(() => undefined).finally(() => cleanups.delete(tracked));
    cleanups.add(tracked);
  };

  const discard = (warm: WarmSandbox): void => {
    warm.sandbox.dispose();
    track(warm.sandbox.settled().then(() => rm(warm.hostDir, { recursive: true, force: true })));
  };

  async function startOne(state: PoolState): Promise<void> {
    await state.profile.setUp?.();
    const hostDir = await mkdtemp(join(workDir, 'onsite-warm-'));
    try {
      if (isClosed()) return;
      if (state.profile.harness !== null) await copyHarness(state.profile.harness, hostDir);
      if (isClosed()) return;
      const step = state.profile.step(boxPath(isolation, hostDir));
      const sandbox = prestartSandboxed(isolation, {
        argv: step.argv,
        boxDir: hostDir,
        boxWritable: false,
        readOnlyPaths: step.readOnlyPaths,
        env: step.env,
        limits: state.profile.startLimits,
      });
      const warm: WarmSandbox = { pool: state.profile.pool, hostDir, step, sandbox };
      sandbox.onIdleExit(() => {
        const at = state.ready.indexOf(warm);
        if (at < 0) return;
        state.ready.splice(at, 1);
        state.idleDeaths++;
        discard(warm);
        if (!closed && state.idleDeaths < MAX_IDLE_DEATHS) fill(state);
      });
      state.ready.push(warm);
    } catch (error) {
      await rm(hostDir, { recursive: true, force: true });
      throw error;
    } finally {
      if (isClosed()) await rm(hostDir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  function fill(state: PoolState): void {
    while (!closed && state.ready.length + state.starting < size) {
      state.starting++;
      track(startOne(state).finally(() => state.starting--));
    }
  }

  const refill = (): void => {
    for (const state of pools.values()) if (state.idleDeaths < MAX_IDLE_DEATHS) fill(state);
  };

  return {
    take(pool) {
      const state = pools.get(pool);
      if (state === undefined || closed) return null;
      let warm = state.ready.shift();
      // A sandbox that died while idle is skipped (its exit handler discards it).
      while (warm !== undefined && !warm.sandbox.alive()) warm = state.ready.shift();
      if (warm !== undefined) state.idleDeaths = 0;
      return warm ?? null;
    },
    giveBack(warm) {
      const state = pools.get(warm.pool);
      if (state === undefined || closed || !warm.sandbox.alive()) discard(warm);
      else state.ready.unshift(warm);
    },
    refill,
    stats() {
      const out: Record<string, WarmPoolStats> = {};
      for (const [name, state] of pools)
        out[name] = { ready: state.ready.length, starting: state.starting };
      return out;
    },
    idleProcessIds() {
      return [...pools.values()].flatMap((state) =>
        state.ready.flatMap((warm) => warm.sandbox.processIds()),
      );
    },
    async close() {
      closed = true;
      process.off('exit', onExit);
      for (const state of pools.values()) for (const warm of state.ready.splice(0)) discard(warm);
      while (cleanups.size > 0) await Promise.all([...cleanups]);
    },
  };
}
