/**
 * Runs one command under the strongest isolation detected: bwrap namespaces
 * (no network, no host files, a private /tmp), rlimits through prlimit, and a
 * per-run cgroup for memory and processes. Whatever the candidate does, the
 * whole process tree dies at a limit and this function returns a value.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
} from 'node:fs';
import type { Writable } from 'node:stream';
import { createRunCgroup } from './cgroup';
import { UNPRIVILEGED_NAMESPACES, type IsolationInfo } from './isolation';
import { hostSeccompArch, seccompProgram } from './seccomp';
import { readDemand, startDeadline, type Deadline, type Demand } from './starvation';

export interface SandboxLimits {
  /** RLIMIT_CPU for the whole process: a backstop behind the caller's per-test timers. */
  readonly cpuSeconds: number;
  /**
   * The whole run's wall clock, sleep included; extended (up to 5×) while the run is starved of
   * CPU by other work on the machine rather than asleep (starvation.ts).
   */
  readonly wallMs: number;
  /** cgroup memory limit (the runtime's own footprint included). */
  readonly memoryBytes: number;
  /** Fallback when no cgroup is writable: RLIMIT_AS for runtimes that reserve little, RLIMIT_DATA for JIT runtimes. */
  readonly fallbackMemoryLimit: { readonly kind: 'as' | 'data'; readonly bytes: number } | null;
  readonly maxProcesses: number;
  readonly maxOpenFiles: number;
  readonly maxFileSizeBytes: number;
  /** stdout and stderr together: beyond this the run is killed (Output Limit Exceeded). */
  readonly maxOutputBytes: number;
  readonly tmpBytes: number;
}

/**
 * What the program reads on stdin: text, or pieces of UTF-8 written in order
 * (a judge's input is megabytes for large tests; pieces it made once are written
 * as they are, without encoding them again on this thread).
 */
export type SandboxInput = string | readonly Uint8Array[];

const writeInput = (stdin: Writable, input: SandboxInput): void => {
  if (typeof input === 'string') {
    stdin.end(input);
    return;
  }
  stdin.cork();
  for (const piece of input) stdin.write(piece);
  stdin.end();
};

export interface SandboxCommand {
  /** Command inside the sandbox; paths under the box use `boxPath(isolation, hostDir)`. */
  readonly argv: readonly string[];
  /** Host directory holding the solution and harness, seen as /box inside namespaces. */
  readonly boxDir: string;
  /** Compilers write their output into the box; candidate runs never may. */
  readonly boxWritable: boolean;
  /** Toolchain files and directories outside /usr to expose read-only at their real paths. */
  readonly readOnlyPaths: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly stdin: SandboxInput;
  readonly limits: SandboxLimits;
  /** Each complete line the harness writes on fd 3, the private result channel. */
  readonly onChannelLine?: (line: string) => void;
}

export type KillReason = 'time' | 'output';

export interface SandboxExit {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly killedFor: KillReason | null;
  readonly oomKilled: boolean;
  /** The run's memory use reached its cgroup limit at some point (false without a cgroup). */
  readonly hitMemoryLimit: boolean;
  readonly peakMemoryKb: number | null;
  readonly wallMs: number;
}

export interface SandboxRun {
  readonly exit: Promise<SandboxExit>;
  /** Kills the whole process tree now; the first reason given is the one reported. */
  kill(reason: KillReason): void;
  /** Ends a run whose results are all in: kills what is left without calling it a limit. */
  dispose(): void;
  /** CPU used and time spent waiting for a CPU by the run's processes so far; null once it ended or where unknown. */
  demand(): Demand | null;
}

const BOX = '/box';
/** The spawn's fd bwrap reads the seccomp filter from (0-2 are stdio, 3 is the result channel). */
const SECCOMP_FD = 4;
const KEPT_STDERR_BYTES = 64 * 1024;

/** Where `hostDir` (the box) is seen by the sandboxed process. */
export function boxPath(isolation: IsolationInfo, hostDir: string): string {
  return isolation.tier === 'namespaces' ? BOX : hostDir;
}

function rootEntries(): string[] {
  // Merged-/usr systems make /bin, /lib... symlinks into /usr; mirror whatever this host has.
  const args: string[] = ['--ro-bind', '/usr', '/usr'];
  for (const entry of ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    if (!existsSync(entry)) continue;
    if (lstatSync(entry).isSymbolicLink()) args.push('--symlink', readlinkSync(entry), entry);
    else args.push('--ro-bind', entry, entry);
  }
  return args;
}

let compiledFilter: Buffer | null = null;
/** The filter for this host, built once (isolation detection only says yes when the architecture has one). */
function seccompFilter(): Buffer | null {
  const arch = hostSeccompArch();
  if (compiledFilter === null && arch !== null) compiledFilter = seccompProgram(arch);
  return compiledFilter;
}

function bwrapArgs(command: SandboxStart, seccomp: boolean): string[] {
  const args = [
    ...(seccomp ? ['--seccomp', String(SECCOMP_FD)] : []),
    ...UNPRIVILEGED_NAMESPACES,
    ...rootEntries(),
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--size',
    String(command.limits.tmpBytes),
    '--tmpfs',
    '/tmp',
    // A private /etc: the dynamic loader cache only, never passwd, hosts or secrets.
    '--tmpfs',
    '/etc',
    '--ro-bind-try',
    '/etc/ld.so.cache',
    '/etc/ld.so.cache',
  ];
  const seen = new Set<string>();
  for (const path of command.readOnlyPaths) {
    if (!existsSync(path)) continue;
    const real = realpathSync(path);
    if (seen.has(real) || real.startsWith('/usr/')) continue;
    seen.add(real);
    args.push('--ro-bind', real, real);
  }
  args.push(command.boxWritable ? '--bind' : '--ro-bind', command.boxDir, BOX);
  // Everything outside /tmp (and the box when compiling) is read-only, bwrap's own root included.
  args.push('--remount-ro', '/etc', '--remount-ro', '/', '--chdir', BOX, '--clearenv');
  for (const [key, value] of Object.entries(command.env)) args.push('--setenv', key, value);
  return args;
}

/**
 * `perSubmission` false (a pre-started sandbox): CPU time and the fallback memory rlimit are left
 * for the claim to set. Setting them here too would race with the claim: a claim that lowers the
 * hard limit on the wrapper before this prlimit runs would make it fail to raise it back.
 */
function prlimitArgs(
  isolation: IsolationInfo,
  limits: SandboxLimits,
  hasCgroup: boolean,
  perSubmission: boolean,
): string[] {
  if (isolation.prlimitPath === null) return [];
  const args = [
    isolation.prlimitPath,
    `--fsize=${String(limits.maxFileSizeBytes)}`,
    `--nofile=${String(limits.maxOpenFiles)}`,
    '--core=0',
  ];
  if (perSubmission)
    args.push(`--cpu=${String(limits.cpuSeconds)}:${String(limits.cpuSeconds + 1)}`);
  if (!hasCgroup) {
    // Without a cgroup the kernel's per-user process count is the only fork-bomb brake (root is exempt from it).
    args.push(`--nproc=${String(limits.maxProcesses)}`);
    if (perSubmission && limits.fallbackMemoryLimit !== null)
      args.push(`--${limits.fallbackMemoryLimit.kind}=${String(limits.fallbackMemoryLimit.bytes)}`);
  }
  args.push('--');
  return args;
}

/** Joins the cgroups before exec, so no process of the run ever runs outside them. */
const JOIN_CGROUPS =
  'n=$1; shift; while [ "$n" -gt 0 ]; do echo $$ > "$1" || exit 125; shift; n=$((n-1)); done; exec "$@"';

/** What is only known when a pre-started sandbox is handed a submission. */
export interface SandboxClaim {
  readonly stdin: SandboxInput;
  readonly limits: SandboxLimits;
  readonly onChannelLine?: (line: string) => void;
}

/**
 * A sandbox whose process is already running (bwrap, cgroup, interpreter,
 * harness loaded) and blocked reading stdin. `claim` hands it exactly one
 * submission; from then on it behaves as a cold `runSandboxed` run.
 */
export interface PrestartedSandbox {
  /** Every process of the sandbox now (the spawned wrapper and its descendants). */
  processIds(): number[];
  /** False once the process has exited (an idle sandbox may die; the pool replaces it). */
  alive(): boolean;
  /** Called once when the process exits before it was claimed. */
  onIdleExit(listener: () => void): void;
  claim(claim: SandboxClaim): SandboxRun;
  /** Kills an unclaimed sandbox and removes its cgroup. */
  dispose(): void;
  /** Resolves once the process has exited and its cgroup is gone (or given up on). */
  settled(): Promise<void>;
}

export type SandboxStart = Omit<SandboxCommand, 'stdin' | 'onChannelLine'>;

/** The process tree under `pid`, `pid` included, read from /proc (works with and without a cgroup). */
export function processTree(pid: number): number[] {
  const found: number[] = [];
  const pending = [pid];
  while (pending.length > 0 && found.length < 64) {
    const next = pending.pop();
    if (next === undefined) break;
    found.push(next);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${String(next)}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        for (const child of readFileSync(
          `/proc/${String(next)}/task/${task}/children`,
          'utf8',
        ).split(' '))
          if (child.length > 0) pending.push(Number(child));
      } catch {
        // The task ended while we looked.
      }
    }
  }
  return found;
}

/** One process from the start to the verdict; the limits given at start apply until a claim retunes them. */
function startProcess(
  isolation: IsolationInfo,
  command: SandboxStart,
  retune: boolean,
): PrestartedSandbox {
  let started = performance.now();
  const cgroup =
    isolation.cgroup === null ? null : createRunCgroup(isolation.cgroup, command.limits);
  const bwrapPath = isolation.tier === 'namespaces' ? isolation.bwrapPath : null;
  const filter = bwrapPath !== null && isolation.seccomp ? seccompFilter() : null;
  const inner =
    bwrapPath !== null
      ? [bwrapPath, ...bwrapArgs(command, filter !== null), '--', ...command.argv]
      : [...command.argv];
  const limited = [...prlimitArgs(isolation, command.limits, cgroup !== null, !retune), ...inner];
  const full =
    cgroup === null
      ? limited
      : [
          '/bin/sh',
          '-c',
          JOIN_CGROUPS,
          'sh',
          String(cgroup.procsFiles.length),
          ...cgroup.procsFiles,
          ...limited,
        ];
  const [file, ...args] = full;
  if (file === undefined) throw new Error('runSandboxed: empty command');

  const env = isolation.tier === 'namespaces' ? { PATH: '/usr/bin:/bin' } : { ...command.env };
  const child = spawn(file, args, {
    cwd: command.boxDir,
    env,
    // The wrappers before bwrap (sh, prlimit) exec in place and keep fd 4; bwrap reads the
    // filter to its end and closes it before it starts the sandbox, so the candidate never has it.
    stdio:
      filter === null ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'],
    // Own process group: one kill reaches every process the run started (outside namespaces too).
    detached: true,
  });

  let limits = command.limits;
  let onChannelLine: ((line: string) => void) | undefined;
  let claimed = false;
  let idleExitListener: (() => void) | null = null;
  let killedFor: KillReason | null = null;
  let outputBytes = 0;
  const stdoutChunks: Buffer[] = [];
  let stdoutKept = 0;
  const stderrChunks: Buffer[] = [];
  let stderrKept = 0;
  let exited = false;
  let wallDeadline: Deadline | undefined;
  let removal: Promise<void> = Promise.resolve();

  const killTree = (): void => {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    }
    cgroup?.killAll();
  };
  const demand = (): Demand | null =>
    child.pid === undefined || exited ? null : readDemand(processTree(child.pid));
  const kill = (reason: KillReason): void => {
    if (exited) return;
    killedFor ??= reason;
    killTree();
  };

  const countOutput = (chunk: Buffer, into: Buffer[], kept: number, cap: number): number => {
    outputBytes += chunk.length;
    let keptNow = kept;
    if (keptNow < cap) {
      const part = chunk.subarray(0, cap - keptNow);
      into.push(part);
      keptNow += part.length;
    }
    if (outputBytes > limits.maxOutputBytes) kill('output');
    return keptNow;
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutKept = countOutput(chunk, stdoutChunks, stdoutKept, limits.maxOutputBytes);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderrKept = countOutput(chunk, stderrChunks, stderrKept, KEPT_STDERR_BYTES);
  });

  const channel = child.stdio[3];
  let pending = '';
  let channelBytes = 0;
  if (channel !== null && channel !== undefined && 'on' in channel) {
    channel.on('data', (chunk: Buffer) => {
      channelBytes += chunk.length;
      if (channelBytes > 4 * limits.maxOutputBytes + 1024 * 1024) {
        kill('output');
        return;
      }
      pending += chunk.toString('utf8');
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        onChannelLine?.(line);
        newline = pending.indexOf('\n');
      }
    });
    channel.on('error', () => undefined);
  }
  child.stdin.on('error', () => undefined); // the candidate may exit without reading its input
  const filterPipe = child.stdio[SECCOMP_FD];
  if (filter !== null && filterPipe !== null && filterPipe !== undefined && 'end' in filterPipe) {
    filterPipe.on('error', () => undefined); // a wrapper that failed before bwrap never reads it
    filterPipe.end(filter);
  }

  const exit = new Promise<SandboxExit>((resolve) => {
    let settled = false;
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      exited = true;
      wallDeadline?.cancel();
      killTree(); // nothing the run started may outlive it
      const oomKilled = cgroup?.wasOomKilled() ?? false;
      const hitMemoryLimit = cgroup?.hitMemoryLimit() ?? false;
      const peakMemoryKb = cgroup?.peakMemoryKb() ?? null;
      resolve({
        exitCode,
        signal,
        stdout: Buffer.concat(stdoutChunks).toString('utf8'),
        stderr: Buffer.concat(stderrChunks).toString('utf8'),
        killedFor,
        oomKilled,
        hitMemoryLimit,
        peakMemoryKb,
        wallMs: performance.now() - started,
      });
      // Removal can lag behind a dying process; the verdict does not wait for it.
      removal = cgroup?.remove() ?? Promise.resolve();
      if (!claimed) idleExitListener?.();
    };
    child.on('error', () => finish(null, null));
    child.on('close', (code, signal) => finish(code, signal));
    // A grandchild that escaped the group could hold the pipes open forever; do not wait on it.
    child.on('exit', (code, signal) => setTimeout(() => finish(code, signal), 200).unref());
  });

  /**
   * A pre-started process got generous limits at start (the submission was unknown); now the
   * submission's own apply: memory through the cgroup, CPU time (and the fallback memory rlimit)
   * on every process of the tree. Lowering needs no privilege.
   */
  const applyLimits = (next: SandboxLimits): void => {
    if (cgroup !== null) {
      // The cgroup carries the memory limit; the CPU-time rlimit stays the generous one from the
      // start: the judge's wall and per-test timers kill a busy loop long before it matters, and
      // retuning it spawns a shell and a prlimit per process that compete with the candidate's
      // tests for the CPU (~4 ms of a warm verdict, measured).
      cgroup.setMemoryLimit(next.memoryBytes); // throws when the limit is below what is in use: the caller goes cold
      return;
    }
    if (isolation.prlimitPath === null || child.pid === undefined) return;
    const flags = [`--cpu=${String(next.cpuSeconds)}:${String(next.cpuSeconds + 1)}`];
    if (next.fallbackMemoryLimit !== null)
      flags.push(`--${next.fallbackMemoryLimit.kind}=${String(next.fallbackMemoryLimit.bytes)}`);
    // A sandbox claimed while still starting may fork after this snapshot; its CPU backstop then
    // rests on the judge's wall and per-test timers, which fire first in any case.
    const pids = processTree(child.pid);
    // One spawn for every pid (flags never contain spaces, so the unquoted $a $b split as meant).
    const loop = 'p=$1; a=$2; b=$3; shift 3; for pid; do "$p" --pid "$pid" $a $b 2>/dev/null; done';
    const retuner = spawn(
      '/bin/sh',
      [
        '-c',
        loop,
        'sh',
        isolation.prlimitPath,
        flags[0] ?? '',
        flags[1] ?? '',
        ...pids.map(String),
      ],
      { stdio: 'ignore' },
    );
    retuner.on('error', () => undefined);
  };

  return {
    alive: () => !exited,
    processIds: () => (child.pid === undefined || exited ? [] : processTree(child.pid)),
    settled: () => exit.then(() => removal),
    onIdleExit: (listener) => {
      idleExitListener = listener;
    },
    dispose: () => {
      if (claimed) return;
      claimed = true;
      killTree();
    },
    claim: (claim) => {
      if (claimed) throw new Error('a sandbox serves one submission only');
      claimed = true;
      limits = claim.limits;
      onChannelLine = claim.onChannelLine;
      if (retune) {
        started = performance.now();
        try {
          applyLimits(claim.limits);
        } catch (error) {
          killTree();
          throw error;
        }
      }
      writeInput(child.stdin, claim.stdin);
      if (!exited) {
        wallDeadline = startDeadline({
          afterMs: claim.limits.wallMs,
          cpuBudgetMs: claim.limits.cpuSeconds * 1000,
          demand,
          onExpire: () => kill('time'),
        });
      }
      return { exit, kill, dispose: killTree, demand };
    },
  };
}

/** Starts a sandboxed process now, for a submission that comes later (the warm path). */
export function prestartSandboxed(
  isolation: IsolationInfo,
  command: SandboxStart,
): PrestartedSandbox {
  return startProcess(isolation, command, true);
}

export function runSandboxed(isolation: IsolationInfo, command: SandboxCommand): SandboxRun {
  return startProcess(isolation, command, false).claim(command);
}
