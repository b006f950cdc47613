import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { isCodingQuestion, type CodingQuestionWithId } from '@onsite/core';
import { loadBank } from '@onsite/content';
import { secretsOf } from './hidden-test-secrets';

/**
 * The web app's bundle must not carry the bank either: a build that imported
 * the bank's files (or the content package) would ship every hidden test to
 * every browser. The app is built here, with the project's own Vite config,
 * into a folder of its own (so a stale or concurrent build of web/dist cannot
 * decide the result), and every file of it is searched for every coding
 * question's hidden inputs, expected outputs, generator and checker code.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const outDir = mkdtempSync(path.join(tmpdir(), 'onsite-bundle-'));
const questions = loadBank().questions.filter(isCodingQuestion);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const squeeze = (text: string): string => text.replace(/\\[nrt]|\s+/gu, '');

/**
 * What to look for: each hidden value long enough not to occur in minified code by chance
 * (`[0,3]` does, and so do the 32-bit bounds), and from each piece of code the longest stretch without quotes or backslashes,
 * which a string literal of any quoting keeps as it is.
 */
const needlesOf = (question: CodingQuestionWithId): string[] => {
  const values = secretsOf(question)
    .texts.map(squeeze)
    .filter((text) => text.length >= 32);
  const code = [
    question.generator?.source,
    question.generatedTests?.source,
    question.comparison.mode === 'checker' ? question.comparison.source : undefined,
  ]
    .filter((source): source is string => source !== undefined)
    .map((source) =>
      squeeze(source)
        .split(/["'`\\]/u)
        .reduce((longest, part) => (part.length > longest.length ? part : longest), '')
        .slice(0, 60),
    );
  return [...values, ...code.filter((stretch) => stretch.length >= 24)];
};

describe('the built web app', () => {
  it('would be caught carrying a bank file: every question file holds something the search finds', () => {
    for (const question of questions) {
      const file = squeeze(
        readFileSync(
          path.join(repoRoot, 'packages/content/bank/coding', `${question.slug}.md`),
          'utf8',
        ),
      );
      expect(needlesOf(question).some((needle) => file.includes(needle))).toBe(true);
    }
  });

  it('holds no hidden test, generator or checker of any bank coding question', async () => {
    const vite = path.join(repoRoot, 'node_modules', '.bin', 'vite');
    await promisify(execFile)(
      vite,
      [
        'build',
        '--config',
        'packages/web/vite.config.ts',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: repoRoot },
    );
    const files = filesUnder(outDir).filter((file) =>
      /\.(js|mjs|html|css|json|map|txt)$/u.test(file),
    );
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    // Whitespace and escaped line breaks are dropped on both sides, so a hidden test copied in as the
    // bank writes it (`[1, 2, 3]`) or as a minifier does (`[1,2,3]`) is found either way.
    const bundle = squeeze(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
    const leaks = questions.flatMap((question) => {
      const needles = needlesOf(question);
      // Each question has data distinctive enough to find, so a bundled bank could not pass unseen.
      expect(needles.length).toBeGreaterThan(0);
      return needles
        .filter((needle) => bundle.includes(needle))
        .map((needle) => `${question.slug}: ${needle.slice(0, 60)}`);
    });
    expect(leaks).toEqual([]);
  }, 300_000);
});
