/**
 * Progress over a long history (issue 12): GET /api/progress (Today, trends, weak areas, the
 * plan) and GET /api/history (filters, a page) on 2 000 finished rounds, against a real server
 * process on 127.0.0.1 over a real SQLite file. Target: ≤ 100 ms of server time each.
 *
 * The history is generated straight into the database: behavioral rounds whose scorecards the
 * real STAR evaluator wrote for real bank questions (answers of known quality, from strong to
 * vague), coding interview rounds whose scorecards the real coding evaluator wrote from judged
 * submits (a reference solution, failed submits before it, hints, growth), each with its
 * submissions stored, over 26 weeks; stories and a study plan beside them.
 *
 * Server time is what the server itself logs for each request (its request log at debug level:
 * from the first middleware to the response); the round trip over loopback is shown beside it.
 * Each route is measured in three states:
 * - warm: nothing changed since the last read (the per-user history is in memory);
 * - one new round: a round finished since (the history catches up with one page);
 * - older import: a round imported with an older date before each request, which the newest-first
 *   catch-up cannot place (until 2026-12-05 this read the whole history again, "cold (reread)":
 *   1-2 s; now the ids of every finished round are read and only the unknown round's facts). A
 *   whole read is left to the first request after a start (the server reads the local user's
 *   history as it starts) and to users evicted from the cache.
 *
 * Run: `npx tsx bench/progress.bench.ts` (ONSITE_PROGRESS_ROUNDS=2000, ONSITE_PROGRESS_RUNS=30;
 * ONSITE_PROGRESS_DATA_DIR=DIR keeps the generated history in DIR and reuses it next time, e.g. to
 * profile a server started on it yourself).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  asQuestionId,
  asRoundId,
  asSessionId,
  asStoryId,
  evaluateCodingSubmission,
  interviewTranscriptOf,
  isBehavioralQuestion,
  isCodingQuestion,
  LOCAL_USER_ID,
  roundKinds,
  type AnswerEvaluation,
  type BehavioralQuestionWithId,
  type CodingQuestionWithId,
  type JudgeResult,
  type Question,
  type Round,
  type Turn,
  type Verdict,
} from '@onsite/core';
import {
  BLAMING_FAILURE,
  BYSTANDER,
  CONCRETE_SHORT,
  NO_ENDING,
  OWNED_FAILURE,
  RELATIVE_NO_BASELINE,
  STRONG_CODEBASE,
  VAGUE_WE,
  WE_MIGRATION,
} from '@onsite/core/testing';
import { DEFAULT_BANK_DIR, loadBank } from '@onsite/content';
import { openDatabase, type Database } from '@onsite/db';
import { freePort } from '@onsite/db/testing';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

const readCount = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number above 0, got "${raw ?? ''}".`);
  return value;
};

const ROUNDS = readCount('ONSITE_PROGRESS_ROUNDS', 2000);
const RUNS = readCount('ONSITE_PROGRESS_RUNS', 30);
const COLD_RUNS = Math.max(5, Math.round(RUNS / 3));
const TARGET_MS = 100;
const WEEKS = 26;
const CODING_SHARE = 0.35;
const DAY_MS = 86_400_000;

/** Questions drawn from, per kind: a candidate practises some questions many times. */
const QUESTIONS_PER_KIND = 16;

const ANSWERS = [
  STRONG_CODEBASE,
  CONCRETE_SHORT,
  OWNED_FAILURE,
  WE_MIGRATION,
  RELATIVE_NO_BASELINE,
  NO_ENDING,
  BYSTANDER,
  BLAMING_FAILURE,
  VAGUE_WE,
];
const REPLIES = [
  'The baseline was 30 failures a day in the week before; afterwards the dashboard showed two.',
  'I wrote the plan and ran the rollout myself; my lead reviewed the design.',
  'We, well the team, decided it together in a meeting.',
];

/** A deterministic generator, so every run measures the same history. */
const seeded = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};
const random = seeded(12);
const pick = <T>(items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

// ── The history ────────────────────────────────────────────────────────────

const iso = (ms: number): string => new Date(ms).toISOString();

const turn = (index: number, fields: Omit<Turn, 'index'>): Turn => ({ index, ...fields });

const behavioralEvaluations = new Map<string, AnswerEvaluation>();

const behavioralRound = (
  question: Question,
  answerIndex: number,
  reply: string,
  startedMs: number,
): Omit<Round, 'id' | 'sessionId'> => {
  const answer = ANSWERS[answerIndex] ?? '';
  const key = `${question.id}|${answerIndex}|${reply}`;
  let evaluation = behavioralEvaluations.get(key);
  if (evaluation === undefined) {
    evaluation = roundKinds.evaluate({
      kind: 'behavioral',
      prompt: question.prompt,
      question,
      answer,
      replies: [{ probe: 'What was the baseline?', reply }],
    });
    behavioralEvaluations.set(key, evaluation);
  }
  const finishedMs = startedMs + 9 * 60_000;
  return {
    userId: LOCAL_USER_ID,
    position: 0,
    kind: 'behavioral',
    questionId: asQuestionId(question.id),
    title: question.title,
    prompt: question.prompt,
    status: 'finished',
    transcript: [
      turn(0, {
        speaker: 'interviewer',
        purpose: 'question',
        text: question.prompt,
        at: iso(startedMs),
      }),
      turn(1, {
        speaker: 'candidate',
        purpose: 'answer',
        text: answer,
        at: iso(startedMs + 300_000),
      }),
      turn(2, {
        speaker: 'interviewer',
        purpose: 'probe',
        text: 'What was the baseline?',
        at: iso(startedMs + 301_000),
        targetFlag: 'no-baseline',
      }),
      turn(3, {
        speaker: 'candidate',
        purpose: 'reply',
        text: reply,
        at: iso(startedMs + 480_000),
      }),
      turn(4, {
        speaker: 'interviewer',
        purpose: 'closing',
        text: 'Thank you, that is all I wanted to ask.',
        at: iso(finishedMs),
      }),
    ],
    draft: null,
    timeLimitMs: 12 * 60_000,
    startedAt: iso(startedMs),
    finishedAt: iso(finishedMs),
    elapsedMs: finishedMs - startedMs,
    interimEvaluation: evaluation,
    scorecard: { evaluation, interviewer: 'built-in', evaluatedAt: iso(finishedMs) },
  };
};

const judged = (question: CodingQuestionWithId, verdict: Verdict): JudgeResult => {
  const total = Math.max(question.tests.length, 12);
  const failingAt = verdict === 'Accepted' ? total : Math.floor(total / 2);
  return {
    verdict,
    passed: verdict === 'Accepted' ? total : failingAt,
    total,
    tests: Array.from({ length: total }, (_, index) => ({
      index,
      verdict: index < failingAt ? ('Accepted' as const) : verdict,
      timeMs: 3 + (index % 7),
      memoryKb: 9_800 + index * 13,
      sample: index < 2,
      ...(index < 2 ? { input: [[2, 7, 11, 15], 9], expected: [0, 1], actual: [0, 1] } : {}),
    })),
    compileOutput: null,
    compileTimeMs: null,
    error: null,
    isolation: 'namespaces',
  };
};

const solutionOf = (question: CodingQuestionWithId): string => {
  const file = join(DEFAULT_BANK_DIR, 'coding', `${question.slug}.solution.py`);
  return existsSync(file)
    ? readFileSync(file, 'utf8')
    : `def ${question.signature.style === 'function' ? question.signature.name : question.signature.className}(*args):\n    return None\n`;
};

const codingEvaluations = new Map<string, AnswerEvaluation>();

/** A coding interview round with `failed` failed submits before the last one, and its submissions. */
const codingRound = (
  question: CodingQuestionWithId,
  failed: number,
  accepted: boolean,
  hints: number,
  startedMs: number,
) => {
  const source = solutionOf(question);
  const at = (minutes: number) => iso(startedMs + minutes * 60_000);
  const said = [
    turn(0, {
      speaker: 'interviewer',
      purpose: 'question',
      text: question.prompt,
      at: at(0),
      phase: 'clarify',
    }),
    turn(1, {
      speaker: 'candidate',
      purpose: 'answer',
      text: 'Can the input be empty, and can values repeat or be negative?',
      at: at(2),
      phase: 'clarify',
    }),
    turn(2, {
      speaker: 'interviewer',
      purpose: 'reply',
      text: 'Yes to all three.',
      at: at(2),
      phase: 'clarify',
    }),
    turn(3, {
      speaker: 'candidate',
      purpose: 'answer',
      text: `I would keep a hash map of what I have seen, one pass, so ${question.expectedComplexity} time and ${question.expectedSpace} space; the largest input is 10^5, so that is fine.`,
      at: at(6),
      phase: 'approach',
    }),
    ...Array.from({ length: hints }, (_, index) =>
      turn(4 + index, {
        speaker: 'interviewer',
        purpose: 'hint',
        text: question.hints[index] ?? 'Think about what you need to remember.',
        at: at(10 + index),
        phase: 'code',
      }),
    ),
  ];
  const transcript = [
    ...said,
    turn(said.length, {
      speaker: 'interviewer',
      purpose: 'closing',
      text: 'Thanks, that is time.',
      at: at(40),
      phase: 'test',
    }),
  ];
  const verdicts: Verdict[] = [
    ...Array.from({ length: failed }, () => 'Wrong Answer' as const),
    accepted ? 'Accepted' : 'Wrong Answer',
  ];
  const submits = verdicts.map((verdict, index) => ({
    verdict,
    atMs: (15 + index * 8) * 60_000,
  }));
  const key = `${question.id}|${failed}|${accepted}|${hints}`;
  let evaluation = codingEvaluations.get(key);
  if (evaluation === undefined) {
    evaluation = evaluateCodingSubmission({
      question,
      language: 'python',
      source,
      result: judged(question, accepted ? 'Accepted' : 'Wrong Answer'),
      growth: null,
      submissions: submits,
      interview: interviewTranscriptOf(transcript, question),
    });
    codingEvaluations.set(key, evaluation);
  }
  const finishedMs = startedMs + 40 * 60_000;
  const round: Omit<Round, 'id' | 'sessionId'> = {
    userId: LOCAL_USER_ID,
    position: 0,
    kind: 'coding',
    questionId: asQuestionId(question.id),
    title: question.title,
    prompt: question.prompt,
    status: 'finished',
    transcript,
    draft: null,
    timeLimitMs: 45 * 60_000,
    startedAt: iso(startedMs),
    finishedAt: iso(finishedMs),
    elapsedMs: finishedMs - startedMs,
    interimEvaluation: null,
    scorecard: { evaluation, interviewer: 'built-in', evaluatedAt: iso(finishedMs) },
  };
  return { round, source, verdicts: submits };
};

let nextId = 0;
/** Ids stay unique when a kept history (ONSITE_PROGRESS_DATA_DIR) gets more rounds in a later run. */
const RUN = Date.now().toString(36);
const newId = (prefix: string): string => {
  nextId += 1;
  return `${prefix}-${RUN}-${String(nextId).padStart(6, '0')}`;
};

/** Writes one finished round (and a coding round's submissions) as the app would have stored it. */
const storeRound = async (database: Database, questions: BankQuestions, startedMs: number) => {
  const sessionId = newId('session');
  const roundId = newId('round');
  const isCoding = random() < CODING_SHARE;
  const answer = Math.floor(random() * ANSWERS.length);
  const built = isCoding
    ? codingRound(
        pick(questions.coding),
        Math.floor(random() * 3),
        random() < 0.8,
        Math.floor(random() * 3),
        startedMs,
      )
    : {
        round: behavioralRound(
          pick(questions.behavioral),
          answer,
          REPLIES[answer % REPLIES.length] ?? '',
          startedMs,
        ),
        source: null,
        verdicts: [],
      };
  const { round } = built;
  await database.sessions.createSession({
    id: asSessionId(sessionId),
    userId: LOCAL_USER_ID,
    mode: 'practice',
    title: round.title,
    status: 'finished',
    createdAt: round.startedAt,
    finishedAt: round.finishedAt,
  });
  await database.sessions.createRound({
    ...round,
    id: asRoundId(roundId),
    sessionId: asSessionId(sessionId),
  });
  for (const submit of built.verdicts) {
    const question = questions.coding.find((each) => each.id === round.questionId);
    if (question === undefined || built.source === null) continue;
    const at = iso(startedMs + submit.atMs);
    await database.submissions.createSubmission({
      id: newId('submission'),
      userId: LOCAL_USER_ID,
      questionId: question.id,
      roundId,
      language: 'python',
      mode: 'submit',
      source: built.source,
      status: 'done',
      result: judged(question, submit.verdict),
      error: null,
      complexity: null,
      createdAt: at,
      finishedAt: at,
      judgedBy: 'bench',
    });
  }
};

interface BankQuestions {
  readonly behavioral: readonly BehavioralQuestionWithId[];
  readonly coding: readonly CodingQuestionWithId[];
}

const generateHistory = async (dataDir: string, questions: BankQuestions): Promise<number> => {
  const started = performance.now();
  const database = await openDatabase({ dataDir });
  try {
    const now = Date.now();
    const span = WEEKS * 7 * DAY_MS;
    // Spread evenly over the weeks, at a time of day that varies, the newest a few hours ago.
    for (let index = 0; index < ROUNDS; index += 1) {
      const startedMs = now - span + Math.floor((index / ROUNDS) * span) - 3 * 3_600_000;
      await storeRound(database, questions, startedMs);
    }
    const principles = [
      ...new Set(questions.behavioral.flatMap((question) => question.principles)),
    ];
    for (let index = 0; index < 12; index += 1) {
      const at = iso(now - (12 - index) * 7 * DAY_MS);
      await database.stories.saveStory({
        id: asStoryId(newId('story')),
        userId: LOCAL_USER_ID,
        title: `Story ${index + 1}`,
        situation: 'Our checkout API timed out for 3% of requests at the evening peak.',
        task: 'I owned the service that quarter.',
        action: 'I traced the timeouts to retries and capped them with backoff.',
        result: 'Errors fell from 3% to 0.2%.',
        learning: 'Measure before changing anything.',
        principles: principles.slice(index * 2, index * 2 + 2),
        competencies: ['ownership'],
        tags: [],
        createdAt: at,
        updatedAt: at,
      });
    }
    await database.plans.savePlan(
      LOCAL_USER_ID,
      { targetDate: iso(now + 42 * DAY_MS).slice(0, 10), loop: 'amazon', hoursPerWeek: 8 },
      iso(now),
    );
  } finally {
    await database.close();
  }
  return performance.now() - started;
};

// ── The server and its request log ─────────────────────────────────────────

interface Server {
  readonly url: string;
  /** The server's own time for the next request it logs (its request log). */
  nextServerMs(path: string): Promise<number>;
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

const startServerProcess = async (dataDir: string): Promise<Server> => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    tsx,
    [join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), 'serve'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        ONSITE_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        // Debug: the server logs each request with its time (app.ts, logRequests).
        LOG_LEVEL: 'debug',
        ONSITE_FROM_SOURCE: '1',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const logged: { path: string; ms: number }[] = [];
  if (child.stdout !== null)
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; path?: string; ms?: number };
        if (entry.msg === 'request' && entry.path !== undefined && entry.ms !== undefined)
          logged.push({ path: entry.path, ms: entry.ms });
      } catch {
        // Not a log line.
      }
    });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with code ${child.exitCode} before it was ready.`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('The server was not ready within 90 s.');
    }
    await sleep(200);
  }
  return {
    url,
    async nextServerMs(path) {
      for (let waited = 0; waited < 2000; waited += 2) {
        const index = logged.findIndex((entry) => entry.path === path);
        if (index >= 0) {
          const [entry] = logged.splice(0, index + 1).slice(-1);
          return entry?.ms ?? Number.NaN;
        }
        await sleep(2);
      }
      throw new Error(`The server logged no request for ${path}.`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
};

// ── Measuring ──────────────────────────────────────────────────────────────

interface Sample {
  readonly serverMs: number;
  readonly roundTripMs: number;
}

const measure = async (server: Server, pathAndQuery: string): Promise<Sample> => {
  const started = performance.now();
  const response = await fetch(`${server.url}${pathAndQuery}`);
  const body = await response.text();
  const roundTripMs = performance.now() - started;
  if (!response.ok)
    throw new Error(`${pathAndQuery} answered ${response.status}: ${body.slice(0, 200)}`);
  const serverMs = await server.nextServerMs(new URL(pathAndQuery, server.url).pathname);
  return { serverMs, roundTripMs };
};

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

interface Row {
  readonly route: string;
  readonly state: string;
  readonly samples: readonly Sample[];
}

const printRows = (rows: readonly Row[]): boolean => {
  console.log(
    `\n${'route'.padEnd(36)}${'state'.padEnd(16)}${'n'.padStart(4)}${'server p50'.padStart(12)}${'p95'.padStart(8)}${'max'.padStart(8)}${'trip p50'.padStart(10)}${'p95'.padStart(8)}   target p95 ≤ ${TARGET_MS} ms`,
  );
  let met = true;
  for (const { route, state, samples } of rows) {
    const server = samples.map((sample) => sample.serverMs);
    const trip = samples.map((sample) => sample.roundTripMs);
    const p95 = percentile(server, 0.95);
    if (p95 > TARGET_MS) met = false;
    console.log(
      `${route.padEnd(36)}${state.padEnd(16)}${String(samples.length).padStart(4)}${percentile(server, 0.5).toFixed(1).padStart(12)}${p95.toFixed(1).padStart(8)}${Math.max(
        ...server,
      )
        .toFixed(1)
        .padStart(
          8,
        )}${percentile(trip, 0.5).toFixed(1).padStart(10)}${percentile(trip, 0.95).toFixed(1).padStart(8)}   ${p95 <= TARGET_MS ? 'met' : 'MISSED'}`,
    );
  }
  return met;
};

const main = async (): Promise<void> => {
  console.log(
    `${availableParallelism()} cores; load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min) at the start: times scale with what else runs.`,
  );
  const { questions } = loadBank();
  const bank: BankQuestions = {
    behavioral: questions.filter(isBehavioralQuestion).slice(0, QUESTIONS_PER_KIND),
    coding: questions.filter(isCodingQuestion).slice(0, QUESTIONS_PER_KIND),
  };
  const keptDir = process.env.ONSITE_PROGRESS_DATA_DIR;
  const dataDir =
    keptDir === undefined || keptDir === ''
      ? mkdtempSync(join(tmpdir(), 'onsite-progress-bench-'))
      : keptDir;
  let server: Server | undefined;
  try {
    if (existsSync(join(dataDir, 'onsite.db'))) {
      console.log(`Reusing the history in ${dataDir}.`);
    } else {
      const generatedMs = await generateHistory(dataDir, bank);
      console.log(
        `Generated ${ROUNDS} finished rounds (${Math.round(CODING_SHARE * 100)}% coding interviews, with their submits) over ${WEEKS} weeks, 12 stories and a plan, into SQLite in ${(generatedMs / 1000).toFixed(1)} s (${behavioralEvaluations.size} behavioral and ${codingEvaluations.size} coding scorecards from the real evaluators).`,
      );
    }
    server = await startServerProcess(dataDir);
    const running = server;

    const routes = [
      { label: 'GET /api/progress (Lisbon)', path: '/api/progress?timeZone=Europe/Lisbon' },
      { label: 'GET /api/history (page 1)', path: '/api/history' },
      {
        label: 'GET /api/history search',
        path: '/api/history?search=latency%20baseline&timeZone=Europe/Lisbon',
      },
      {
        label: 'GET /api/history kind+topic+from',
        path: '/api/history?kind=coding&topic=arrays-hashing&from=2000-01-01&limit=20',
      },
    ];
    // A writer beside the server, as another tab or `onsite import` would be.
    const writer = await openDatabase({ dataDir });
    const rows: Row[] = [];
    try {
      const olderRound = async () => {
        // Before every round so far: a catch-up cannot place it, the whole history is read again.
        await storeRound(writer, bank, Date.now() - (WEEKS + 4) * 7 * DAY_MS);
      };
      const newRound = async () => {
        await storeRound(writer, bank, Date.now() - 60 * 60_000);
      };
      const [dashboard] = routes;
      if (dashboard !== undefined)
        rows.push({
          route: dashboard.label,
          state: 'first request',
          samples: [await measure(running, dashboard.path)],
        });
      for (const { label, path } of routes) {
        const cold: Sample[] = [];
        for (let run = 0; run < COLD_RUNS; run += 1) {
          await olderRound();
          cold.push(await measure(running, path));
        }
        const caughtUp: Sample[] = [];
        for (let run = 0; run < COLD_RUNS; run += 1) {
          await newRound();
          caughtUp.push(await measure(running, path));
        }
        const warm: Sample[] = [];
        for (let run = 0; run < RUNS; run += 1) warm.push(await measure(running, path));
        rows.push(
          { route: label, state: 'warm', samples: warm },
          { route: label, state: 'one new round', samples: caughtUp },
          { route: label, state: 'older import', samples: cold },
        );
      }
    } finally {
      await writer.close();
    }
    const met = printRows(rows);
    console.log(
      `\nServer time is the server's own log of each request; "trip" adds the loopback HTTP client. ${met ? 'Every state met' : 'Not every state met'} the ${TARGET_MS} ms target at p95.`,
    );
  } finally {
    await server?.stop();
    if (dataDir !== keptDir) rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
