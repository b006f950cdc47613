/**
 * C++ (g++): the candidate's file, the harness prelude and a main() generated
 * from the signature are compiled once into one binary, with `#line` markers
 * so that compiler messages name the candidate's own lines.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { CPP_TYPES, type JudgeSpec } from '@onsite/core';
import { harnessFile } from '../harness-host/files';
import {
  lineFromStack,
  type ErrorReport,
  type LanguageRuntime,
  type PreparedProgram,
  type SandboxStep,
  type WarmStepInput,
} from './language';

/** `int[][]` → `vector<vector<int>>`. */
export function cppType(type: string): string {
  if (type.endsWith('[]')) return `vector<${cppType(type.slice(0, -2))}>`;
  const base = CPP_TYPES[type];
  if (base === undefined) throw new Error(`no C++ type for ${type}`);
  return base;
}

/** The next argument read from `reader` (an argument list's reader) as a C++ value of `type`. */
const arg = (type: string, reader: string): string => `onsite::arg<${cppType(type)}>(${reader})`;

function testBody(spec: JudgeSpec): string {
  const signature = spec.signature;
  if (signature.style === 'function') {
    const lines = signature.params.map(
      (p, i) => `      auto p${String(i)} = ${arg(p.type, 'args')};`,
    );
    const call = `solution->${signature.name}(${signature.params.map((_p, i) => `p${String(i)}`).join(', ')})`;
    lines.push('      Solution *solution = new Solution();', '      onsite::restartClock();');
    const mutated =
      signature.mutates === undefined
        ? -1
        : signature.params.findIndex((p) => p.name === signature.mutates);
    if (mutated >= 0)
      lines.push(
        `      ${call};`,
        '      onsite::stopClock();',
        `      onsite::ok(i, onsite::to(p${String(mutated)}));`,
      );
    else if (signature.returns === 'void')
      lines.push(`      ${call};`, '      onsite::stopClock();', '      onsite::ok(i, "null");');
    else
      lines.push(
        `      auto result = ${call};`,
        '      onsite::stopClock();',
        '      onsite::ok(i, onsite::to(result));',
      );
    return lines.join('\n');
  }
  // Arguments live in named variables, as the function call's do: LeetCode's templates take
  // `vector<int>& nums`, and a non-const reference does not bind to a temporary.
  const ctorArgs = signature.constructorParams
    .map((p, i) => `auto c${String(i)} = ${arg(p.type, 'c')}; `)
    .join('');
  const branches = signature.methods.map((method) => {
    const args = method.params.map((p, i) => `auto a${String(i)} = ${arg(p.type, 'a')}; `).join('');
    const call = `obj->${method.name}(${method.params.map((_p, i) => `a${String(i)}`).join(', ')})`;
    const body =
      method.returns === 'void'
        ? `${call}; out += ",null";`
        : `out += ","; out += onsite::to(${call});`;
    return `if (m == ${JSON.stringify(method.name)}) { ${args}${body} }`;
  });
  return [
    '      onsite::Reader namesReader = args.item(), calls = args.item();',
    '      vector<string> names = onsite::read<vector<string>>(namesReader);',
    '      calls.enter();',
    '      onsite::Reader c = calls.item();',
    '      c.enter();',
    '      string out = "[null";',
    `      ${ctorArgs}${signature.className} *obj = new ${signature.className}(${signature.constructorParams.map((_p, i) => `c${String(i)}`).join(', ')});`,
    '      for (size_t k = 1; k < names.size(); k++) {',
    '        const string &m = names[k];',
    '        onsite::Reader a = calls.item();',
    '        a.enter();',
    `        ${[...branches, 'throw runtime_error("unknown method " + m);'].join('\n        else ')}`,
    '      }',
    '      onsite::ok(i, out + "]");',
  ].join('\n');
}

// -g1: line tables only (inlining included), what addr2line needs to name the candidate's line of a
// crash; full -g costs about a second more per compile on this machine, -g1 a few hundred ms.
const COMPILE_FLAGS = ['-std=c++17', '-O2', '-g1'];
/** As LeetCode's C++: AddressSanitizer, and frame pointers so that its stacks are whole. */
const SANITIZER_FLAGS = [...COMPILE_FLAGS, '-fsanitize=address', '-fno-omit-frame-pointer'];

/**
 * Read by an AddressSanitizer build only (ignored otherwise, so one run step serves both).
 * The harness keeps its own signal handlers (the crash reports above), leaks are not errors
 * (LeetCode's neither), addresses are mapped to lines on the host (`symbolize=0`: nothing to
 * run inside the sandbox), a failed allocation is std::bad_alloc (Memory Limit Exceeded) as
 * without the sanitizer, and freed memory is held back (to catch a use after free) up to 32 MB.
 */
const ASAN_OPTIONS = [
  'detect_leaks=0',
  'symbolize=0',
  'handle_segv=0',
  'handle_sigbus=0',
  'handle_sigfpe=0',
  'handle_sigill=0',
  'handle_abort=0',
  'allocator_may_return_null=1',
  'quarantine_size_mb=32',
  'malloc_context_size=4',
  'detect_odr_violation=0',
  'color=never',
].join(':');
/** Memory an AddressSanitizer run needs beyond the program's own: shadow, redzones, quarantine. */
const SANITIZER_OVERHEAD_MB = 160;

/**
 * `<bits/stdc++.h>` costs seconds to parse at every compile; a precompiled
 * header of the prelude (our own file, built once per machine, g++ and set of
 * flags on the host) brings a submission's compile to a fraction of that. It is
 * exposed read-only to the sandbox at the same path. Null when it cannot be built.
 * A header precompiled without the sanitizer does not serve a sanitized compile.
 */
const pchDirs = new Map<string, Promise<string | null>>();
function precompiledPrelude(gpp: string, flags: readonly string[]): Promise<string | null> {
  const cacheKey = `${gpp}\0${flags.join(' ')}`;
  let pending = pchDirs.get(cacheKey);
  if (pending !== undefined) return pending;
  pending = (async () => {
    try {
      const prelude = await readFile(harnessFile('prelude.hpp'));
      const key = createHash('sha256')
        .update(gpp)
        .update(flags.join(' '))
        .update(prelude)
        .digest('hex')
        .slice(0, 16);
      const dir = join(tmpdir(), `onsite-judge-cpp-pch-${key}`);
      if (existsSync(join(dir, 'prelude.hpp.gch'))) return dir;
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'prelude.hpp'), prelude);
      const partial = join(dir, `prelude.hpp.gch.${String(process.pid)}`);
      await promisify(execFile)(
        gpp,
        [...flags, '-x', 'c++-header', join(dir, 'prelude.hpp'), '-o', partial],
        { timeout: 120_000 },
      );
      await rename(partial, join(dir, 'prelude.hpp.gch')); // atomic: a concurrent judge sees all or nothing
      return dir;
    } catch {
      return null;
    }
  })();
  pchDirs.set(cacheKey, pending);
  return pending;
}

const compilerChecks = new Map<string, Promise<boolean>>();
/**
 * Whether g++ here builds and starts a small program with `flags` (a runtime they need may be a
 * package of its own): checked once per g++ and flags, on the host.
 */
function buildsWith(
  gpp: string,
  flags: readonly string[],
  source: string,
  env: Readonly<Record<string, string>> = {},
): Promise<boolean> {
  const key = `${gpp}\0${flags.join(' ')}`;
  let pending = compilerChecks.get(key);
  if (pending !== undefined) return pending;
  pending = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onsite-judge-cpp-check-'));
    try {
      await writeFile(join(dir, 'check.cpp'), source);
      await promisify(execFile)(gpp, [...flags, '-o', join(dir, 'check'), join(dir, 'check.cpp')], {
        timeout: 120_000,
      });
      await promisify(execFile)(join(dir, 'check'), [], { timeout: 30_000, env });
      return true;
    } catch {
      return false;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  compilerChecks.set(key, pending);
  return pending;
}

/**
 * AddressSanitizer's runtime, libasan, is a package of its own on some systems: without it Run
 * compiles as Submit does rather than fail every C++ Run with a link error.
 */
const buildsWithSanitizer = (gpp: string): Promise<boolean> =>
  buildsWith(gpp, ['-fsanitize=address'], 'int main() { return 0; }\n', { ASAN_OPTIONS });

/**
 * The C++ runtime linked into the program rather than loaded at its start: the dynamic loader's
 * work for libstdc++ and libgcc_s (mapping, relocating, page faults) was a quarter of the CPU a
 * 30-test run takes here, about 2 ms of every verdict, for some 50 ms more link time. Not with
 * AddressSanitizer, whose runtime must see the program's operator new and delete, and only where
 * the static libraries are installed (a package of their own on some systems).
 */
const STATIC_RUNTIME_FLAGS = ['-static-libstdc++', '-static-libgcc'];
const linksRuntimeStatically = (gpp: string): Promise<boolean> =>
  buildsWith(
    gpp,
    STATIC_RUNTIME_FLAGS,
    "#include <string>\nint main() { std::string s(40, 'x'); return s.size() == 40 ? 0 : 1; }\n",
  );

export function cppMain(spec: JudgeSpec, source: string, preludePath = 'prelude.hpp'): string {
  return [
    `#include ${JSON.stringify(preludePath)}`,
    '#line 1 "solution.cpp"',
    source,
    '#line 1 "harness-main.cpp"',
    'int main() {',
    '  vector<onsite::Reader> tests = onsite::begin();',
    '  for (int i = 0; i < (int)tests.size(); i++) {',
    '    onsite::start(i);',
    // Other exceptions are caught by no handler, so terminate() sees the throw site on the stack,
    // reports it and resumes here for the next test.
    '    if (setjmp(onsite::recover) != 0) continue;',
    '    onsite::Reader args = tests[i];',
    '    args.enter();',
    '    try {',
    testBody(spec),
    '    } catch (const std::bad_alloc &) {',
    '      onsite::fail(i, "memory", "std::bad_alloc", "out of memory");',
    '    }',
    '  }',
    '  onsite::send("{\\"t\\":\\"end\\"}");',
    '  fflush(stdout);',
    '  _exit(0);',
    '}',
    '',
  ].join('\n');
}

const NATIVE_FRAMES = /^native-frames(\/overflow)?:((?: [0-9a-f]{1,16}!?){0,128})$/;
const CANDIDATE_LINE = /(?:^|\/)solution\.cpp:(\d+)/;
/** In a stack overflow, a return address repeated this often in the innermost 64 frames is the runaway recursion. */
const RECURSION_REPEATS = 8;

interface Located {
  readonly stack: string;
  readonly line: number | null;
}

/**
 * Maps the harness's `native-frames:` (offsets into the binary, see prelude.hpp) to
 * `function (file:line)` frames with addr2line on the compiled binary, outside the sandbox.
 * The candidate's line is the innermost frame in solution.cpp, except for a stack overflow,
 * where it is the recursive call that repeats (the innermost frame is wherever the stack ran out).
 */
export async function locateNativeFrames(
  addr2line: string,
  binary: string,
  stack: string,
): Promise<Located | null> {
  const match = NATIVE_FRAMES.exec(stack.trim());
  if (match === null) return null;
  const overflow = match[1] !== undefined;
  const addresses = (match[2] ?? '')
    .trim()
    .split(' ')
    .filter((token) => token.length > 0)
    // A return address points after its call: one byte back lies in the call's line.
    .map((token) =>
      (token.endsWith('!')
        ? BigInt(`0x${token.slice(0, -1)}`)
        : BigInt(`0x${token}`) - 1n
      ).toString(16),
    );
  if (addresses.length === 0) return null;
  let output: string;
  try {
    output = (
      await promisify(execFile)(
        addr2line,
        ['-e', binary, '-f', '-C', '-i', '-a', ...addresses.map((a) => `0x${a}`)],
        { timeout: 10_000, maxBuffer: 4 * 1024 * 1024 },
      )
    ).stdout;
  } catch {
    return null;
  }
  // One block per address: `0x…`, then a function line and a location line per inlining level, innermost first.
  const frames: { address: string; places: { fn: string; location: string }[] }[] = [];
  const lines = output.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k] ?? '';
    if (/^0x[0-9a-f]+$/.test(text)) frames.push({ address: text, places: [] });
    else if (text.length > 0) frames.at(-1)?.places.push({ fn: text, location: lines[++k] ?? '' });
  }
  const candidateLine = (frame: (typeof frames)[number]): number | null => {
    for (const place of frame.places) {
      const found = CANDIDATE_LINE.exec(place.location);
      if (found !== null) return Number(found[1]);
    }
    return null;
  };
  const counts = new Map<string, number>();
  for (const frame of frames) counts.set(frame.address, (counts.get(frame.address) ?? 0) + 1);
  // Only in an overflow: a null pointer met deep in a recursion is the candidate's line where it faults.
  const recursive = overflow
    ? frames.find(
        (frame) =>
          (counts.get(frame.address) ?? 0) >= RECURSION_REPEATS && candidateLine(frame) !== null,
      )
    : undefined;
  const innermost = frames.map(candidateLine).find((line) => line !== null) ?? null;
  return {
    stack: frames
      .flatMap((frame) => frame.places.map((place) => `    at ${place.fn} (${place.location})`))
      .join('\n'),
    line: recursive === undefined ? innermost : candidateLine(recursive),
  };
}

function findAddr2line(gpp: string): string | null {
  for (const candidate of [join(dirname(gpp), 'addr2line'), '/usr/bin/addr2line'])
    if (existsSync(candidate)) return candidate;
  return null;
}

const ASAN_ERROR = /^==\d+==ERROR: AddressSanitizer: (.*)$/m;
/** An unsymbolized frame of AddressSanitizer's: `#0 0x55d…  (/box/main+0x14a8)`. */
const ASAN_FRAME = /^\s*#\d+ 0x[0-9a-f]+\s+\((.*)\+0x([0-9a-f]+)\)\s*$/;

/**
 * AddressSanitizer's report on stderr, as the harness reports a crash: named as LeetCode names
 * it ("AddressSanitizer: heap-buffer-overflow on address …"), with the access ("READ of size 4
 * at … thread T0") and where the address lies ("… is located 0 bytes after 12-byte region …"),
 * and the faulting stack's frames in `binary` as `native-frames:` for addr2line (ASan prints
 * each frame's address already moved back into its call, so every one is exact: `!`).
 */
export function addressSanitizerError(stderr: string, binary: string): ErrorReport | null {
  const found = ASAN_ERROR.exec(stderr);
  if (found === null) return null;
  const lines = stderr.slice(found.index).split('\n').slice(1);
  const details: string[] = [];
  const offsets: string[] = [];
  let stackEnded = false;
  for (const line of lines) {
    const frame = ASAN_FRAME.exec(line);
    if (frame !== null) {
      if (!stackEnded && frame[1] === binary) offsets.push(`${frame[2] ?? ''}!`);
      continue;
    }
    if (line.trim() === '') {
      stackEnded ||= offsets.length > 0 || details.length > 0;
      continue;
    }
    // The access, then where the address lies; the allocation's and free's stacks are left out.
    if (/^(READ|WRITE) of size|^Address 0x[0-9a-f]+ is located| is located /.test(line))
      details.push(line.trim());
    if (/^SUMMARY:|^Shadow bytes/.test(line) || details.length >= 2) break;
  }
  return {
    name: 'AddressSanitizer',
    message: [found[1]?.trim() ?? '', ...details].join('\n'),
    ...(offsets.length > 0 ? { stack: `native-frames: ${offsets.slice(0, 128).join(' ')}` } : {}),
  };
}

/**
 * The run step, the same for every C++ submission (the warm path): a launcher that waits for
 * its go-ahead line on stdin, then execs the binary the compile left in the box. The sandbox
 * can so start (bwrap, cgroup) while the code compiles; the binary reads the rest of stdin.
 * `read` takes one byte at a time from a pipe, so nothing past the line is consumed.
 */
function runStep(input: WarmStepInput): SandboxStep {
  return {
    argv: ['/bin/sh', '-c', 'read -r _ && exec "$0"', join(input.boxDir, 'main')],
    env: { ...ENV, ASAN_OPTIONS },
    readOnlyPaths: [],
    stdinPrefix: '\n',
  };
}

const ENV = { HOME: '/tmp', TMPDIR: '/tmp', LANG: 'C.UTF-8', PATH: '/usr/bin:/bin' };

export const cppRuntime: LanguageRuntime = {
  async prepare(input): Promise<PreparedProgram> {
    const gpp = input.toolchain.binaries['g++'];
    if (gpp === undefined) throw new Error('cpp toolchain without g++');
    const sanitized = input.addressSanitizer && (await buildsWithSanitizer(gpp));
    const flags = sanitized ? SANITIZER_FLAGS : COMPILE_FLAGS;
    const [pch, staticRuntime] = await Promise.all([
      precompiledPrelude(gpp, flags),
      !sanitized && linksRuntimeStatically(gpp),
    ]);
    // Synchronously: a few kilobytes take microseconds to write, while the open, write and close
    // of an async write each wait for the thread pool (5 ms of a warm verdict on a busy machine).
    writeFileSync(
      join(input.hostDir, 'main.cpp'),
      cppMain(input.spec, input.source, pch === null ? 'prelude.hpp' : join(pch, 'prelude.hpp')),
    );
    if (pch === null)
      await copyFile(harnessFile('prelude.hpp'), join(input.hostDir, 'prelude.hpp'));
    const addr2line = findAddr2line(gpp);
    const binary = join(input.hostDir, 'main');
    const boxBinary = join(input.boxDir, 'main');
    // Every test failing at the same place reports the same frames: map them once.
    const located = new Map<string, Promise<Located | null>>();
    return {
      compileError: null,
      compile: {
        argv: [
          gpp,
          ...flags,
          ...(staticRuntime ? STATIC_RUNTIME_FLAGS : []),
          '-pipe',
          '-o',
          boxBinary,
          join(input.boxDir, 'main.cpp'),
        ],
        env: ENV,
        readOnlyPaths: pch === null ? [] : [pch],
      },
      run: runStep({
        toolchain: input.toolchain,
        boxDir: input.boxDir,
        memoryLimitMb: input.spec.limits.memoryLimitMb,
      }),
      solutionPath: join(input.boxDir, 'main.cpp'),
      runtimeOverheadMb: sanitized ? 16 + SANITIZER_OVERHEAD_MB : 16,
      fallbackMemoryKind: 'as',
      startupMs: 2000,
      explain: async <E extends ErrorReport>(error: E): Promise<E> => {
        if (addr2line === null || error.stack === undefined) return error;
        let pending = located.get(error.stack);
        if (pending === undefined) {
          pending = locateNativeFrames(addr2line, binary, error.stack);
          located.set(error.stack, pending);
        }
        const found = await pending;
        return found === null ? error : { ...error, stack: found.stack, line: found.line };
      },
      mapLine: (error) => {
        if (typeof error.line === 'number') return error.line;
        return lineFromStack(error.stack ?? '', 'solution.cpp')?.line ?? null;
      },
      isOutOfMemory: (stderr) => /std::bad_alloc/.test(stderr),
      errorFromStderr: (stderr) => (sanitized ? addressSanitizerError(stderr, boxBinary) : null),
    };
  },
  warm: { pool: 'cpp', harness: null, fallbackMemoryKind: 'as', runStep },
};
