import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/onsite.js');
const BANK = path.join(ROOT, 'packages/content/bank');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `onsite` launcher, as a user would. */
const onsite = (args: readonly string[], env: Record<string, string> = {}): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), prefix));

const STRONG_ANSWER = `Last spring our checkout service was timing out for about 3% of orders during peak traffic, and I owned its payment client.
My goal was to bring the error rate under 0.5% before the holiday sale, six weeks away.
I traced the timeouts with our tracing tool and found the connection pool was exhausted by slow retries.
I proposed capping retries with exponential backoff, wrote the design doc, and added a load test that reproduced the failure.
I rolled the change out behind a feature flag to 5% of traffic, watched p95 latency, then ramped to everyone.
As a result, checkout errors fell from 3% to 0.2% and stayed there through the sale.
I learned to load-test failure paths, not only happy paths, and I now add one to every client library I touch.`;

describe('onsite (the command)', () => {
  it('prints help listing its commands and exits 0', async () => {
    const run = await onsite(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('serve');
    expect(run.stdout).toContain('bank');
    expect(run.stdout).toContain('evaluate');
  });

  it('exits 2 with a message for an unknown command', async () => {
    const run = await onsite(['fly']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'fly'");
  });
});

describe('onsite bank check', () => {
  it('exits 0 for a valid bank and 1, naming the file, when a file is broken', async () => {
    const dir = tempDir('onsite-bank-');
    mkdirSync(path.join(dir, 'behavioral'));
    copyFileSync(path.join(BANK, 'behavioral/hardest-bug.md'), path.join(dir, 'behavioral/hardest-bug.md'));
    const good = await onsite(['bank', 'check', '--dir', dir]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('Bank OK');

    writeFileSync(path.join(dir, 'behavioral/broken-one.md'), '---\nkind: behavioral\ntitle: x\n---\n');
    const bad = await onsite(['bank', 'check', '--dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('broken-one.md');
  });

  it('exits 2 when the directory does not exist', async () => {
    const run = await onsite(['bank', 'check', '--dir', path.join(tempDir('onsite-nobank-'), 'missing')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read the question bank');
  });
});

describe('onsite evaluate', () => {
  const answerFile = (): string => {
    const file = path.join(tempDir('onsite-answer-'), 'answer.txt');
    writeFileSync(file, STRONG_ANSWER);
    return file;
  };

  it('prints exactly {score, level, flags, dimensions, followUps} with --json', async () => {
    const run = await onsite(['evaluate', '--kind', 'behavioral', '--prompt', 'Tell me about the hardest bug you fixed.', '--answer-file', answerFile(), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['score', 'level', 'flags', 'dimensions', 'followUps']);
    expect(typeof result['score']).toBe('number');
    expect([1, 2, 3, 4]).toContain(result['level']);
    expect(Array.isArray(result['flags'])).toBe(true);
    const dimensions = result['dimensions'] as Record<string, unknown>[];
    expect(dimensions.length).toBeGreaterThan(0);
    for (const dimension of dimensions) expect(Object.keys(dimension)).toEqual(['id', 'level', 'evidence']);
    expect((result['followUps'] as unknown[]).every((text) => typeof text === 'string')).toBe(true);
  });

  it('prints a readable report without --json, against a bank question', async () => {
    const run = await onsite(['evaluate', '--kind', 'behavioral', '--question', 'behavioral/hardest-bug', '--answer-file', answerFile()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Score \d+\/100/);
    expect(run.stdout).toContain('Dimensions:');
  });

  it.each([
    ['a missing answer file', ['--kind', 'behavioral', '--prompt', 'Tell me about a bug.', '--answer-file', '/nonexistent/answer.txt'], 'does not exist'],
    ['an unknown question', ['--kind', 'behavioral', '--question', 'behavioral/no-such-question', '--answer-file', 'ANSWER'], 'no-such-question'],
    ['an unsupported kind', ['--kind', 'coding', '--prompt', 'Reverse a list.', '--answer-file', 'ANSWER'], 'Allowed choices are behavioral'],
    ['no question at all', ['--kind', 'behavioral', '--answer-file', 'ANSWER'], '--prompt'],
    ['both a prompt and a question', ['--kind', 'behavioral', '--prompt', 'Tell me.', '--question', 'behavioral/hardest-bug', '--answer-file', 'ANSWER'], 'cannot be used with'],
    ['no answer file', ['--kind', 'behavioral', '--prompt', 'Tell me.'], '--answer-file'],
  ])('exits 2 with a clear message for %s', async (_label, args, message) => {
    const file = answerFile();
    const run = await onsite(['evaluate', ...args.map((arg) => (arg === 'ANSWER' ? file : arg))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('onsite serve', () => {
  it('migrates, serves the API and the bank, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir('onsite-data-');
    const child = spawn(process.execPath, [BIN, 'serve'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ONSITE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start line; stderr: ${stderr}`)), 25_000);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /Onsite is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
          if (match?.[1] !== undefined) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.on('close', () => reject(new Error(`exited early; stderr: ${stderr}`)));
      });
      const health = (await (await fetch(`${url}/api/health`)).json()) as { ok: boolean };
      expect(health.ok).toBe(true);
      const questions = (await (await fetch(`${url}/api/questions?kind=behavioral`)).json()) as { questions: unknown[] };
      expect(questions.questions.length).toBeGreaterThan(10);
      const created = await fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ questionId: 'behavioral/hardest-bug' }),
      });
      expect(created.status).toBe(201);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('refuses to start with every configuration problem listed, exit 2', async () => {
    const run = await onsite(['serve'], { PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PORT must be a whole number');
    expect(run.stderr).toContain('LOG_LEVEL must be one of');
  });
});
