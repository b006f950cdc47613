import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCodingQuestion, toPublicQuestion, type CodingQuestionWithId } from '@onsite/core';
import { leaksIn, secretsOf } from './hidden-test-secrets';
import { DEFAULT_BANK_DIR, loadBank } from '@onsite/content';
import { detectToolchains } from '@onsite/judge';
import { loadConfig } from './config';
import type { QuestionResponse, SubmissionCreatedResponse, SubmissionResponse } from './contract';
import { startServer, type RunningServer } from './main';

/**
 * Hidden tests never leave the server. For one coding question of every shape in the
 * shipped bank (see `shapeOf`), every route that could carry one is fetched over real HTTP
 * (the composition root: real SQLite, real bank, the real sandboxed judge), and
 * no hidden test's input or expected output may appear in any answer: not as a
 * value anywhere in the JSON, not as text (a message, stdout, an SSE event).
 * A solution that prints its inputs and throws them in an error on the first
 * hidden test is judged too, so a careless message or stdout would show.
 */
/**
 * What decides how a problem's values travel through the routes (and so where a hidden test
 * could leak): function or class, the comparison (a checker's source is code too), and the kinds
 * of value (linked lists, trees, text, floats, nested lists, an argument changed in place). One
 * problem of each shape is judged: the routes are the same for every problem of a shape, and
 * judging all sixty-four took 86 s of the unit tests.
 */
const shapeOf = (question: CodingQuestionWithId): string => {
  const { signature } = question;
  const types =
    signature.style === 'function'
      ? [...signature.params.map((param) => param.type), signature.returns]
      : [];
  const has = (pattern: RegExp): boolean => types.some((type) => pattern.test(type));
  return [
    signature.style,
    question.comparison.mode,
    has(/ListNode/u) && 'list',
    has(/TreeNode/u) && 'tree',
    has(/string|char/u) && 'text',
    has(/double/u) && 'float',
    has(/\[\]\[\]/u) && 'nested',
    signature.style === 'function' && signature.mutates !== undefined && 'in-place',
  ]
    .filter(Boolean)
    .join(' ');
};
const allCoding = loadBank().questions.filter(isCodingQuestion);
const questions = [
  ...new Map(
    allCoding.map((question) => [shapeOf(question), question] as const).reverse(),
  ).values(),
].sort((left, right) => left.slug.localeCompare(right.slug));
/** The bank's reference solution, beside its question in content. */
const referenceSolution = (slug: string): string =>
  readFileSync(path.join(DEFAULT_BANK_DIR, 'coding', `${slug}.solution.py`), 'utf8');
const python = detectToolchains().python;

/**
 * A Python solution that prints every argument list it gets, as plain JSON,
 * and on the first hidden test throws it in an error: the reference solution answers the samples before that.
 */
const leakProbe = (question: CodingQuestionWithId): string => {
  const reference = referenceSolution(question.slug);
  if (question.signature.style !== 'function') throw new Error('the probe wraps function problems');
  const firstHidden = question.tests.findIndex((test) => !test.sample);
  const name = question.signature.name;
  return `import json
${reference}
_reference = ${name}
_calls = 0

def _plain(value):
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if hasattr(value, 'next') and hasattr(value, 'val'):
        out = []
        while value is not None:
            out.append(value.val)
            value = value.next
        return out
    if hasattr(value, 'left') and hasattr(value, 'val'):
        out, queue, head = [], [value], 0
        while head < len(queue):
            node = queue[head]
            head += 1
            if node is None:
                out.append(None)
                continue
            out.append(node.val)
            queue.extend([node.left, node.right])
        while out and out[-1] is None:
            out.pop()
        return out
    return value

def ${name}(*args):
    global _calls
    _calls += 1
    text = json.dumps(_plain(list(args)), separators=(',', ':'))
    print(text)
    if _calls > ${firstHidden}:
        raise Exception(text)
    return _reference(*args)
`;
};

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-hidden-'));
  const config = loadConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      ONSITE_DATA_DIR: dataDir,
      ONSITE_WEB_DIR: path.join(dataDir, 'no-web'),
    },
    dataDir,
  );
  server = await startServer(config, { logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = async (route: string): Promise<{ status: number; body: string }> => {
  const response = await fetch(`${server.url}${route}`);
  return { status: response.status, body: await response.text() };
};

const post = async (route: string, body: unknown): Promise<{ status: number; body: string }> => {
  const response = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
};

/** Submits, then reads the submission's event stream to its end (after the growth measurement, if any). */
const judge = async (
  request: Record<string, unknown>,
): Promise<{ bodies: string[]; final: SubmissionResponse }> => {
  const created = await post('/api/submissions', request);
  expect(created.status).toBe(202);
  const { id } = JSON.parse(created.body) as SubmissionCreatedResponse;
  const events = await get(`/api/submissions/${id}/events`);
  const detail = await get(`/api/submissions/${id}`);
  return {
    bodies: [created.body, events.body, detail.body],
    final: JSON.parse(detail.body) as SubmissionResponse,
  };
};

describe.each(questions.map((question) => [question.slug, question] as const))(
  'the hidden tests of %s',
  (slug, question) => {
    const id = `coding/${slug}`;
    const secrets = secretsOf(question);
    const expectNoLeak = (bodies: readonly string[]) => {
      for (const body of bodies) expect(leaksIn(secrets, body)).toEqual([]);
    };

    it('are not in the question routes: only the samples, the test count and no code', async () => {
      const detail = await get(`/api/questions/${id}`);
      expect(detail.status).toBe(200);
      const { question: shown } = JSON.parse(detail.body) as QuestionResponse;
      expect(shown).not.toHaveProperty('tests');
      expect(shown).not.toHaveProperty('generator');
      expect(shown).not.toHaveProperty('generatedTests');
      expect(shown).toMatchObject({
        testCount: question.tests.length,
        samples: question.tests.flatMap((test, index) => (test.sample ? [{ ...test, index }] : [])),
        measuresGrowth: question.generator !== undefined,
      });
      const routes = [
        `/api/questions`,
        `/api/questions?kind=coding`,
        `/api/questions?search=${encodeURIComponent(question.title)}`,
        `/api/questions/${id}/stories`,
        `/api/meta`,
        `/api/health`,
      ];
      const bodies = [
        detail.body,
        ...(await Promise.all(routes.map(async (route) => (await get(route)).body))),
      ];
      bodies.push((await post('/api/sessions', { questionId: id })).body);
      bodies.push((await get('/api/sessions')).body);
      bodies.push(
        (
          await post('/api/evaluate', {
            kind: 'behavioral',
            questionId: id,
            answer: 'I solved it with a hash map in one pass.',
          })
        ).body,
      );
      expectNoLeak(bodies);
    });

    it.runIf(python.available)(
      'are not in what a run of the reference solution reports',
      async () => {
        const source = referenceSolution(slug);
        const run = await judge({ questionId: id, language: 'python', source, mode: 'run' });
        expect(run.final.result?.verdict).toBe('Accepted');
        expectNoLeak(run.bodies);
      },
      60_000,
    );

    // A function problem is probed by a solution that prints its inputs and throws them on the
    // first hidden test; the design problem by an Accepted submit (it has no growth measurement to wait for).
    if (question.signature.style === 'function') {
      it.runIf(python.available)(
        'are not in the stdout or the error of a solution that prints and throws them',
        async () => {
          const probe = await judge({
            questionId: id,
            language: 'python',
            source: leakProbe(question),
            mode: 'submit',
          });
          // The probe really did get to a hidden test and fail there with the input in its error.
          expect(probe.final.result?.verdict).toBe('Runtime Error');
          const history = await get(
            `/api/submissions?questionId=${encodeURIComponent(id)}&mode=submit`,
          );
          expectNoLeak([...probe.bodies, history.body]);
        },
        120_000,
      );
    } else {
      it.runIf(python.available)(
        'are not in what an Accepted submit reports',
        async () => {
          const source = referenceSolution(slug);
          const submit = await judge({
            questionId: id,
            language: 'python',
            source,
            mode: 'submit',
          });
          expect(submit.final.result?.verdict).toBe('Accepted');
          const history = await get(`/api/submissions?questionId=${encodeURIComponent(id)}`);
          expectNoLeak([...submit.bodies, history.body]);
        },
        120_000,
      );
    }
  },
);

describe('the leak detector', () => {
  it('finds a hidden test in an answer that carries one, as a value and as text, and nothing in the public question', () => {
    const question = allCoding.find((candidate) => candidate.slug === 'pair-with-target-sum');
    const hidden = question?.tests.find((test) => !test.sample);
    if (question === undefined || hidden === undefined)
      throw new Error('bank/coding/pair-with-target-sum.md has no hidden test');
    const secrets = secretsOf(question);
    expect(leaksIn(secrets, JSON.stringify({ question: { ...question } }))).not.toEqual([]);
    expect(
      leaksIn(secrets, `data: {"message":"failed on ${JSON.stringify(hidden.args)}"}`),
    ).not.toEqual([]);
    expect(leaksIn(secrets, JSON.stringify({ question: toPublicQuestion(question) }))).toEqual([]);
  });
});
