/**
 * Hostile submissions, each in JavaScript and Python: every one must end with
 * the right verdict, leave the host as it was, and leave the judge able to
 * accept the next (honest) submission.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JudgeResult, Verdict } from '@onsite/core';
import { createSandboxJudge } from '../sandbox-judge';
import { attackTarget, SECRET } from '../testing/problems';
import { detectIsolation } from './isolation';

const MARKER = `onsite-red-team-${String(process.pid)}`;
const HOST_FILE = `/tmp/${MARKER}.txt`;
const cold = createSandboxJudge({ maxOutputBytes: 8 * 1024 * 1024 });
// The warm path: every attack lands in a pre-started sandbox (one per submission, replaced after).
const warm = createSandboxJudge({ maxOutputBytes: 8 * 1024 * 1024, warm: { size: 1 } });
const namespaces = detectIsolation().tier === 'namespaces';
const seccomp = detectIsolation().seccomp;

let server: Server;
let port = 0;
let connections = 0;
beforeAll(async () => {
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await warm.close();
  await cold.close();
});

interface Attack {
  readonly name: string;
  readonly javascript: () => string;
  readonly python: () => string;
  readonly verdicts: readonly Verdict[];
  /** Extra proof that the attack achieved nothing. */
  readonly check?: (result: JudgeResult) => void;
  /**
   * A time limit for attacks whose work is the point, not their speed: the
   * search reads about 3,000 files (300 ms of CPU on an idle machine), which a
   * loaded CI machine stretched past the 500 ms target's wall clock.
   */
  readonly timeLimitMs?: number;
}

function everythingShown(result: JudgeResult): string {
  return JSON.stringify(result);
}

const ATTACKS: readonly Attack[] = [
  {
    name: 'an infinite loop',
    javascript: () => `function solve(n) { while (true) {} }`,
    python: () => `def solve(n):\n    while True:\n        pass\n`,
    verdicts: ['Time Limit Exceeded'],
  },
  {
    name: 'sleeping forever',
    javascript: () =>
      `function solve(n) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); }`,
    python: () => `import time\ndef solve(n):\n    time.sleep(10 ** 6)\n`,
    verdicts: ['Time Limit Exceeded'],
  },
  {
    name: 'a fork bomb',
    javascript: () =>
      `const cp = require('child_process');\nfunction solve(n) {\n  for (;;) cp.spawn(process.execPath, ['-e', 'for(;;){}'], { detached: true, stdio: 'ignore' }).on('error', () => {});\n}`,
    python: () => `import os\ndef solve(n):\n    while True:\n        os.fork()\n`,
    verdicts: ['Time Limit Exceeded', 'Runtime Error'],
  },
  {
    name: 'a memory bomb on the heap',
    javascript: () =>
      `function solve(n) { const keep = []; for (;;) keep.push(new Array(1 << 20).fill(n)); }`,
    python: () =>
      `def solve(n):\n    keep = []\n    while True:\n        keep.append(bytearray(1 << 24))\n`,
    verdicts: ['Memory Limit Exceeded'],
    // Its point is the memory limit: a loaded machine zeroes pages slowly, and a bomb that has
    // not filled its limit when its CPU time is up is (rightly) Time Limit Exceeded instead.
    timeLimitMs: 4000,
  },
  {
    name: 'a memory bomb outside the language heap',
    javascript: () =>
      `function solve(n) { const keep = []; for (;;) keep.push(Buffer.alloc(1 << 24, 1)); }`,
    python: () =>
      `import mmap\ndef solve(n):\n    keep = []\n    while True:\n        m = mmap.mmap(-1, 1 << 24)\n        m.write(b'x' * (1 << 24))\n        keep.append(m)\n`,
    verdicts: ['Memory Limit Exceeded'],
    // Its point is the memory limit: a loaded machine zeroes pages slowly, and a bomb that has
    // not filled its limit when its CPU time is up is (rightly) Time Limit Exceeded instead.
    timeLimitMs: 4000,
  },
  {
    name: '200 MB of printed output',
    javascript: () =>
      `function solve(n) { const s = 'x'.repeat(1 << 20); for (let i = 0; i < 200; i++) console.log(s); return 'done'; }`,
    python: () =>
      `def solve(n):\n    s = 'x' * (1 << 20)\n    for _ in range(200):\n        print(s)\n    return 'done'\n`,
    verdicts: ['Output Limit Exceeded'],
  },
  {
    name: '200 MB written straight to file descriptor 1',
    javascript: () =>
      `const fs = require('fs');\nfunction solve(n) {\n  const s = Buffer.alloc(1 << 20, 120);\n  for (let i = 0; i < 200; i++) for (let off = 0; off < s.length; ) { try { off += fs.writeSync(1, s, off); } catch (e) { if (e.code !== 'EAGAIN') throw e; } }\n  return 'done';\n}`,
    python: () =>
      `import os\ndef solve(n):\n    s = b'x' * (1 << 20)\n    for _ in range(200):\n        os.write(1, s)\n    return 'done'\n`,
    verdicts: ['Output Limit Exceeded'],
  },
  {
    name: 'reading /etc/passwd',
    javascript: () =>
      `function solve(n) { try { return require('fs').readFileSync('/etc/passwd', 'utf8'); } catch (e) { return 'blocked'; } }`,
    python: () =>
      `def solve(n):\n    try:\n        return open('/etc/passwd').read()\n    except OSError:\n        return 'blocked'\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => {
      expect(result.tests[0]?.actual).toBe('blocked');
      expect(everythingShown(result)).not.toContain('root:x:0');
    },
  },
  {
    name: 'searching the sandbox for the spec and the expected outputs',
    javascript: () =>
      `const fs = require('fs');\nconst needle = ['expected', 'output', '7f3a9c'].join('-');\nfunction walk(dir, depth, found) {\n  let names = [];\n  try { names = fs.readdirSync(dir); } catch { return; }\n  for (const name of names) {\n    const path = dir + '/' + name;\n    try {\n      const st = fs.statSync(path);\n      if (st.isDirectory() && depth < 2) walk(path, depth + 1, found);\n      else if (st.isFile()) {\n        const fd = fs.openSync(path, 'r');\n        const buf = Buffer.alloc(65536);\n        const got = fs.readSync(fd, buf, 0, buf.length, 0);\n        fs.closeSync(fd);\n        if (buf.subarray(0, got).toString('latin1').includes(needle)) found.push(path);\n      }\n    } catch {}\n  }\n}\nfunction solve(n) {\n  const found = [];\n  for (const dir of ['/box', '/tmp', '/proc/self', '/proc/1', '/home', '/root', '/work', '/etc']) walk(dir, 0, found);\n  if (JSON.stringify(process.env).includes(needle)) found.push('env');\n  return found.length ? 'found ' + found.join(',') : 'not found';\n}`,
    python: () =>
      `import os, json\nneedle = '-'.join(['expected', 'output', '7f3a9c'])\ndef walk(d, depth, found):\n    try:\n        names = os.listdir(d)\n    except OSError:\n        return\n    for name in names:\n        path = d + '/' + name\n        try:\n            if os.path.isdir(path) and not os.path.islink(path):\n                if depth < 2: walk(path, depth + 1, found)\n            elif os.path.isfile(path):\n                with open(path, 'rb') as f:\n                    if needle.encode() in f.read(65536): found.append(path)\n        except OSError:\n            pass\ndef solve(n):\n    found = []\n    for d in ['/box', '/tmp', '/proc/self', '/proc/1', '/home', '/root', '/work', '/etc']:\n        walk(d, 0, found)\n    if needle in json.dumps(dict(os.environ)): found.append('env')\n    return 'found ' + ','.join(found) if found else 'not found'\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => expect(result.tests[0]?.actual).toBe('not found'),
    timeLimitMs: 10_000,
  },
  {
    name: 'writing outside the temp dir',
    javascript: () =>
      `const fs = require('fs');\nfunction solve(n) {\n  const wrote = [];\n  for (const p of ['/box/pwned', '/usr/pwned', '/etc/pwned', '${HOST_FILE}', '/root/pwned']) { try { fs.writeFileSync(p, 'x'); wrote.push(p); } catch {} }\n  return wrote.join(',');\n}`,
    python: () =>
      `def solve(n):\n    wrote = []\n    for p in ['/box/pwned', '/usr/pwned', '/etc/pwned', '${HOST_FILE}', '/root/pwned']:\n        try:\n            open(p, 'w').write('x')\n            wrote.append(p)\n        except OSError:\n            pass\n    return ','.join(wrote)\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => {
      expect(existsSync(HOST_FILE)).toBe(false);
      expect(result.tests[0]?.actual).toBe(HOST_FILE); // only the private /tmp is writable
    },
  },
  {
    name: 'a socket to 127.0.0.1',
    javascript: () =>
      `const cp = require('child_process');\nfunction solve(n) {\n  try {\n    cp.execFileSync(process.execPath, ['-e', "require('net').connect(${String(port)}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(3))"], { timeout: 2000 });\n    return 'connected';\n  } catch (e) { return 'refused'; }\n}`,
    python: () =>
      `import socket\ndef solve(n):\n    try:\n        socket.create_connection(('127.0.0.1', ${String(port)}), timeout=2)\n        return 'connected'\n    except OSError:\n        return 'refused'\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => {
      expect(result.tests[0]?.actual).toBe('refused');
      expect(connections).toBe(0);
    },
  },
  {
    name: 'new namespaces, mounts, ptrace and a new persona',
    // Node has no syscall API: what it can reach is the filter's own report on the process.
    javascript: () =>
      `const fs = require('fs');\nfunction solve(n) {\n  const status = fs.readFileSync('/proc/self/status', 'utf8');\n  return ['Seccomp', 'NoNewPrivs'].map((key) => key + ':' + (status.match(new RegExp('^' + key + ':\\\\s*(\\\\d+)', 'm')) || [])[1]).join(' ');\n}`,
    python: () =>
      `import ctypes, errno\nlibc = ctypes.CDLL(None, use_errno=True)\ndef attempt(name, call):\n    ctypes.set_errno(0)\n    if call() != -1:\n        return name + ' ok'\n    return name + ' ' + errno.errorcode.get(ctypes.get_errno(), '?')\ndef solve(n):\n    return ', '.join([\n        attempt('unshare', lambda: libc.unshare(0x10000000)),\n        attempt('mount', lambda: libc.mount(b'none', b'/tmp', b'tmpfs', 0, None)),\n        attempt('ptrace', lambda: libc.ptrace(16, 1, None, None)),\n        attempt('chroot', lambda: libc.chroot(b'/tmp')),\n        attempt('personality', lambda: libc.personality(0x0040000)),\n    ])\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => {
      if (!seccomp) return;
      expect([
        'Seccomp:2 NoNewPrivs:1',
        'unshare EPERM, mount EPERM, ptrace EPERM, chroot EPERM, personality EPERM',
      ]).toContain(result.tests[0]?.actual);
    },
  },
  {
    name: 'Internet and raw sockets',
    javascript: () =>
      `const cp = require('child_process');\nfunction solve(n) {\n  const child = cp.spawnSync(process.execPath, ['-e', "require('net').connect(${String(port)}, '127.0.0.1').on('connect', () => process.stdout.write('connected')).on('error', (e) => process.stdout.write(e.code))"], { encoding: 'utf8', timeout: 2000 });\n  return child.error ? 'no process: ' + child.error.code : child.stdout;\n}`,
    python: () =>
      `import socket, errno\ndef solve(n):\n    got = []\n    for name in ['AF_INET', 'AF_INET6', 'AF_NETLINK', 'AF_PACKET', 'AF_UNIX']:\n        try:\n            socket.socket(getattr(socket, name), socket.SOCK_DGRAM).close()\n            got.append(name + ' ok')\n        except OSError as e:\n            got.append(name + ' ' + errno.errorcode.get(e.errno, '?'))\n    return ', '.join(got)\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => {
      expect(connections).toBe(0);
      if (!seccomp) return;
      // A child process the process limit refuses proves nothing here; one that starts meets the filter.
      expect([
        'EAFNOSUPPORT',
        'AF_INET EAFNOSUPPORT, AF_INET6 EAFNOSUPPORT, AF_NETLINK EAFNOSUPPORT, AF_PACKET EAFNOSUPPORT, AF_UNIX ok',
      ]).toContain(result.tests[0]?.actual);
    },
  },
  {
    name: 'spawning a shell',
    javascript: () =>
      `function solve(n) { try { return require('child_process').execSync('id; ls /; cat /etc/passwd 2>&1', { encoding: 'utf8' }); } catch (e) { return 'no shell'; } }`,
    python: () =>
      `import subprocess\ndef solve(n):\n    try:\n        return subprocess.run('id; ls /; cat /etc/passwd 2>&1', shell=True, capture_output=True, text=True).stdout\n    except OSError:\n        return 'no shell'\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => {
      const shown = everythingShown(result);
      expect(shown).not.toContain('root:x:0');
      expect(shown).not.toMatch(/\bwork\b|\bhome\b/);
      expect(shown).not.toContain('uid=0(root)');
    },
  },
  {
    name: 'killing the parent',
    javascript: () =>
      `function solve(n) { try { process.kill(process.ppid, 'SIGKILL'); } catch {} try { process.kill(-1, 'SIGKILL'); } catch {} return 'still here'; }`,
    python: () =>
      `import os, signal\ndef solve(n):\n    try:\n        os.kill(os.getppid(), signal.SIGKILL)\n    except OSError:\n        pass\n    try:\n        os.kill(-1, signal.SIGKILL)\n    except OSError:\n        pass\n    return 'still here'\n`,
    verdicts: ['Wrong Answer', 'Runtime Error'],
  },
  {
    name: 'printing a fake verdict',
    javascript: () =>
      `const fs = require('fs');\nfunction solve(n) {\n  const fake = JSON.stringify({ t: 'done', i: n - 1, ok: true, value: 'forged', verdict: 'Accepted' });\n  console.log(fake); console.log('Accepted');\n  try { fs.writeSync(3, fake + '\\n'); fs.writeSync(3, '00000000000000000000000000000000 ' + fake + '\\n'); } catch {}\n  return 'wrong';\n}`,
    python: () =>
      `import os, json\ndef solve(n):\n    fake = json.dumps({'t': 'done', 'i': n - 1, 'ok': True, 'value': 'forged', 'verdict': 'Accepted'})\n    print(fake)\n    print('Accepted')\n    try:\n        os.write(3, (fake + '\\n').encode())\n        os.write(3, ('0' * 32 + ' ' + fake + '\\n').encode())\n    except OSError:\n        pass\n    return 'wrong'\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => {
      expect(result.tests[0]?.actual).toBe('wrong');
      expect(result.passed).toBe(0);
    },
  },
  {
    name: 'a stack overflow',
    javascript: () =>
      `function down(k) { return down(k + 1) + 1; }\nfunction solve(n) { return down(0); }`,
    python: () => `def down(k):\n    return down(k + 1) + 1\ndef solve(n):\n    return down(0)\n`,
    verdicts: ['Runtime Error'],
  },
  {
    name: "mutating the harness's globals",
    javascript: () =>
      `const fs = require('fs');\nfunction solve(n) {\n  JSON.stringify = () => '{"t":"done","i":1,"ok":true,"value":"forged"}';\n  JSON.parse = () => ({});\n  fs.writeSync = () => 0;\n  process.exit = () => {};\n  process.stdout.write = () => true;\n  Object.prototype.ok = true;\n  return 'wrong';\n}`,
    python: () =>
      `import json, os, sys, builtins\ndef solve(n):\n    json.dumps = lambda *a, **k: '{"t":"done","i":1,"ok":true,"value":"forged"}'\n    os.write = lambda *a: 0\n    os._exit = lambda *a: None\n    builtins.print = lambda *a, **k: None\n    sys.stdout = None\n    return 'wrong'\n`,
    verdicts: ['Wrong Answer'],
    check: (result) => {
      expect(result.tests.map((t) => [t.verdict, t.actual])).toEqual([['Wrong Answer', 'wrong']]);
    },
  },
];

const HONEST = {
  javascript: `function solve(n) { return '${SECRET}'; }`,
  python: `def solve(n):\n    return '${SECRET}'\n`,
} as const;

/** Processes left behind: descendants of this test process (bar esbuild's service and idle warm sandboxes) and any fork-bomb child anywhere. */
function strayProcesses(): string[] {
  const idle = new Set(warm.idleProcessIds());
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      commands.set(
        Number(entry),
        readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' '),
      );
    } catch {
      // The process ended while we looked.
    }
  }
  const isOurs = (pid: number): boolean => {
    for (
      let current = parents.get(pid), hops = 0;
      current !== undefined && current > 1 && hops < 64;
      current = parents.get(current), hops++
    ) {
      if (current === process.pid) return true;
    }
    return false;
  };
  const stray: string[] = [];
  for (const [pid, command] of commands) {
    if (
      command.includes('for(;;){}') ||
      (isOurs(pid) && !idle.has(pid) && !command.includes('esbuild') && command.trim() !== '')
    )
      stray.push(`${String(pid)} ${command}`);
  }
  return stray;
}

/** The verdict may arrive while the sandbox is still being torn down: wait (up to 10 s) for it to end. */
async function strayProcessesAfterTeardown(): Promise<string[]> {
  let stray = strayProcesses();
  for (const deadline = performance.now() + 10_000; stray.length > 0; stray = strayProcesses()) {
    if (performance.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return stray;
}

/**
 * Below the namespaces tier hostile code is, by design, not contained: there a
 * `kill(-1)` from "killing the parent" would take down every process of this
 * user (the test runner, the shell, the editor). So the attacks run only where
 * the judge claims to hold, and CI, which installs bubblewrap, must be there.
 */
it.runIf(process.env.CI === 'true')(
  'runs at the namespaces tier in CI, so the red team below is not skipped',
  () => {
    expect(detectIsolation().tier).toBe('namespaces');
    if (process.arch === 'x64' || process.arch === 'arm64')
      expect(detectIsolation().seccomp).toBe(true);
  },
);

describe.runIf(namespaces).each([
  ['javascript', 'cold', cold],
  ['python', 'cold', cold],
  ['javascript', 'warm', warm],
  ['python', 'warm', warm],
] as const)('red team in %s (%s path)', (language, path, judge) => {
  it.each(ATTACKS.map((attack) => [attack.name, attack] as const))(
    'survives %s',
    async (_name, attack) => {
      const spec =
        attack.timeLimitMs === undefined
          ? attackTarget
          : {
              ...attackTarget,
              limits: { ...attackTarget.limits, timeLimitMs: attack.timeLimitMs },
            };
      const result = await judge.judge({ spec, language, source: attack[language](), mode: 'run' });
      expect(
        attack.verdicts,
        `got ${result.verdict}: ${JSON.stringify(result.tests[0])}`,
      ).toContain(result.verdict);
      attack.check?.(result);
      expect(await strayProcessesAfterTeardown()).toEqual([]);
      const next = await judge.judge({
        spec: attackTarget,
        language,
        source: HONEST[language],
        mode: 'submit',
      });
      expect(next.verdict).toBe('Accepted');
      expect(next.passed).toBe(2);
      if (path === 'warm')
        expect(
          Object.values(judge.warmStats()).every((pool) => pool.ready + pool.starting <= 1),
        ).toBe(true);
    },
  );
});
