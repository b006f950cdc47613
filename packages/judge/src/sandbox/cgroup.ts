/**
 * One cgroup per sandboxed run: the memory limit, the peak, the OOM count, a
 * process cap, and a way to kill every process in it at once.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CgroupSupport } from './isolation';

export interface RunCgroup {
  /** Files the wrapper writes its pid into before exec, so nothing escapes accounting. */
  readonly procsFiles: readonly string[];
  peakMemoryKb(): number | null;
  wasOomKilled(): boolean;
  /**
   * Whether usage ever reached the memory limit (the kernel then reclaims, and a run that keeps
   * allocating thrashes there, mostly blocked, until the OOM killer comes: slowly on a busy machine).
   */
  hitMemoryLimit(): boolean;
  killAll(): void;
  /** Changes the memory limit of a running cgroup (a pre-started sandbox learns its submission's limit late). */
  setMemoryLimit(bytes: number): void;
  remove(): Promise<void>;
}

function readNumber(path: string): number | null {
  try {
    const value = Number(readFileSync(path, 'utf8').trim());
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

function readKeyed(path: string, key: string): number {
  try {
    const line = readFileSync(path, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${key} `));
    return line === undefined ? 0 : Number(line.slice(key.length + 1));
  } catch {
    return 0;
  }
}

function pidsIn(dir: string): number[] {
  try {
    return readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function killPids(dir: string): void {
  for (const pid of pidsIn(dir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

async function removeDir(dir: string): Promise<void> {
  // rmdir fails while the kernel still counts a dying process in the cgroup (an OOM kill can
  // take a while under load): retry with backoff for up to ~10 s.
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      rmdirSync(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      killPids(dir);
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(10 * 2 ** Math.floor(attempt / 10), 400)),
      );
    }
  }
}

export function createRunCgroup(
  support: CgroupSupport,
  limits: { memoryBytes: number; maxProcesses: number },
): RunCgroup | null {
  const name = `onsite-run-${randomBytes(6).toString('hex')}`;
  try {
    if (support.version === 2) {
      const dir = join(support.memoryParent, name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'memory.max'), String(limits.memoryBytes));
      try {
        writeFileSync(join(dir, 'memory.swap.max'), '0');
      } catch {
        // No swap accounting: nothing to cap.
      }
      writeFileSync(join(dir, 'pids.max'), String(limits.maxProcesses));
      return {
        procsFiles: [join(dir, 'cgroup.procs')],
        peakMemoryKb: () => {
          const peak = readNumber(join(dir, 'memory.peak'));
          return peak === null ? null : Math.round(peak / 1024);
        },
        wasOomKilled: () => readKeyed(join(dir, 'memory.events'), 'oom_kill') > 0,
        hitMemoryLimit: () => readKeyed(join(dir, 'memory.events'), 'max') > 0,
        killAll: () => {
          try {
            writeFileSync(join(dir, 'cgroup.kill'), '1');
          } catch {
            killPids(dir);
          }
        },
        setMemoryLimit: (bytes) => writeFileSync(join(dir, 'memory.max'), String(bytes)),
        remove: () => removeDir(dir),
      };
    }
    const memoryDir = join(support.memoryParent, name);
    mkdirSync(memoryDir);
    writeFileSync(join(memoryDir, 'memory.limit_in_bytes'), String(limits.memoryBytes));
    try {
      writeFileSync(join(memoryDir, 'memory.memsw.limit_in_bytes'), String(limits.memoryBytes));
    } catch {
      // No swap accounting on this kernel.
    }
    let pidsDir: string | null = null;
    if (support.pidsParent !== null) {
      pidsDir = join(support.pidsParent, name);
      mkdirSync(pidsDir);
      writeFileSync(join(pidsDir, 'pids.max'), String(limits.maxProcesses));
    }
    const dirs = pidsDir === null ? [memoryDir] : [memoryDir, pidsDir];
    return {
      procsFiles: dirs.map((dir) => join(dir, 'cgroup.procs')),
      peakMemoryKb: () => {
        const peak = readNumber(join(memoryDir, 'memory.max_usage_in_bytes'));
        return peak === null ? null : Math.round(peak / 1024);
      },
      wasOomKilled: () => readKeyed(join(memoryDir, 'memory.oom_control'), 'oom_kill') > 0,
      hitMemoryLimit: () => (readNumber(join(memoryDir, 'memory.failcnt')) ?? 0) > 0,
      killAll: () => {
        for (const dir of dirs) killPids(dir);
      },
      setMemoryLimit: (bytes) => {
        // memory.memsw.limit_in_bytes may never be below memory.limit_in_bytes: the order depends on the direction.
        const memory = join(memoryDir, 'memory.limit_in_bytes');
        const memsw = join(memoryDir, 'memory.memsw.limit_in_bytes');
        const current = readNumber(memory) ?? 0;
        const files = bytes < current ? [memory, memsw] : [memsw, memory];
        for (const file of files) {
          try {
            writeFileSync(file, String(bytes));
          } catch (error) {
            if (file === memory) throw error; // swap accounting may be absent; the memory limit may not
          }
        }
      },
      remove: async () => {
        for (const dir of dirs) await removeDir(dir);
      },
    };
  } catch {
    return null;
  }
}
