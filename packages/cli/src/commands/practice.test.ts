import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/bin/onsite.js');

const WRONG_SOLUTION = 'def pairWithTargetSum(nums, target):\n    return [0, 1]\n';
const CORRECT_SOLUTION = [
  'def pairWithTargetSum(nums, target):',
  '    position_of = {}',
  '    for index, value in enumerate(nums):',
  '        if target - value in position_of:',
  '            return [position_of[target - value], index]',
  '        position_of[value] = index',
  '    return []',
  '',
].join('\n');

/** The real `onsite` launcher with stdin a pipe (no TTY): keys are sent as lines. */
interface PracticeSession {
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything printed so far. */
  output(): string;
  /** Resolves with the output printed after `from` once it matches; rejects on exit or timeout. */
  waitFor(pattern: RegExp, from: number, timeoutMs?: number): Promise<string>;
  send(key: string): void;
  exited: Promise<number | null>;
}

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  // A failed expectation must not leave a watcher running.
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const startPractice = (args: readonly string[], cwd: string): PracticeSession => {
  const child = spawn(process.execPath, [BIN, 'practice', 'coding', ...args], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const listener of listeners) listener();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    child,
    output: () => stdout,
    send: (key) => child.stdin.write(`${key}\n`),
    exited,
    waitFor: (pattern, from, timeoutMs = 45_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const after = stdout.slice(from);
          if (!pattern.test(after)) return;
          cleanUp();
          resolve(after);
        };
        const timer = setTimeout(() => {
          cleanUp();
          reject(
            new Error(
              `no ${String(pattern)} within ${timeoutMs} ms; printed:\n${stdout}\n${stderr}`,
            ),
          );
        }, timeoutMs);
        const cleanUp = (): void => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(() => {
          if (!listeners.has(check)) return;
          cleanUp();
          reject(new Error(`exited before ${String(pattern)}; printed:\n${stdout}\n${stderr}`));
        });
        check();
      }),
  };
};

const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'onsite-practice-'));

describe('onsite practice coding', () => {
  it('writes the starter, runs the samples on each save, gives a hint, accepts a submit with the scorecard, and quits with a summary', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pair.py');
    const session = startPractice(
      ['--question', 'coding/pair-with-target-sum', '--language', 'python', '--file', file],
      dir,
    );
    const intro = await session.waitFor(/Watching .*pair\.py/u, 0);
    expect(intro).toContain('Pair with a target sum');
    expect(intro).toContain('easy · arrays-hashing, two-pointers');
    expect(intro).toContain('1. nums = [3,8,11,5], target = 16');
    expect(intro).toContain(`Starter code written to ${file}.`);
    expect(readFileSync(file, 'utf8')).toContain('def pairWithTargetSum(nums, target):');

    let from = session.output().length;
    writeFileSync(file, WRONG_SOLUTION);
    const wrong = await session.waitFor(/Samples: \d of 3 pass\.[\s\S]*Keys:/u, from);
    expect(wrong).toContain('✗ Samples: 1 of 3 pass.');
    expect(wrong).toContain(
      '  ✗ Sample 1: Wrong Answer\n      input:    nums = [3,8,11,5], target = 16\n      expected: [2,3]\n      actual:   [0,1]',
    );

    from = session.output().length;
    session.send('h');
    const hint = await session.waitFor(/Hint 1 of 3: .+\n/u, from);
    expect(hint).toContain('Checking every pair works');

    from = session.output().length;
    // Saved the way many editors do: a new file renamed over the old one.
    writeFileSync(`${file}.tmp`, CORRECT_SOLUTION);
    renameSync(`${file}.tmp`, file);
    const right = await session.waitFor(/Samples: \d of 3 pass\./u, from);
    expect(right).toContain('✓ Samples: 3 of 3 pass.');

    from = session.output().length;
    session.send('s');
    const accepted = await session.waitFor(/Scorecard[\s\S]*Keys:/u, from);
    expect(accepted).toMatch(/Submit 1: ✓ Accepted — (\d+) of \1 tests passed\./u);
    expect(accepted).toContain('Growth:');
    // The hint counts: a hinted solution is not a strong hire on problem solving.
    expect(accepted).toMatch(/Problem solving: Hire\. .*used 1 hint\./u);
    expect(accepted).toContain('[hints-used]');

    from = session.output().length;
    session.send('q');
    const summary = await session.waitFor(/Done: .*\n/u, from);
    expect(summary).toMatch(
      /Done: 1 submit, 1 of 3 hints used, best verdict Accepted \((\d+)\/\1\)\./u,
    );
    expect(await session.exited).toBe(0);
    // The candidate's code is what they wrote, untouched.
    expect(readFileSync(file, 'utf8')).toBe(CORRECT_SOLUTION);
  }, 60_000);

  it('keeps an existing solution file without --force, and says so', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'mine.py');
    writeFileSync(file, WRONG_SOLUTION);
    const session = startPractice(['--question', 'pair-with-target-sum', '--file', file], dir);
    const intro = await session.waitFor(/Watching /u, 0);
    expect(intro).toContain(`Your file ${file} already exists: it is kept as it is`);
    session.child.stdin.end();
    expect(await session.exited).toBe(0);
    expect(session.output()).toContain('Done: 0 submits, 0 of 3 hints used, best verdict none');
    expect(readFileSync(file, 'utf8')).toBe(WRONG_SOLUTION);
  }, 30_000);

  it('ends with the summary on Ctrl-C (SIGINT) when the keys come from a pipe', async () => {
    const dir = tempDir();
    const session = startPractice(['--question', 'pair-with-target-sum'], dir);
    await session.waitFor(/Watching /u, 0);
    session.send('h');
    await session.waitFor(/Hint 1 of 3/u, 0);
    session.child.kill('SIGINT');
    expect(await session.exited).toBe(0);
    expect(session.output()).toContain('Done: 0 submits, 1 of 3 hints used, best verdict none');
    // Without --file the starter goes to ./<slug>.<extension>.
    expect(readFileSync(path.join(dir, 'pair-with-target-sum.py'), 'utf8')).toContain(
      'def pairWithTargetSum',
    );
  }, 30_000);

  it('documents its keys in --help', async () => {
    const session = startPractice(['--help'], tempDir());
    expect(await session.exited).toBe(0);
    expect(session.output()).toContain('s  submit: every test');
    expect(session.output()).toContain('h  the next hint');
    expect(session.output()).toContain('q  quit with a summary');
  }, 30_000);

  it('exits 2 listing the valid patterns for an unknown one', async () => {
    const session = startPractice(['--pattern', 'sorting-hat'], tempDir());
    let stderr = '';
    session.child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await session.exited).toBe(2);
    expect(stderr).toContain("argument 'sorting-hat' is invalid");
    expect(stderr).toContain('Allowed choices are arrays-hashing, two-pointers, sliding-window');
  }, 30_000);
});
