import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema } from '@onsite/core';
import { startTestPostgres } from '@onsite/db/testing';
import { createQueuedJudge } from '@onsite/judge';
import type { EvaluationSummary } from './report';
import { BIN, ROOT, runOnsite as onsite, tempDir, type OnsiteRun } from './testing/run-onsite';

const BANK = path.join(ROOT, 'packages/content/bank');

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
    copyFileSync(
      path.join(BANK, 'behavioral/hardest-bug.md'),
      path.join(dir, 'behavioral/hardest-bug.md'),
    );
    const good = await onsite(['bank', 'check', '--dir', dir]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('Bank OK');

    writeFileSync(
      path.join(dir, 'behavioral/broken-one.md'),
      '---\nkind: behavioral\ntitle: x\n---\n',
    );
    const bad = await onsite(['bank', 'check', '--dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('broken-one.md');
  });

  it('exits 2 when the directory does not exist', async () => {
    const run = await onsite([
      'bank',
      'check',
      '--dir',
      path.join(tempDir('onsite-nobank-'), 'missing'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read the question bank');
  });
});

describe('onsite evaluate', () => {
  const answerFile = (answer: string = STRONG_ANSWER): string => {
    const file = path.join(tempDir('onsite-answer-'), 'answer.txt');
    writeFileSync(file, answer);
    return file;
  };
  const PROMPT = 'Tell me about the hardest bug you fixed.';
  const evaluateJson = async (answer: string): Promise<EvaluationSummary> => {
    const run = await onsite([
      'evaluate',
      '--kind',
      'behavioral',
      '--prompt',
      PROMPT,
      '--answer-file',
      answerFile(answer),
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as EvaluationSummary;
  };

  it('scores a strong answer above a weak one, printing {score, level, flags, dimensions, followUps, scoreBreakdown, nextSteps} with --json', async () => {
    const [strong, weak] = await Promise.all([
      evaluateJson(STRONG_ANSWER),
      evaluateJson('We fixed the problem and things got kind of better after a while.'),
    ]);
    expect(Object.keys(strong)).toEqual([
      'score',
      'level',
      'flags',
      'dimensions',
      'followUps',
      'scoreBreakdown',
      'nextSteps',
    ]);
    for (const dimension of strong.dimensions) expect(dimension.reason).not.toBe('');
    // The breakdown's weighted mean, less the findings' penalty and under its caps, is the score.
    const breakdown = strong.scoreBreakdown;
    expect(breakdown?.contributions.map((part) => part.dimension).sort()).toEqual(
      strong.dimensions.map((dimension) => dimension.id).sort(),
    );
    expect(breakdown?.score).toBe(strong.score);
    // Nothing caps a strong answer: its score is the weighted mean less the findings' cost.
    expect(breakdown?.caps).toEqual([]);
    const uncapped = (breakdown?.weightedMean ?? 0) - (breakdown?.findingsPenalty ?? 0);
    expect(Math.abs(strong.score - uncapped)).toBeLessThanOrEqual(1);
    expect(strong.score).toBeGreaterThan(weak.score + 30);
    expect(strong.level).toBeGreaterThan(weak.level);
    expect(weak.flags.length).toBeGreaterThan(strong.flags.length);
    expect(weak.followUps.length).toBeGreaterThan(0);
    const quotes = strong.dimensions.flatMap((dimension) => dimension.evidence);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(STRONG_ANSWER).toContain(quote);
  });

  it('flags an answer that never says how it ended (missing-result), and not the one that does', async () => {
    const withoutResult = STRONG_ANSWER.split('\n').slice(0, 5).join('\n');
    const [cut, whole] = await Promise.all([
      evaluateJson(withoutResult),
      evaluateJson(STRONG_ANSWER),
    ]);
    expect(cut.flags).toContain('missing-result');
    expect(whole.flags).not.toContain('missing-result');
  });

  it('prints a readable report without --json, against a bank question', async () => {
    const run = await onsite([
      'evaluate',
      '--kind',
      'behavioral',
      '--question',
      'behavioral/hardest-bug',
      '--answer-file',
      answerFile(),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Score \d+\/100/);
    expect(run.stdout).toContain('Dimensions:');
  });

  it.each([
    [
      'a missing answer file',
      [
        '--kind',
        'behavioral',
        '--prompt',
        'Tell me about a bug.',
        '--answer-file',
        '/nonexistent/answer.txt',
      ],
      'does not exist',
    ],
    [
      'an unknown question',
      [
        '--kind',
        'behavioral',
        '--question',
        'behavioral/no-such-question',
        '--answer-file',
        'ANSWER',
      ],
      'no-such-question',
    ],
    [
      'a coding answer given as text',
      ['--kind', 'coding', '--prompt', 'Reverse a list.', '--answer-file', 'ANSWER'],
      'A coding solution needs --question ID (e.g. coding/pair-with-target-sum), --language L and --solution FILE.',
    ],
    [
      'a coding question that is not in the bank',
      [
        '--kind',
        'coding',
        '--question',
        'coding/no-such-problem',
        '--language',
        'python',
        '--solution',
        'ANSWER',
      ],
      'There is no coding question "coding/no-such-problem" in the bank',
    ],
    [
      'a kind that is not registered',
      ['--kind', 'system-design', '--prompt', 'Design a cache.', '--answer-file', 'ANSWER'],
      'Allowed choices are behavioral, coding',
    ],
    ['no question at all', ['--kind', 'behavioral', '--answer-file', 'ANSWER'], '--prompt'],
    [
      'both a prompt and a question',
      [
        '--kind',
        'behavioral',
        '--prompt',
        'Tell me.',
        '--question',
        'behavioral/hardest-bug',
        '--answer-file',
        'ANSWER',
      ],
      'cannot be used with',
    ],
    ['no answer file', ['--kind', 'behavioral', '--prompt', 'Tell me.'], '--answer-file'],
  ])('exits 2 with a clear message for %s', async (_label, args, message) => {
    const file = answerFile();
    const run = await onsite(['evaluate', ...args.map((arg) => (arg === 'ANSWER' ? file : arg))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('onsite evaluate --kind coding', () => {
  it('judges a solution on every test of the bank question and prints its scorecard as JSON', async () => {
    const solution = path.join(tempDir('onsite-solution-'), 'pair.py');
    writeFileSync(
      solution,
      [
        'def pairWithTargetSum(nums, target):',
        '    for first in range(len(nums)):',
        '        for second in range(first + 1, len(nums)):',
        '            if nums[first] + nums[second] == target:',
        '                return [first, second]',
        '    return []',
        '',
      ].join('\n'),
    );
    const run = await onsite([
      'evaluate',
      '--kind',
      'coding',
      '--question',
      'coding/pair-with-target-sum',
      '--language',
      'python',
      '--solution',
      solution,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const scorecard = JSON.parse(run.stdout) as {
      level: number;
      flags: string[];
      dimensions: { id: string; level: number }[];
      followUps: string[];
      coding: { verdict: string; notObserved: string[]; study: { explanation: string } | null };
    };
    // Checking every pair is right on the small tests and times out on the largest.
    expect(scorecard.coding.verdict).toBe('Time Limit Exceeded');
    expect(scorecard.flags).toContain('too-slow');
    expect(scorecard.level).toBeLessThanOrEqual(2);
    expect(scorecard.dimensions.map((dimension) => dimension.id)).toEqual([
      'problem-solving',
      'technical-competency',
    ]);
    expect(scorecard.coding.notObserved).toEqual(['Testing', 'Communication']);
    expect(scorecard.followUps[0]).toMatch(/times out on the large one/u);
  }, 60_000);
});

describe('onsite serve', () => {
  it('refuses a second server on the same data directory with exit 1, naming the directory and the first server; a damaged database names its file', async () => {
    const dataDir = tempDir('onsite-data-');
    const first = spawn(process.execPath, [BIN, 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        ONSITE_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
    });
    const firstExited = new Promise<number | null>((resolve) => first.on('close', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        const timer = setTimeout(
          () => reject(new Error('the first server printed no start line')),
          25_000,
        );
        first.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /Onsite is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
          if (match?.[1] !== undefined) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        first.on('close', () => reject(new Error('the first server exited early')));
      });
      const second = await onsite(['serve'], {
        PORT: '0',
        HOST: '127.0.0.1',
        ONSITE_DATA_DIR: dataDir,
      });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(
        `Another Onsite server (pid ${String(first.pid)}, ${url}) is already using the data directory ${dataDir}`,
      );
      expect(second.stderr).not.toMatch(/\n\s+at /);
      // The first one was not disturbed.
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
    } finally {
      first.kill('SIGTERM');
    }
    expect(await firstExited).toBe(0);

    const file = path.join(dataDir, 'onsite.db');
    writeFileSync(
      file,
      'this is not a database, and never was one; SQLite reads its first 100 bytes as a header',
    );
    const damaged = await onsite(['serve'], {
      PORT: '0',
      HOST: '127.0.0.1',
      ONSITE_DATA_DIR: dataDir,
    });
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain(`The SQLite database ${file} is damaged`);
    expect(damaged.stderr).toContain(`mv ${file} ${file}.damaged`);
  }, 90_000);

  it('migrates, serves the API and the bank, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir('onsite-data-');
    const child = spawn(process.execPath, [BIN, 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        ONSITE_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no start line; stderr: ${stderr}`)),
          25_000,
        );
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
      const health = (await (await fetch(`${url}/api/health`)).json()) as {
        ok: boolean;
      };
      expect(health.ok).toBe(true);
      const questions = (await (await fetch(`${url}/api/questions?kind=behavioral`)).json()) as {
        questions: unknown[];
      };
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

describe('onsite judge', () => {
  const TWO_SUM = path.join(ROOT, 'packages/judge/examples/two-sum.json');
  const file = (name: string, text: string): string => {
    const target = path.join(tempDir('onsite-judge-'), name);
    writeFileSync(target, text);
    return target;
  };
  const correct = `def twoSum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n`;
  const wrong = `def twoSum(nums, target):\n    print("looking at", nums)\n    return [0, 1]\n`;

  it('prints the verdict and every test as JSON and exits 0 for a correct Python solution', async () => {
    const run = await onsite([
      'judge',
      '--spec',
      TWO_SUM,
      '--language',
      'python',
      '--solution',
      file('good.py', correct),
      '--json',
      '--no-complexity',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Record<string, unknown> & {
      tests: Record<string, unknown>[];
    };
    expect(Object.keys(summary).sort()).toEqual([
      'compileOutput',
      'isolation',
      'passed',
      'tests',
      'total',
      'verdict',
    ]);
    expect(summary).toMatchObject({
      verdict: 'Accepted',
      passed: 8,
      total: 8,
      compileOutput: null,
    });
    expect(['namespaces', 'rlimits', 'none']).toContain(summary.isolation);
    expect(summary.tests).toHaveLength(8);
    expect(Object.keys(summary.tests[0] ?? {}).sort()).toEqual([
      'index',
      'memoryKb',
      'sample',
      'timeMs',
      'verdict',
    ]);
    expect(summary.tests.filter((test) => test.sample === true)).toHaveLength(3);
  });

  it('exits 1 for a wrong solution and shows sample data but never hidden data', async () => {
    const solution = file('bad.py', wrong);
    const json = await onsite([
      'judge',
      '--spec',
      TWO_SUM,
      '--language',
      'python',
      '--solution',
      solution,
      '--json',
    ]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      verdict: 'Wrong Answer',
      passed: 3,
      total: 8,
    });

    const text = await onsite([
      'judge',
      '--spec',
      TWO_SUM,
      '--language',
      'python',
      '--solution',
      solution,
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Wrong Answer — \d \/ 8 tests passed/);
    expect(text.stdout).toContain('expected: [1,2]'); // sample test 1
    expect(text.stdout).toContain('looking at [5, 1, 6]');
    expect(text.stdout).not.toContain('-999999999'); // hidden test 5's input

    const sample = await onsite([
      'judge',
      '--spec',
      TWO_SUM,
      '--language',
      'python',
      '--solution',
      solution,
      '--mode',
      'run',
    ]);
    expect(sample.code).toBe(1);
    expect(sample.stdout).toContain('2 / 3 tests passed');
  });

  it('measures the growth of an Accepted submit when the spec has a generator, in JSON and in words', async () => {
    const spec = file(
      'sum-all.json',
      JSON.stringify({
        id: 'sum-all',
        signature: {
          style: 'function',
          name: 'sumAll',
          params: [{ name: 'nums', type: 'int[]' }],
          returns: 'long',
        },
        tests: [{ args: [[1, 2, 3]], expected: 6, sample: true }],
        generator: {
          source: '(n, rng) => [Array.from({ length: n }, () => Math.floor(rng() * 1000))]',
          // Steps of √2 from 4,000: the quadratic reaches the 200 ms target near 16,000 with five
          // sizes above the timer's noise, so the measurement never falls back to sizes below it.
          sizes: [4000, 5657, 8000, 11314, 16000, 22627],
          expectedClass: 'O(n)',
        },
      }),
    );
    const quadratic = file(
      'quadratic.js',
      'function sumAll(nums) {\n  let total = 0;\n  for (let i = 0; i < nums.length; i++) for (let j = 0; j < nums.length; j++) if (i === j) total += nums[i];\n  return total;\n}\n',
    );
    // On a shared machine a measurement may refuse to claim a class ("inconclusive") when the
    // timer is noisy; it must never claim a wrong one. Each output is measured afresh, up to three
    // times, until it claims one; what it claims is then held to the exact expectation.
    const measuredUntilClaimed = async (args: readonly string[]): Promise<OnsiteRun> => {
      for (let attempt = 1; ; attempt += 1) {
        const run = await onsite(args);
        if (attempt === 3 || !/inconclusive/u.test(run.stdout)) return run;
      }
    };
    const json = await measuredUntilClaimed([
      'judge',
      '--spec',
      spec,
      '--language',
      'javascript',
      '--solution',
      quadratic,
      '--json',
    ]);
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual([
      'compileOutput',
      'complexity',
      'isolation',
      'passed',
      'tests',
      'total',
      'verdict',
    ]);
    expect(summary.complexity).toMatchObject({
      fittedClass: 'n^2',
      expectedClass: 'n',
      verdict: 'slower-than-expected',
    });

    const text = await measuredUntilClaimed([
      'judge',
      '--spec',
      spec,
      '--language',
      'javascript',
      '--solution',
      quadratic,
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Growth: O(n²) measured, O(n) expected — slower than expected');
    expect(text.stdout).toMatch(/^\s+4,000 {2}\d+(\.\d+)? ms$/m);

    const skipped = await onsite([
      'judge',
      '--spec',
      spec,
      '--language',
      'javascript',
      '--solution',
      quadratic,
      '--json',
      '--no-complexity',
    ]);
    expect(JSON.parse(skipped.stdout)).not.toHaveProperty('complexity');
  }, 180_000);

  it('lists every problem of an invalid spec and exits 2 without running anything', async () => {
    const spec = file(
      'spec.json',
      JSON.stringify({
        id: 'x',
        signature: {
          style: 'function',
          name: 'f',
          params: [{ name: 'a', type: 'integer' }],
          returns: 'int',
        },
        tests: [],
      }),
    );
    const run = await onsite([
      'judge',
      '--spec',
      spec,
      '--language',
      'python',
      '--solution',
      file('s.py', correct),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a valid judge spec (2 problems');
    expect(run.stderr).toContain('signature.params.0.type');
    expect(run.stderr).toContain('tests: a spec needs at least one test');
    expect(run.stdout).toBe('');

    const notJson = await onsite([
      'judge',
      '--spec',
      file('x.json', '{ nope'),
      '--language',
      'python',
      '--solution',
      file('s.py', correct),
    ]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not valid JSON');

    const language = await onsite([
      'judge',
      '--spec',
      TWO_SUM,
      '--language',
      'cobol',
      '--solution',
      file('s.py', correct),
    ]);
    expect(language.code).toBe(2);
    expect(language.stderr).toContain(
      'Allowed choices are javascript, typescript, python, java, cpp',
    );
  });

  it('blames the spec, not the solution, for test values that do not fit the signature and for a checker that does not compile', async () => {
    const signature = {
      style: 'function',
      name: 'f',
      params: [{ name: 'a', type: 'int' }],
      returns: 'int',
    };
    const tooBig = file(
      'too-big.json',
      JSON.stringify({
        id: 'x',
        signature,
        tests: [{ args: [3_000_000_000], expected: 1, sample: true }],
      }),
    );
    const run = await onsite([
      'judge',
      '--spec',
      tooBig,
      '--language',
      'python',
      '--solution',
      file('f.py', 'def f(a):\n    return 1\n'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/tests\.0\.args\.0: .*int/);
    expect(run.stdout).toBe('');

    const checker = file(
      'checker.json',
      JSON.stringify({
        id: 'x',
        signature,
        tests: [{ args: [1], expected: 1, sample: true }],
        comparison: { mode: 'checker', source: 'return (actual ==' },
      }),
    );
    const broken = await onsite([
      'judge',
      '--spec',
      checker,
      '--language',
      'python',
      '--solution',
      file('f.py', 'def f(a):\n    return 1\n'),
    ]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(
      "The spec's checker (comparison.source) does not compile: SyntaxError",
    );
  });
});

/** A PATH holding only node: no bubblewrap and no prlimit, so the judge falls to isolation 'none'. */
const pathWithoutSandbox = (): string => {
  const dir = tempDir('onsite-path-');
  symlinkSync(process.execPath, path.join(dir, 'node'));
  return dir;
};

describe('onsite doctor', () => {
  it('lists each language with its version and whether it works, the tier, node, data dir and database', async () => {
    const run = await onsite(['doctor'], {
      ONSITE_DATA_DIR: '/tmp/onsite-doctor-data',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ javascript +Node\.js v\d+\S* +works/);
    expect(run.stdout).toMatch(/✓ python +Python 3\.\d+/);
    expect(run.stdout).toMatch(/Isolation tier: (namespaces|rlimits|none)/);
    expect(run.stdout).toContain(`Node: ${process.version}`);
    expect(run.stdout).toContain('Data dir: /tmp/onsite-doctor-data');
    expect(run.stdout).toContain('Database: sqlite (/tmp/onsite-doctor-data/onsite.db)');
  }, 60_000);

  it('warns loudly when the isolation is below namespaces', async () => {
    const run = await onsite(['doctor'], { PATH: pathWithoutSandbox() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Isolation tier: none');
    expect(run.stdout).toContain("WARNING: ISOLATION IS BELOW 'namespaces'");
    expect(run.stdout).toContain('bubblewrap (bwrap) is not installed');
    expect(run.stdout).toMatch(/✗ python +not installed +DOES NOT WORK/);
  }, 60_000);

  it('makes the judge refuse to run code below ONSITE_JUDGE_MIN_ISOLATION', async () => {
    const solution = path.join(tempDir('onsite-weak-'), 'two_sum.js');
    writeFileSync(solution, 'function twoSum(nums, target) { return [0, 1]; }\n');
    const spec = path.join(ROOT, 'packages/judge/examples/two-sum.json');
    const run = await onsite(
      ['judge', '--spec', spec, '--language', 'javascript', '--solution', solution],
      {
        PATH: pathWithoutSandbox(),
        ONSITE_JUDGE_MIN_ISOLATION: 'namespaces',
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("code runs only at isolation 'namespaces' or stronger");
    expect(run.stdout).toBe('');
  });
});

describe('onsite worker', () => {
  it('refuses to start without DATABASE_URL', async () => {
    const run = await onsite(['worker'], { DATABASE_URL: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('set DATABASE_URL');
  });

  it('judges jobs from the PostgreSQL queue and stops cleanly on SIGTERM', async () => {
    const postgres = await startTestPostgres();
    try {
      const url = await postgres.createDatabase();
      const child = spawn(process.execPath, [BIN, 'worker', '--concurrency', '1'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
      });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) =>
        child.on('close', (code) => resolve(code)),
      );
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the worker did not start; stderr: ${stderr}`)),
          30_000,
        );
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('is taking jobs')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });

      const judge = await createQueuedJudge({ connectionString: url });
      try {
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
        const result = await judge.judge({
          spec,
          language: 'python',
          source: 'def add(a, b):\n    return a + b\n',
          mode: 'submit',
        });
        expect(result).toMatchObject({
          verdict: 'Accepted',
          passed: 1,
          total: 1,
        });
      } finally {
        await judge.close();
      }
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await postgres.stop();
    }
  }, 90_000);
});
