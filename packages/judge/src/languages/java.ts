/**
 * Java: the candidate's class file, ListNode/TreeNode (unless the candidate
 * wrote its own), the harness runtime (harness/Harness.java) and a Main
 * generated from the signature are compiled once by javac. LeetCode's usual
 * imports go on the candidate's first line, so line numbers stay its own.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JAVA_TYPES, type JudgeSpec } from '@onsite/core';
import type { Toolchain } from '../toolchains';
import { harnessFile } from '../harness-host/files';
import {
  lineFromStack,
  type LanguageRuntime,
  type PreparedProgram,
  type SandboxStep,
  type WarmStepInput,
} from './language';

const BOXED: Record<string, string> = {
  int: 'Integer',
  long: 'Long',
  double: 'Double',
  bool: 'Boolean',
  char: 'Character',
};

export function javaType(type: string): string {
  if (type.endsWith('[]')) return `${javaType(type.slice(0, -2))}[]`;
  // The generated Main never declares a value of type void: asking for one is a bug.
  const base = type === 'void' ? undefined : JAVA_TYPES[type];
  if (base === undefined) throw new Error(`no Java type for ${type}`);
  return base;
}

/** A typed expression converting JSON `json` to a Java value of `type`. */
function from(type: string, json: string): string {
  const cast = BOXED[type] ?? javaType(type);
  return `((${cast}) Harness.from(${JSON.stringify(type)}, ${json}))`;
}

const IMPORTS =
  'import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; ';

function testBody(spec: JudgeSpec): string[] {
  const signature = spec.signature;
  if (signature.style === 'function') {
    const lines = signature.params.map(
      (p, i) =>
        `        ${javaType(p.type)} p${String(i)} = ${from(p.type, `args.get(${String(i)})`)};`,
    );
    const call = `new Solution().${signature.name}(${signature.params.map((_p, i) => `p${String(i)}`).join(', ')})`;
    const mutated =
      signature.mutates === undefined
        ? -1
        : signature.params.findIndex((p) => p.name === signature.mutates);
    lines.push('        Harness.restartClock();');
    if (mutated >= 0)
      lines.push(
        `        ${call};`,
        '        Harness.stopClock();',
        `        Harness.ok(i, Harness.json(p${String(mutated)}, ${JSON.stringify(signature.params[mutated]?.type ?? '')}));`,
      );
    else if (signature.returns === 'void')
      lines.push(
        `        ${call};`,
        '        Harness.stopClock();',
        '        Harness.ok(i, "null");',
      );
    else
      lines.push(
        `        Object result = ${call};`,
        '        Harness.stopClock();',
        `        Harness.ok(i, Harness.json(result, ${JSON.stringify(signature.returns)}));`,
      );
    return lines;
  }
  const ctorArgs = signature.constructorParams
    .map((p, i) => from(p.type, `c0.get(${String(i)})`))
    .join(', ');
  const cases = signature.methods.map((method) => {
    const call = `obj.${method.name}(${method.params.map((p, i) => from(p.type, `a.get(${String(i)})`)).join(', ')})`;
    const body =
      method.returns === 'void'
        ? `${call}; out.append(",null");`
        : `out.append(',').append(Harness.json(${call}, ${JSON.stringify(method.returns)}));`;
    return `          case ${JSON.stringify(method.name)}: ${body} break;`;
  });
  return [
    '        List<Object> names = (List<Object>) args.get(0);',
    '        List<Object> calls = (List<Object>) args.get(1);',
    '        List<Object> c0 = calls.isEmpty() ? new ArrayList<>() : (List<Object>) calls.get(0);',
    '        StringBuilder out = new StringBuilder("[null");',
    `        ${signature.className} obj = new ${signature.className}(${ctorArgs});`,
    '        for (int k = 1; k < names.size(); k++) {',
    '          String m = (String) names.get(k);',
    '          List<Object> a = (List<Object>) calls.get(k);',
    '          switch (m) {',
    ...cases,
    '          default: throw new IllegalArgumentException("unknown method " + m);',
    '          }',
    '        }',
    "        Harness.ok(i, out.append(']').toString());",
  ];
}

export function javaMain(spec: JudgeSpec): string {
  return [
    'import java.util.*;',
    '',
    'public class Main {',
    '  @SuppressWarnings("unchecked")',
    '  public static void main(String[] argv) throws Exception {',
    '    List<Object> tests = Harness.begin();',
    '    for (int i = 0; i < tests.size(); i++) {',
    '      Harness.start(i);',
    '      try {',
    '        List<Object> args = (List<Object>) tests.get(i);',
    ...testBody(spec),
    '      } catch (Throwable error) {',
    '        Harness.fail(i, error);',
    '      }',
    '    }',
    '    Harness.end();',
    '  }',
    '}',
    '',
  ].join('\n');
}

const LIST_NODE =
  'public class ListNode {\n  public int val;\n  public ListNode next;\n  public ListNode() {}\n  public ListNode(int val) { this.val = val; }\n  public ListNode(int val, ListNode next) { this.val = val; this.next = next; }\n}\n';
const TREE_NODE =
  'public class TreeNode {\n  public int val;\n  public TreeNode left;\n  public TreeNode right;\n  public TreeNode() {}\n  public TreeNode(int val) { this.val = val; }\n  public TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }\n}\n';

/**
 * The classes, interfaces, enums and records a Java file declares at its top level. Comments,
 * string and char literals and text blocks are skipped: LeetCode's template keeps
 * `public class ListNode {...}` in a comment, and that declares nothing. A class nested in
 * another does not stand in for the top-level one the harness needs either.
 */
export function topLevelClasses(source: string): Set<string> {
  const names = new Set<string>();
  const declaration = /(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/y;
  let depth = 0;
  let k = 0;
  /** Moves past the literal opened by `quote` at k; a backslash escapes the next character. */
  const skipQuoted = (quote: string): void => {
    for (k += quote.length; k < source.length && !source.startsWith(quote, k); k++)
      if (source[k] === '\\') k++;
    k += quote.length;
  };
  /** Moves past the next `end`, or to the end of the file. */
  const skipPast = (end: string, from: number): void => {
    const at = source.indexOf(end, from);
    k = at < 0 ? source.length : at + end.length;
  };
  while (k < source.length) {
    const c = source[k] ?? '';
    if (source.startsWith('//', k)) skipPast('\n', k);
    else if (source.startsWith('/*', k)) skipPast('*/', k + 2);
    else if (source.startsWith('"""', k)) skipQuoted('"""');
    else if (c === '"' || c === "'") skipQuoted(c);
    else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (depth === 0 && /[a-z]/.test(c) && !/[\w$]/.test(source[k - 1] ?? ' ')) {
        declaration.lastIndex = k;
        const found = declaration.exec(source);
        if (found !== null) {
          names.add(found[1] ?? '');
          k = declaration.lastIndex;
          continue;
        }
      }
      k++;
    }
  }
  return names;
}

const ENV = { HOME: '/tmp', TMPDIR: '/tmp', LANG: 'C.UTF-8', PATH: '/usr/bin:/bin' };
// Fast JVM start: class-data sharing, the C1 compiler only, one GC thread, no perf-data file.
const FAST_JVM = [
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-Xshare:auto',
  '-XX:-UsePerfData',
];

/**
 * The launcher (harness/Launcher.java), compiled once per machine and javac on the host, like
 * C++'s precompiled header, and exposed read-only to the sandbox at the same path. Its directory
 * is known before it is built (the run step is needed synchronously); `launcherReady` builds it.
 */
const launcherDirs = new Map<string, string>();
function launcherDir(toolchain: Toolchain): string {
  const javac = toolchain.binaries.javac ?? '';
  let dir = launcherDirs.get(javac);
  if (dir === undefined) {
    const key = createHash('sha256')
      .update(javac)
      .update(readFileSync(harnessFile('Launcher.java')))
      .digest('hex')
      .slice(0, 16);
    dir = join(tmpdir(), `onsite-judge-java-launcher-${key}`);
    launcherDirs.set(javac, dir);
  }
  return dir;
}

const launchers = new Map<string, Promise<boolean>>();
function launcherReady(toolchain: Toolchain): Promise<boolean> {
  const dir = launcherDir(toolchain);
  let pending = launchers.get(dir);
  if (pending !== undefined) return pending;
  pending = (async () => {
    if (existsSync(join(dir, 'onsite', 'Launcher.class'))) return true;
    const javac = toolchain.binaries.javac;
    if (javac === undefined) return false;
    const partial = await mkdtemp(`${dir}.partial-`);
    try {
      await promisify(execFile)(
        javac,
        [...FAST_JVM.map((flag) => `-J${flag}`), '-d', partial, harnessFile('Launcher.java')],
        { timeout: 120_000 },
      );
      await mkdir(dir, { recursive: true });
      // Atomic: a concurrent judge sees the class whole or not at all.
      await rename(join(partial, 'onsite'), join(dir, 'onsite'));
      return true;
    } catch {
      return existsSync(join(dir, 'onsite', 'Launcher.class'));
    } finally {
      await rm(partial, { recursive: true, force: true });
    }
  })();
  launchers.set(dir, pending);
  return pending;
}

/**
 * The run step, the same for every Java submission with the same memory limit (the JVM's heap is
 * set at its start): the JVM starts with the launcher, which waits for its go-ahead line on stdin
 * and then runs the Main javac left in the box. The JVM can so start while the code compiles.
 */
function runStep(input: WarmStepInput): SandboxStep {
  const java = input.toolchain.binaries.java;
  if (java === undefined) throw new Error('java toolchain without java');
  const launcher = launcherDir(input.toolchain);
  return {
    argv: [
      java,
      ...FAST_JVM,
      `-Xmx${String(input.memoryLimitMb)}m`,
      '-Xss64m',
      '--add-opens',
      'java.base/java.io=ALL-UNNAMED',
      '-cp',
      launcher,
      'onsite.Launcher',
      join(input.boxDir, 'classes'),
    ],
    env: ENV,
    readOnlyPaths: [...input.toolchain.readOnlyPaths, launcher],
    stdinPrefix: '\n',
  };
}

export const javaRuntime: LanguageRuntime = {
  async prepare(input): Promise<PreparedProgram> {
    const { javac, java } = input.toolchain.binaries;
    if (javac === undefined || java === undefined)
      throw new Error('java toolchain without javac and java');
    const fileName = `${input.spec.signature.style === 'class' ? input.spec.signature.className : 'Solution'}.java`;
    const files = [fileName, 'Harness.java', 'Main.java'];
    await writeFile(join(input.hostDir, fileName), IMPORTS + input.source);
    await writeFile(join(input.hostDir, 'Main.java'), javaMain(input.spec));
    await copyFile(harnessFile('Harness.java'), join(input.hostDir, 'Harness.java'));
    const declared = topLevelClasses(input.source);
    for (const [name, source] of [
      ['ListNode', LIST_NODE],
      ['TreeNode', TREE_NODE],
    ] as const) {
      if (declared.has(name)) continue;
      await writeFile(join(input.hostDir, `${name}.java`), source);
      files.push(`${name}.java`);
    }
    const heapMb = input.spec.limits.memoryLimitMb;
    // Without the launcher (it could not be compiled here) the JVM starts Main directly.
    const run: SandboxStep = (await launcherReady(input.toolchain))
      ? runStep({ toolchain: input.toolchain, boxDir: input.boxDir, memoryLimitMb: heapMb })
      : {
          argv: [
            java,
            ...FAST_JVM,
            `-Xmx${String(heapMb)}m`,
            '-Xss64m',
            '--add-opens',
            'java.base/java.io=ALL-UNNAMED',
            '-cp',
            join(input.boxDir, 'classes'),
            'Main',
          ],
          env: ENV,
          readOnlyPaths: input.toolchain.readOnlyPaths,
        };
    return {
      compileError: null,
      compile: {
        argv: [
          javac,
          ...FAST_JVM.map((flag) => `-J${flag}`),
          '-J-Xmx512m',
          '-encoding',
          'UTF-8',
          '-nowarn',
          '-d',
          join(input.boxDir, 'classes'),
          ...files.map((f) => join(input.boxDir, f)),
        ],
        env: ENV,
        readOnlyPaths: input.toolchain.readOnlyPaths,
      },
      run,
      solutionPath: join(input.boxDir, fileName),
      runtimeOverheadMb: 192,
      fallbackMemoryKind: 'data',
      startupMs: 5000,
      mapLine: (error) => {
        if (typeof error.line === 'number') return error.line;
        return lineFromStack(error.stack ?? '', fileName)?.line ?? null;
      },
      isOutOfMemory: (stderr) => /OutOfMemoryError/.test(stderr),
    };
  },
  warm: {
    pool: 'java',
    harness: null,
    fallbackMemoryKind: 'data',
    runStep,
    setUp: async (toolchain) => {
      if (!(await launcherReady(toolchain))) throw new Error('the Java launcher does not compile');
    },
  },
};
