/**
 * The compilers and interpreters on this machine, found once and resolved to
 * real paths (pyenv shims and /etc/alternatives links do not exist inside the
 * sandbox), for the sandbox mounts and for `onsite doctor`.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Language } from '@onsite/core';
import { version as esbuildVersion } from 'esbuild';

export interface Toolchain {
  readonly available: boolean;
  readonly version: string | null;
  /** Why it is unavailable, in words. */
  readonly reason: string | null;
  /** Executables by role (`node`, `python`, `javac`, `java`, `g++`). */
  readonly binaries: Readonly<Record<string, string>>;
  /** Directories outside /usr the sandbox must expose read-only. */
  readonly readOnlyPaths: readonly string[];
}

export type Toolchains = Readonly<Record<Language, Toolchain>>;

function run(file: string, args: readonly string[]): { ok: boolean; out: string } {
  const result = spawnSync(file, args, { encoding: 'utf8', timeout: 15_000 });
  return { ok: result.status === 0, out: `${result.stdout}${result.stderr}`.trim() };
}

function resolveCommand(command: string): string | null {
  const found = spawnSync('/bin/sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path.startsWith('/')) return null;
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

const missing = (reason: string): Toolchain => ({
  available: false,
  version: null,
  reason,
  binaries: {},
  readOnlyPaths: [],
});

function detectNode(): Toolchain {
  const node = resolveCommand('node');
  if (node === null) return missing('node is not on PATH');
  const probe = run(node, ['--version']);
  return probe.ok
    ? {
        available: true,
        version: `Node.js ${probe.out}`,
        reason: null,
        binaries: { node },
        readOnlyPaths: [dirname(dirname(node))],
      }
    : missing(probe.out);
}

function detectPython(): Toolchain {
  const python = resolveCommand('python3');
  if (python === null) return missing('python3 is not on PATH');
  // pyenv's python3 is a shell shim: ask the interpreter where it really lives.
  const probe = run(python, [
    '-c',
    'import sys, json; print(json.dumps([sys.executable, sys.prefix, sys.base_prefix, sys.version.split()[0]]))',
  ]);
  if (!probe.ok) return missing(probe.out);
  try {
    const [executable, prefix, basePrefix, version] = JSON.parse(
      probe.out.split('\n').pop() ?? '',
    ) as [string, string, string, string];
    return {
      available: true,
      version: `Python ${version}`,
      reason: null,
      binaries: { python: realpathSync(executable) },
      readOnlyPaths: [prefix, basePrefix],
    };
  } catch {
    return missing(`could not read python3's location: ${probe.out}`);
  }
}

function detectJava(): Toolchain {
  const javac = resolveCommand('javac');
  const java = resolveCommand('java');
  if (javac === null || java === null) return missing('javac and java (a JDK) are not on PATH');
  const probe = run(java, ['-version']);
  if (!probe.ok) return missing(probe.out);
  const home = dirname(dirname(javac));
  // Debian links the JDK's conf files into /etc/java-N-openjdk.
  const paths = [home];
  try {
    paths.push(dirname(realpathSync(`${home}/lib/jvm.cfg`)));
  } catch {
    // Not a Debian layout: the JDK home is enough.
  }
  return {
    available: true,
    version: probe.out.split('\n')[0] ?? null,
    reason: null,
    binaries: { javac, java },
    readOnlyPaths: paths,
  };
}

function detectCpp(): Toolchain {
  const gpp = resolveCommand('g++');
  if (gpp === null) return missing('g++ is not on PATH');
  const probe = run(gpp, ['-dumpfullversion']);
  return probe.ok
    ? {
        available: true,
        version: `g++ ${probe.out}`,
        reason: null,
        binaries: { 'g++': gpp },
        readOnlyPaths: [],
      }
    : missing(probe.out);
}

let cached: Toolchains | null = null;

/** Per language: whether it works here, its version, and why not. Cached for the process. */
export function detectToolchains(): Toolchains {
  if (cached !== null) return cached;
  const node = detectNode();
  const typescript: Toolchain = node.available
    ? { ...node, version: `${node.version ?? ''} + esbuild ${esbuildVersion}` }
    : node;
  const found: Record<Language, Toolchain> = {
    javascript: node,
    typescript,
    python: detectPython(),
    java: detectJava(),
    cpp: detectCpp(),
  };
  cached = found;
  return cached;
}
