/**
 * Which isolation this machine offers, probed once at start by actually
 * trying it (a bwrap that exists but cannot create namespaces is useless).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IsolationTier } from '@onsite/core';
import { hostSeccompArch, seccompProgram } from './seccomp';

/** A cgroup hierarchy we may create children in, for memory and process accounting. */
export interface CgroupSupport {
  readonly version: 1 | 2;
  /** Parent directory for per-run memory cgroups (v2: the one directory for everything). */
  readonly memoryParent: string;
  /** Parent directory for per-run pids cgroups (v1 only; v2 uses memoryParent). */
  readonly pidsParent: string | null;
}

export interface IsolationInfo {
  readonly tier: IsolationTier;
  readonly bwrapPath: string | null;
  readonly prlimitPath: string | null;
  readonly cgroup: CgroupSupport | null;
  /** The seccomp filter (seccomp.ts) was accepted by bwrap here and is applied to every namespaced run. */
  readonly seccomp: boolean;
  /** What is missing, in words for `onsite doctor` and the API. */
  readonly notes: readonly string[];
}

function which(command: string): string | null {
  const found = spawnSync('/bin/sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path.startsWith('/') ? path : null;
}

/**
 * The bwrap flags every namespaced process starts with, the probe's and each run's: every
 * namespace unshared, nobody's uid and gid, no capabilities, gone when its parent goes.
 */
export const UNPRIVILEGED_NAMESPACES: readonly string[] = [
  '--unshare-all',
  '--unshare-user',
  '--uid',
  '65534',
  '--gid',
  '65534',
  '--die-with-parent',
  '--new-session',
  '--cap-drop',
  'ALL',
];

/**
 * The smallest sandbox the judge uses: if this runs, every namespace it needs exists. With a
 * filter, bwrap reads it from fd 0 (the probe's stdin) and installs it before starting `true`.
 */
function probeBwrap(bwrapPath: string, seccomp: Buffer | null): { ok: boolean; reason: string } {
  const probe = spawnSync(
    bwrapPath,
    [
      ...UNPRIVILEGED_NAMESPACES,
      '--ro-bind',
      '/usr',
      '/usr',
      '--symlink',
      'usr/bin',
      '/bin',
      '--symlink',
      'usr/lib',
      '/lib',
      '--symlink',
      'usr/lib64',
      '/lib64',
      '--proc',
      '/proc',
      '--dev',
      '/dev',
      '--tmpfs',
      '/tmp',
      ...(seccomp === null ? [] : ['--seccomp', '0']),
      '/usr/bin/true',
    ],
    { encoding: 'utf8', timeout: 5000, ...(seccomp === null ? {} : { input: seccomp }) },
  );
  if (probe.status === 0) return { ok: true, reason: '' };
  return {
    ok: false,
    reason: (probe.stderr || probe.error?.message || `exit ${String(probe.status)}`).trim(),
  };
}

function ownCgroupPath(controller: string | null): string | null {
  let text: string;
  try {
    text = readFileSync('/proc/self/cgroup', 'utf8');
  } catch {
    return null;
  }
  for (const line of text.split('\n')) {
    const [, controllers, path] = line.split(':');
    if (controllers === undefined || path === undefined) continue;
    if (
      controller === null
        ? controllers === '' && line.startsWith('0::')
        : controllers.split(',').includes(controller)
    )
      return path;
  }
  return null;
}

/** True when we may create a child cgroup under `parent` that has `file` (the controller is usable there). */
function canCreateChild(parent: string, file: string): boolean {
  const probe = join(parent, `onsite-probe-${String(process.pid)}`);
  try {
    mkdirSync(probe);
  } catch {
    return false;
  }
  const usable = existsSync(join(probe, file));
  try {
    rmdirSync(probe);
  } catch {
    // An empty probe directory left behind is harmless.
  }
  return usable;
}

export function detectCgroups(): CgroupSupport | null {
  // v2 (unified): our own cgroup must delegate the memory and pids controllers to children.
  if (existsSync('/sys/fs/cgroup/cgroup.controllers')) {
    const own = ownCgroupPath(null);
    if (own !== null) {
      const parent = join('/sys/fs/cgroup', own);
      if (canCreateChild(parent, 'memory.max') && canCreateChild(parent, 'pids.max'))
        return { version: 2, memoryParent: parent, pidsParent: null };
    }
    return null;
  }
  // v1: nest under our own memory cgroup so that any limit on us still applies to the runs.
  const memory = ownCgroupPath('memory');
  if (memory === null) return null;
  const memoryParent = join('/sys/fs/cgroup/memory', memory);
  if (!canCreateChild(memoryParent, 'memory.limit_in_bytes')) return null;
  const pids = ownCgroupPath('pids');
  const pidsParent = pids === null ? null : join('/sys/fs/cgroup/pids', pids);
  return {
    version: 1,
    memoryParent,
    pidsParent: pidsParent !== null && canCreateChild(pidsParent, 'pids.max') ? pidsParent : null,
  };
}

let cached: IsolationInfo | null = null;

/** Probes bwrap, prlimit and cgroups; the answer is cached for the life of the process. */
export function detectIsolation(): IsolationInfo {
  if (cached !== null) return cached;
  const notes: string[] = [];
  const bwrapPath = which('bwrap');
  const prlimitPath = which('prlimit');
  const cgroup = process.platform === 'linux' ? detectCgroups() : null;
  let namespaces = false;
  let seccomp = false;
  if (bwrapPath === null)
    notes.push(
      'bubblewrap (bwrap) is not installed: no namespaces; install the Debian package bubblewrap.',
    );
  else {
    const probe = probeBwrap(bwrapPath, null);
    namespaces = probe.ok;
    if (!probe.ok) notes.push(`bwrap cannot create namespaces here: ${probe.reason}`);
  }
  if (namespaces && bwrapPath !== null) {
    const arch = hostSeccompArch();
    if (arch === null)
      notes.push(
        `no seccomp filter for the CPU architecture ${process.arch}: namespaces without a syscall filter.`,
      );
    else {
      const probe = probeBwrap(bwrapPath, seccompProgram(arch));
      seccomp = probe.ok;
      if (!probe.ok) notes.push(`bwrap cannot install the seccomp filter here: ${probe.reason}`);
    }
  }
  if (prlimitPath === null)
    notes.push('prlimit (util-linux) is missing: no CPU, file-size or open-file limits.');
  if (cgroup === null)
    notes.push(
      'no writable cgroup: memory is limited by RLIMIT_AS/RLIMIT_DATA and processes by RLIMIT_NPROC instead.',
    );
  else if (cgroup.version === 1 && cgroup.pidsParent === null)
    notes.push(
      'the cgroup v1 pids controller is not writable: processes are limited by RLIMIT_NPROC.',
    );
  const tier: IsolationTier =
    namespaces && prlimitPath !== null ? 'namespaces' : prlimitPath !== null ? 'rlimits' : 'none';
  cached = {
    tier,
    bwrapPath: namespaces ? bwrapPath : null,
    prlimitPath,
    cgroup,
    seccomp: tier === 'namespaces' && seccomp,
    notes,
  };
  return cached;
}
