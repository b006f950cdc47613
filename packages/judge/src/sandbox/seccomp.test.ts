import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detectIsolation } from './isolation';
import { hostSeccompArch, seccompInstructions, seccompProgram, type SeccompArch } from './seccomp';

const ALLOW = 0x7fff0000;
const KILL_PROCESS = 0x80000000;
const errno = (value: number): number => 0x00050000 | value;
const EPERM = 1;
const ENOSYS = 38;
const EAFNOSUPPORT = 97;
const X86_64 = 0xc000003e;
const AARCH64 = 0xc00000b7;
const I386 = 0x40000003;

interface Call {
  readonly arch: number;
  readonly nr: number;
  readonly arg0?: number;
}

/** What the kernel's classic-BPF interpreter would answer, for the opcodes a seccomp filter may use. */
function run(program: Buffer, call: Call): number {
  const data = Buffer.alloc(64);
  data.writeInt32LE(call.nr, 0);
  data.writeUInt32LE(call.arch, 4);
  data.writeBigUInt64LE(BigInt(call.arg0 ?? 0), 16);
  let a = 0;
  for (let pc = 0; pc * 8 < program.length; pc++) {
    const code = program.readUInt16LE(pc * 8);
    const jt = program.readUInt8(pc * 8 + 2);
    const jf = program.readUInt8(pc * 8 + 3);
    const k = program.readUInt32LE(pc * 8 + 4);
    if (code === 0x20) a = data.readUInt32LE(k);
    else if (code === 0x06) return k;
    else if (code === 0x15) pc += a === k ? jt : jf;
    else if (code === 0x35) pc += a >= k ? jt : jf;
    else if (code === 0x45) pc += (a & k) !== 0 ? jt : jf;
    else throw new Error(`unexpected opcode ${code.toString(16)} at ${String(pc)}`);
  }
  throw new Error('the program ran off its end');
}

describe('the seccomp program', () => {
  const x64 = seccompProgram('x64');
  const arm64 = seccompProgram('arm64');

  it('is whole struct sock_filter records, short enough for the kernel (4096 at most)', () => {
    for (const arch of ['x64', 'arm64'] as const satisfies readonly SeccompArch[]) {
      const program = seccompProgram(arch);
      expect(program.length).toBe(seccompInstructions(arch).length * 8);
      expect(program.length / 8).toBeLessThan(256); // every jump offset fits in a byte
    }
  });

  it('kills a syscall made through any other ABI than the host one, x32 included', () => {
    expect(run(x64, { arch: I386, nr: 0 })).toBe(KILL_PROCESS);
    expect(run(x64, { arch: AARCH64, nr: 63 })).toBe(KILL_PROCESS);
    expect(run(x64, { arch: X86_64, nr: 0x40000000 + 101 })).toBe(KILL_PROCESS);
    expect(run(arm64, { arch: X86_64, nr: 0 })).toBe(KILL_PROCESS);
    expect(run(arm64, { arch: 0x40000028, nr: 0 })).toBe(KILL_PROCESS); // 32-bit arm
  });

  it('allows what programs do every day', () => {
    for (const nr of [0, 1, 2, 9, 57, 59, 60, 231, 257])
      expect(run(x64, { arch: X86_64, nr })).toBe(ALLOW); // read write open mmap fork execve exit exit_group openat
    for (const nr of [63, 64, 56, 222, 221, 93, 94])
      expect(run(arm64, { arch: AARCH64, nr })).toBe(ALLOW); // read write openat mmap execve exit exit_group
  });

  it('refuses the escape hatches with EPERM, by each architecture’s own numbers', () => {
    const x64Denied = {
      ptrace: 101,
      mount: 165,
      unshare: 272,
      setns: 308,
      bpf: 321,
      keyctl: 250,
      io_uring_setup: 425,
      process_vm_readv: 310,
      userfaultfd: 323,
      perf_event_open: 298,
    };
    const arm64Denied = {
      ptrace: 117,
      mount: 40,
      unshare: 97,
      setns: 268,
      bpf: 280,
      keyctl: 219,
      io_uring_setup: 425,
      process_vm_readv: 270,
      userfaultfd: 282,
      perf_event_open: 241,
    };
    for (const nr of Object.values(x64Denied))
      expect(run(x64, { arch: X86_64, nr })).toBe(errno(EPERM));
    for (const nr of Object.values(arm64Denied))
      expect(run(arm64, { arch: AARCH64, nr })).toBe(errno(EPERM));
    // 117 is ptrace on arm64 but setresuid on x86_64, and 40 is mount on arm64 but sendfile on x86_64.
    expect(run(x64, { arch: X86_64, nr: 117 })).toBe(ALLOW);
    expect(run(x64, { arch: X86_64, nr: 40 })).toBe(ALLOW);
  });

  it('answers clone3 with ENOSYS so that glibc falls back to clone', () => {
    expect(run(x64, { arch: X86_64, nr: 435 })).toBe(errno(ENOSYS));
    expect(run(arm64, { arch: AARCH64, nr: 435 })).toBe(errno(ENOSYS));
  });

  it('lets clone make threads and processes but not namespaces', () => {
    const thread = 0x003d0f00; // CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID
    const fork = 0x01200011; // CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD
    expect(run(x64, { arch: X86_64, nr: 56, arg0: thread })).toBe(ALLOW);
    expect(run(x64, { arch: X86_64, nr: 56, arg0: fork })).toBe(ALLOW);
    expect(run(x64, { arch: X86_64, nr: 56, arg0: fork | 0x10000000 })).toBe(errno(EPERM)); // CLONE_NEWUSER
    expect(run(arm64, { arch: AARCH64, nr: 220, arg0: 0x20000000 | 17 })).toBe(errno(EPERM)); // CLONE_NEWPID
    expect(run(arm64, { arch: AARCH64, nr: 220, arg0: fork })).toBe(ALLOW);
  });

  it('allows only Unix sockets', () => {
    expect(run(x64, { arch: X86_64, nr: 41, arg0: 1 })).toBe(ALLOW); // AF_UNIX
    for (const family of [2, 10, 16, 17])
      expect(run(x64, { arch: X86_64, nr: 41, arg0: family })).toBe(errno(EAFNOSUPPORT)); // AF_INET AF_INET6 AF_NETLINK AF_PACKET
    expect(run(arm64, { arch: AARCH64, nr: 198, arg0: 2 })).toBe(errno(EAFNOSUPPORT));
    expect(run(arm64, { arch: AARCH64, nr: 198, arg0: 1 })).toBe(ALLOW);
  });

  it('keeps the default persona and its query but refuses any other', () => {
    expect(run(x64, { arch: X86_64, nr: 135, arg0: 0 })).toBe(ALLOW);
    expect(run(x64, { arch: X86_64, nr: 135, arg0: 0xffffffff })).toBe(ALLOW);
    expect(run(x64, { arch: X86_64, nr: 135, arg0: 0x0040000 })).toBe(errno(EPERM)); // ADDR_NO_RANDOMIZE
  });
});

describe('the seccomp filter in bwrap on this machine', () => {
  const isolation = detectIsolation();
  const arch = hostSeccompArch();

  it('is on whenever namespaces are, on a supported architecture', () => {
    if (!isolation.seccomp)
      expect(
        isolation.tier !== 'namespaces' ||
          arch === null ||
          isolation.notes.some((note) => note.includes('seccomp')),
      ).toBe(true);
    else expect(isolation.tier).toBe('namespaces');
  });

  it.runIf(isolation.seccomp && isolation.bwrapPath !== null && arch !== null)(
    'makes the kernel refuse a new user namespace that bwrap alone allows',
    () => {
      const bwrap = isolation.bwrapPath ?? '';
      const program = seccompProgram(arch ?? 'x64');
      const base = [
        '--unshare-all',
        '--unshare-user',
        '--die-with-parent',
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
      ];
      const script = [
        'grep -E "^(Seccomp|NoNewPrivs):" /proc/self/status',
        'unshare --user true && echo unshare-ok || echo unshare-refused',
      ].join('; ');
      const filtered = spawnSync(bwrap, ['--seccomp', '0', ...base, '/bin/sh', '-c', script], {
        input: program,
        encoding: 'utf8',
      });
      expect(filtered.stdout).toContain('Seccomp:\t2');
      expect(filtered.stdout).toContain('NoNewPrivs:\t1');
      expect(filtered.stdout).toContain('unshare-refused');
      expect(filtered.stderr).toContain('Operation not permitted');
      const plain = spawnSync(bwrap, [...base, '/bin/sh', '-c', script], { encoding: 'utf8' });
      expect(plain.stdout).toContain('Seccomp:\t0');
      expect(plain.stdout).toContain('unshare-ok');
    },
  );
});
