import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRONG_CODEBASE } from '@onsite/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashInputsOnChange } from '../../scripts/input-hash.js';
import { BUILDS_DIR, buildCli, freshBuildOf, hashCliInputs } from './build.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/onsite.js');

const run = (script: string, args: readonly string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('the built onsite command (packages/cli/build.js)', () => {
  let buildsDir: string;
  let entry: string;
  let answerDir: string;
  beforeAll(async () => {
    // Inside the repository, as every build is: the bundle finds its node_modules from where it lies.
    mkdirSync(BUILDS_DIR, { recursive: true });
    buildsDir = mkdtempSync(path.join(BUILDS_DIR, '.test-'));
    entry = await buildCli({ buildsDir });
    answerDir = mkdtempSync(path.join(tmpdir(), 'onsite-built-'));
    writeFileSync(path.join(answerDir, 'answer.txt'), STRONG_CODEBASE);
  }, 120_000);
  afterAll(() => {
    rmSync(buildsDir, { recursive: true, force: true });
    rmSync(answerDir, { recursive: true, force: true });
  });

  it('prints the same --version and evaluate output as the sources run by tsx', () => {
    for (const args of [
      ['--version'],
      [
        'evaluate',
        '--kind',
        'behavioral',
        '--question',
        'behavioral/hardest-bug',
        '--answer-file',
        path.join(answerDir, 'answer.txt'),
        '--json',
      ],
      ['evaluate', '--kind', 'coding', '--prompt', 'x', '--answer-file', 'missing.txt'],
    ]) {
      const built = run(entry, args);
      const fromSource = run(BIN, args, { ONSITE_FROM_SOURCE: '1' });
      expect(built).toEqual(fromSource);
    }
  }, 180_000);

  it('finds the question bank from where its sources lie (the judge harnesses: main.test.ts runs onsite judge through this build)', () => {
    // --no-judge: the files are what this is about; judging every reference is npm test's own step.
    const built = run(entry, ['bank', 'check', '--no-judge']);
    expect(built.stdout).toContain('Bank OK');
    expect(built).toEqual(run(BIN, ['bank', 'check', '--no-judge'], { ONSITE_FROM_SOURCE: '1' }));
  }, 60_000);
});

describe('a build is fresh only for the sources it was built from', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'onsite-cli-inputs-'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src', 'main.ts'), 'export const answer = 42;\n');
    writeFileSync(path.join(root, 'package.json'), '{"version":"0.1.0"}\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('detects a changed source as stale, and ignores a changed test', () => {
    const inputs = {
      root,
      dirs: [path.join(root, 'src')],
      files: [path.join(root, 'package.json')],
    };
    const buildsDir = path.join(root, 'dist');
    const built = hashCliInputs(inputs);
    mkdirSync(path.join(buildsDir, built), { recursive: true });
    writeFileSync(path.join(buildsDir, built, 'onsite.js'), '');
    expect(freshBuildOf(built, buildsDir)).toBe(path.join(buildsDir, built, 'onsite.js'));

    writeFileSync(path.join(root, 'src', 'main.test.ts'), 'it.todo("x");\n');
    expect(hashCliInputs(inputs)).toBe(built);

    writeFileSync(path.join(root, 'src', 'main.ts'), 'export const answer = 43;\n');
    const changed = hashCliInputs(inputs);
    expect(changed).not.toBe(built);
    expect(freshBuildOf(changed, buildsDir)).toBeNull();

    writeFileSync(path.join(root, 'src', 'main.ts'), 'export const answer = 42;\n');
    writeFileSync(path.join(root, 'package.json'), '{"version":"0.2.0"}\n');
    expect(hashCliInputs(inputs)).not.toBe(built);
  });

  it('reads the sources again only when a file was written, added or removed since the stamp', () => {
    const inputs = {
      root,
      dirs: [path.join(root, 'src')],
      files: [path.join(root, 'package.json')],
    };
    const stampFile = path.join(root, 'stamp.json');
    const hashed = hashInputsOnChange(inputs, stampFile);
    expect(hashed).toBe(hashCliInputs(inputs));
    // A stamp whose files all look the same is taken at its word: the contents are not read.
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { signature: string };
    writeFileSync(stampFile, JSON.stringify({ ...stamp, hash: 'from-the-stamp' }));
    expect(hashInputsOnChange(inputs, stampFile)).toBe('from-the-stamp');

    // The same bytes written again (same size, same content) still count as a change…
    writeFileSync(
      path.join(root, 'src', 'main.ts'),
      readFileSync(path.join(root, 'src', 'main.ts')),
    );
    expect(hashInputsOnChange(inputs, stampFile)).toBe(hashed);
    // …as do a new file and a removed one.
    writeFileSync(path.join(root, 'src', 'extra.ts'), 'export {};\n');
    const added = hashInputsOnChange(inputs, stampFile);
    expect(added).toBe(hashCliInputs(inputs));
    expect(added).not.toBe(hashed);
    rmSync(path.join(root, 'src', 'extra.ts'));
    expect(hashInputsOnChange(inputs, stampFile)).toBe(hashed);
    // A stamp that cannot be read or written is no reason to fail.
    expect(hashInputsOnChange(inputs, path.join(root, 'no-such-dir', 'stamp.json'))).toBe(hashed);
  });
});
