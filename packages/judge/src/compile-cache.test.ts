import {
  mkdtempSync,
  readFileSync,
  writeFileSync,
  existsSync,
  symlinkSync,
  lstatSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JudgeSpecSchema } from '@onsite/core';
import { createCompileCache } from './compile-cache';
import { createSandboxJudge } from './sandbox-judge';
import { detectToolchains } from './toolchains';

const compile = { argv: ['g++', 'main.cpp', '-o', 'main'], env: {}, readOnlyPaths: [] };
const box = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'onsite-cache-test-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('createCompileCache', () => {
  const root = mkdtempSync(join(tmpdir(), 'onsite-cache-root-'));

  it('gives byte-identical boxes the same key, and any changed byte, file or command another', async () => {
    const cache = createCompileCache(root);
    const key = await cache.keyOf(box({ 'main.cpp': 'int main(){}' }), compile, 'cpp');
    expect(await cache.keyOf(box({ 'main.cpp': 'int main(){}' }), compile, 'cpp')).toBe(key);
    expect(await cache.keyOf(box({ 'main.cpp': 'int main(){ }' }), compile, 'cpp')).not.toBe(key);
    expect(
      await cache.keyOf(box({ 'main.cpp': 'int main(){}', 'extra.h': '' }), compile, 'cpp'),
    ).not.toBe(key);
    expect(
      await cache.keyOf(
        box({ 'main.cpp': 'int main(){}' }),
        { ...compile, argv: ['g++', '-O0', 'main.cpp'] },
        'cpp',
      ),
    ).not.toBe(key);
    expect(await cache.keyOf(box({ 'main.cpp': 'int main(){}' }), compile, 'java')).not.toBe(key);
  });

  it('restores the box as it was after the compile, symlinks kept as symlinks', async () => {
    const cache = createCompileCache(root);
    const first = box({ 'main.cpp': 'int main(){}' });
    const key = await cache.keyOf(first, compile, 'cpp');
    expect(await cache.restore(key, first)).toBeNull();
    writeFileSync(join(first, 'main'), 'BINARY');
    symlinkSync('/etc/passwd', join(first, 'sneaky'));
    await cache.keep(key, first, { output: 'warning: unused' });

    const second = box({ 'main.cpp': 'int main(){}' });
    expect(await cache.restore(key, second)).toEqual({ output: 'warning: unused' });
    expect(readFileSync(join(second, 'main'), 'utf8')).toBe('BINARY');
    expect(lstatSync(join(second, 'sneaky')).isSymbolicLink()).toBe(true);
  });

  it('keeps at most its capacity, forgetting the least recently used first', async () => {
    const cache = createCompileCache(join(root, 'small'), 2);
    const keys: string[] = [];
    for (const text of ['a', 'b', 'c']) {
      const dir = box({ 'main.cpp': text });
      const key = await cache.keyOf(dir, compile, 'cpp');
      keys.push(key);
      await cache.keep(key, dir, { output: text });
      // Using the first keeps it fresh, so the second is the one forgotten.
      if (text === 'b')
        expect(await cache.restore(keys[0] ?? '', box({}))).toEqual({ output: 'a' });
    }
    expect(await cache.restore(keys[1] ?? '', box({}))).toBeNull();
    expect(await cache.restore(keys[0] ?? '', box({}))).toEqual({ output: 'a' });
    expect(await cache.restore(keys[2] ?? '', box({}))).toEqual({ output: 'c' });
    await cache.clear();
    expect(existsSync(join(root, 'small'))).toBe(false);
  });
});

describe('the sandbox judge with compiled languages', () => {
  const judge = createSandboxJudge();
  afterAll(() => judge.close());
  const spec = JudgeSpecSchema.parse({
    id: 'add',
    signature: {
      style: 'function',
      name: 'add',
      params: [
        { name: 'a', type: 'int' },
        { name: 'b', type: 'int' },
      ],
      returns: 'int',
    },
    tests: [{ args: [2, 3], expected: 5, sample: true }],
  });
  const sources = {
    cpp: [
      'class Solution { public: int add(int a, int b) { return a + b; } };',
      'class Solution { public: int add(int a, int b) { return a - b; } };',
    ],
    java: [
      'class Solution { public int add(int a, int b) { return a + b; } }',
      'class Solution { public int add(int a, int b) { return a - b; } }',
    ],
  } as const;

  it.runIf(detectToolchains().java.available)(
    'compiles the same java code once: Run, then Submit, reuse the program',
    async () => {
      const [right, wrong] = sources.java;
      const first = await judge.judge({ spec, language: 'java', source: right, mode: 'run' });
      const again = await judge.judge({ spec, language: 'java', source: right, mode: 'submit' });
      const changed = await judge.judge({ spec, language: 'java', source: wrong, mode: 'submit' });
      expect(first).toMatchObject({ verdict: 'Accepted' });
      expect(first.compileTimeMs).toBeGreaterThan(0);
      expect(again).toMatchObject({ verdict: 'Accepted', compileTimeMs: 0 });
      expect(changed.verdict).toBe('Wrong Answer');
      expect(changed.compileTimeMs).toBeGreaterThan(0);
    },
  );

  // Run's program is built with AddressSanitizer (where a cgroup holds the memory limit) and
  // Submit's without: each build is compiled once.
  it.runIf(detectToolchains().cpp.available)(
    'compiles the same cpp code once per build: Run then Run, Submit then Submit, reuse the program',
    async () => {
      const [right, wrong] = sources.cpp;
      const ran = await judge.judge({ spec, language: 'cpp', source: right, mode: 'run' });
      const ranAgain = await judge.judge({ spec, language: 'cpp', source: right, mode: 'run' });
      const first = await judge.judge({ spec, language: 'cpp', source: right, mode: 'submit' });
      const again = await judge.judge({ spec, language: 'cpp', source: right, mode: 'submit' });
      const changed = await judge.judge({ spec, language: 'cpp', source: wrong, mode: 'submit' });
      expect(ran.compileTimeMs).toBeGreaterThan(0);
      expect(ranAgain).toMatchObject({ verdict: 'Accepted', compileTimeMs: 0 });
      expect(first).toMatchObject({ verdict: 'Accepted' });
      expect(first.compileTimeMs).toBeGreaterThan(0);
      expect(again).toMatchObject({ verdict: 'Accepted', compileTimeMs: 0 });
      expect(changed.verdict).toBe('Wrong Answer');
      expect(changed.compileTimeMs).toBeGreaterThan(0);
    },
  );
});
