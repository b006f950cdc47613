/**
 * The seccomp filter bwrap installs on every judged process (`--seccomp FD`):
 * a classic BPF program, built here from a readable denylist because neither
 * npm nor Debian's base system offers a maintained generator (libseccomp's
 * tools and bindings are separate packages). The namespaces already hide the
 * host; this takes away the kernel interfaces a solution never needs and an
 * escape usually starts from (new namespaces, mounts, ptrace, io_uring, bpf...).
 *
 * Everything not listed is allowed: a denylist keeps every language runtime
 * working, and each entry answers with an errno the runtimes already handle.
 */

/** CPU architectures we have syscall numbers for (Node's `process.arch` names). */
export type SeccompArch = 'x64' | 'arm64';

// errno values (identical on x86_64 and aarch64, asm-generic/errno*.h).
const EPERM = 1;
const ENOSYS = 38;
const EAFNOSUPPORT = 97;

type Denial =
  /** Always refused with this errno. */
  | { readonly kind: 'errno'; readonly errno: number }
  /** Refused with `errno` unless the low 32 bits of argument 0 are one of `allowed`. */
  | { readonly kind: 'unless-arg0'; readonly allowed: readonly number[]; readonly errno: number }
  /** Refused with `errno` when the low 32 bits of argument 0 share a bit with `mask`. */
  | { readonly kind: 'if-arg0-has'; readonly mask: number; readonly errno: number };

interface Rule {
  readonly syscall: string;
  /** Syscall numbers from asm/unistd_64.h (x64) and asm-generic/unistd.h (arm64); null where it does not exist. */
  readonly nr: Readonly<Record<SeccompArch, number | null>>;
  readonly deny: Denial;
}

const refuse = { kind: 'errno', errno: EPERM } as const satisfies Denial;

const AF_UNIX = 1;
/** CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET (linux/sched.h). */
const CLONE_NEW_NAMESPACES =
  0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000;
const PER_LINUX = 0;
/** personality(0xffffffff) only reads the current persona (glibc and runtimes query it). */
const PERSONALITY_QUERY = 0xffffffff;

/** The denylist: what a solution never needs and an attacker wants. */
export const SECCOMP_RULES: readonly Rule[] = [
  // Reading or writing another process (the harness, the sandbox's init).
  { syscall: 'ptrace', nr: { x64: 101, arm64: 117 }, deny: refuse },
  { syscall: 'process_vm_readv', nr: { x64: 310, arm64: 270 }, deny: refuse },
  { syscall: 'process_vm_writev', nr: { x64: 311, arm64: 271 }, deny: refuse },
  { syscall: 'process_madvise', nr: { x64: 440, arm64: 440 }, deny: refuse },
  { syscall: 'pidfd_getfd', nr: { x64: 438, arm64: 438 }, deny: refuse },
  { syscall: 'kcmp', nr: { x64: 312, arm64: 272 }, deny: refuse },
  { syscall: 'move_pages', nr: { x64: 279, arm64: 239 }, deny: refuse },
  { syscall: 'migrate_pages', nr: { x64: 256, arm64: 238 }, deny: refuse },
  // New namespaces (where a nested user namespace hands out capabilities) and changing mounts.
  { syscall: 'unshare', nr: { x64: 272, arm64: 97 }, deny: refuse },
  { syscall: 'setns', nr: { x64: 308, arm64: 268 }, deny: refuse },
  {
    syscall: 'clone',
    nr: { x64: 56, arm64: 220 },
    deny: { kind: 'if-arg0-has', mask: CLONE_NEW_NAMESPACES, errno: EPERM },
  },
  // clone3 passes its flags in memory a filter cannot read; ENOSYS makes glibc fall back to clone.
  { syscall: 'clone3', nr: { x64: 435, arm64: 435 }, deny: { kind: 'errno', errno: ENOSYS } },
  { syscall: 'mount', nr: { x64: 165, arm64: 40 }, deny: refuse },
  { syscall: 'umount2', nr: { x64: 166, arm64: 39 }, deny: refuse },
  { syscall: 'pivot_root', nr: { x64: 155, arm64: 41 }, deny: refuse },
  { syscall: 'chroot', nr: { x64: 161, arm64: 51 }, deny: refuse },
  { syscall: 'open_tree', nr: { x64: 428, arm64: 428 }, deny: refuse },
  { syscall: 'move_mount', nr: { x64: 429, arm64: 429 }, deny: refuse },
  { syscall: 'fsopen', nr: { x64: 430, arm64: 430 }, deny: refuse },
  { syscall: 'fsconfig', nr: { x64: 431, arm64: 431 }, deny: refuse },
  { syscall: 'fsmount', nr: { x64: 432, arm64: 432 }, deny: refuse },
  { syscall: 'fspick', nr: { x64: 433, arm64: 433 }, deny: refuse },
  { syscall: 'mount_setattr', nr: { x64: 442, arm64: 442 }, deny: refuse },
  { syscall: 'open_by_handle_at', nr: { x64: 304, arm64: 265 }, deny: refuse },
  { syscall: 'name_to_handle_at', nr: { x64: 303, arm64: 264 }, deny: refuse },
  // Large kernel attack surface no solution uses.
  { syscall: 'bpf', nr: { x64: 321, arm64: 280 }, deny: refuse },
  { syscall: 'perf_event_open', nr: { x64: 298, arm64: 241 }, deny: refuse },
  { syscall: 'userfaultfd', nr: { x64: 323, arm64: 282 }, deny: refuse },
  // io_uring would also run socket and file operations this filter never sees; libuv falls back to threads.
  { syscall: 'io_uring_setup', nr: { x64: 425, arm64: 425 }, deny: refuse },
  { syscall: 'io_uring_enter', nr: { x64: 426, arm64: 426 }, deny: refuse },
  { syscall: 'io_uring_register', nr: { x64: 427, arm64: 427 }, deny: refuse },
  { syscall: 'keyctl', nr: { x64: 250, arm64: 219 }, deny: refuse },
  { syscall: 'add_key', nr: { x64: 248, arm64: 217 }, deny: refuse },
  { syscall: 'request_key', nr: { x64: 249, arm64: 218 }, deny: refuse },
  { syscall: 'fanotify_init', nr: { x64: 300, arm64: 262 }, deny: refuse },
  { syscall: 'lookup_dcookie', nr: { x64: 212, arm64: 18 }, deny: refuse },
  // Whole-machine administration (capabilities are dropped too; this is the second lock).
  { syscall: 'kexec_load', nr: { x64: 246, arm64: 104 }, deny: refuse },
  { syscall: 'kexec_file_load', nr: { x64: 320, arm64: 294 }, deny: refuse },
  { syscall: 'init_module', nr: { x64: 175, arm64: 105 }, deny: refuse },
  { syscall: 'finit_module', nr: { x64: 313, arm64: 273 }, deny: refuse },
  { syscall: 'delete_module', nr: { x64: 176, arm64: 106 }, deny: refuse },
  { syscall: 'reboot', nr: { x64: 169, arm64: 142 }, deny: refuse },
  { syscall: 'swapon', nr: { x64: 167, arm64: 224 }, deny: refuse },
  { syscall: 'swapoff', nr: { x64: 168, arm64: 225 }, deny: refuse },
  { syscall: 'acct', nr: { x64: 163, arm64: 89 }, deny: refuse },
  { syscall: 'syslog', nr: { x64: 103, arm64: 116 }, deny: refuse },
  { syscall: 'quotactl', nr: { x64: 179, arm64: 60 }, deny: refuse },
  { syscall: 'uselib', nr: { x64: 134, arm64: null }, deny: refuse },
  { syscall: '_sysctl', nr: { x64: 156, arm64: null }, deny: refuse },
  { syscall: 'iopl', nr: { x64: 172, arm64: null }, deny: refuse },
  { syscall: 'ioperm', nr: { x64: 173, arm64: null }, deny: refuse },
  // Changing the persona (e.g. ADDR_NO_RANDOMIZE to switch ASLR off); the default persona and the query stay.
  {
    syscall: 'personality',
    nr: { x64: 135, arm64: 92 },
    deny: { kind: 'unless-arg0', allowed: [PER_LINUX, PERSONALITY_QUERY], errno: EPERM },
  },
  // The network namespace has no network already; local Unix sockets stay (runtimes use them internally).
  {
    syscall: 'socket',
    nr: { x64: 41, arm64: 198 },
    deny: { kind: 'unless-arg0', allowed: [AF_UNIX], errno: EAFNOSUPPORT },
  },
];

// Classic BPF opcodes (linux/bpf_common.h).
const BPF_LD_W_ABS = 0x00 | 0x00 | 0x20; // BPF_LD | BPF_W | BPF_ABS: A = 32-bit word of seccomp_data at k
const BPF_JEQ_K = 0x05 | 0x10 | 0x00; // BPF_JMP | BPF_JEQ | BPF_K: pc += (A == k) ? jt : jf
const BPF_JGE_K = 0x05 | 0x30 | 0x00; // BPF_JMP | BPF_JGE | BPF_K: pc += (A >= k) ? jt : jf (unsigned)
const BPF_JSET_K = 0x05 | 0x40 | 0x00; // BPF_JMP | BPF_JSET | BPF_K: pc += (A & k) ? jt : jf
const BPF_RET_K = 0x06 | 0x00; // BPF_RET | BPF_K: return k

// Offsets in struct seccomp_data (linux/seccomp.h): int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6].
const OFFSET_NR = 0;
const OFFSET_ARCH = 4;
/** The low 32 bits of args[0] on a little-endian machine (both supported ones are). */
const OFFSET_ARG0_LOW = 16;

// Filter results (linux/seccomp.h).
const SECCOMP_RET_KILL_PROCESS = 0x80000000;
const SECCOMP_RET_ERRNO = 0x00050000;
const SECCOMP_RET_ALLOW = 0x7fff0000;

/** AUDIT_ARCH_* (linux/audit.h): the ABI a syscall was made through, which decides what its number means. */
const AUDIT_ARCH: Readonly<Record<SeccompArch, number>> = { x64: 0xc000003e, arm64: 0xc00000b7 };
/** x86_64's x32 ABI shares AUDIT_ARCH_X86_64 and sets this bit in the number (__X32_SYSCALL_BIT). */
const X32_SYSCALL_BIT = 0x40000000;

interface Instruction {
  readonly code: number;
  readonly jt: number;
  readonly jf: number;
  readonly k: number;
}

const load = (offset: number): Instruction => ({ code: BPF_LD_W_ABS, jt: 0, jf: 0, k: offset });
const ret = (k: number): Instruction => ({ code: BPF_RET_K, jt: 0, jf: 0, k });
const jump = (code: number, k: number, jt: number, jf: number): Instruction => ({
  code,
  jt,
  jf,
  k,
});
const errno = (value: number): number => SECCOMP_RET_ERRNO | value;

/** The instructions for one rule; A holds the syscall number on entry and again on every fall-through exit. */
function ruleInstructions(nr: number, deny: Denial): Instruction[] {
  switch (deny.kind) {
    case 'errno':
      return [jump(BPF_JEQ_K, nr, 0, 1), ret(errno(deny.errno))];
    case 'unless-arg0': {
      // Not this syscall: skip the load, one comparison per allowed value and the two returns.
      const body = [
        load(OFFSET_ARG0_LOW),
        ...deny.allowed.map((value, index) =>
          jump(BPF_JEQ_K, value >>> 0, deny.allowed.length - index, 0),
        ),
        ret(errno(deny.errno)),
        ret(SECCOMP_RET_ALLOW),
      ];
      return [jump(BPF_JEQ_K, nr, 0, body.length), ...body];
    }
    case 'if-arg0-has': {
      const body = [
        load(OFFSET_ARG0_LOW),
        jump(BPF_JSET_K, deny.mask >>> 0, 0, 1),
        ret(errno(deny.errno)),
        ret(SECCOMP_RET_ALLOW),
      ];
      return [jump(BPF_JEQ_K, nr, 0, body.length), ...body];
    }
  }
}

/** The filter as instructions, for tests that interpret it. */
export function seccompInstructions(arch: SeccompArch): readonly Instruction[] {
  const program: Instruction[] = [
    // A syscall made through another ABI (i386 `int 0x80`, 32-bit arm) has other numbers: kill it.
    load(OFFSET_ARCH),
    jump(BPF_JEQ_K, AUDIT_ARCH[arch], 1, 0),
    ret(SECCOMP_RET_KILL_PROCESS),
    load(OFFSET_NR),
  ];
  if (arch === 'x64')
    program.push(jump(BPF_JGE_K, X32_SYSCALL_BIT, 0, 1), ret(SECCOMP_RET_KILL_PROCESS));
  for (const rule of SECCOMP_RULES) {
    const nr = rule.nr[arch];
    if (nr !== null) program.push(...ruleInstructions(nr, rule.deny));
  }
  program.push(ret(SECCOMP_RET_ALLOW));
  return program;
}

/** The architecture of this Node process, or null where we have no syscall table. */
export function hostSeccompArch(): SeccompArch | null {
  return process.arch === 'x64' || process.arch === 'arm64' ? process.arch : null;
}

/**
 * The filter as bwrap reads it: struct sock_filter[] (u16 code, u8 jt, u8 jf, u32 k), in the
 * host's byte order, which is little-endian on both supported architectures.
 */
export function seccompProgram(arch: SeccompArch): Buffer {
  const instructions = seccompInstructions(arch);
  const bytes = Buffer.alloc(instructions.length * 8);
  instructions.forEach((instruction, index) => {
    bytes.writeUInt16LE(instruction.code, index * 8);
    bytes.writeUInt8(instruction.jt, index * 8 + 2);
    bytes.writeUInt8(instruction.jf, index * 8 + 3);
    bytes.writeUInt32LE(instruction.k >>> 0, index * 8 + 4);
  });
  return bytes;
}
