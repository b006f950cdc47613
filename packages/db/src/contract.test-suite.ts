/**
 * The one contract every SessionStore/StoryStore/SubmissionStore adapter must pass
 * (SQLite, PostgreSQL, memory). Each test opens a fresh, empty store, so tests are independent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LOCAL_USER_ID,
  STAR_FLAGS,
  asQuestionId,
  asRoundId,
  asSessionId,
  asStoryId,
  asUserId,
  type AnswerEvaluation,
  type HiringLevel,
  type Round,
  type RoundKind,
  type Scorecard,
  type Session,
  type SessionStore,
  type Story,
  type StoryStore,
  type ComplexityReport,
  type JudgeResult,
  type PlanStore,
  type SubmissionRecord,
  type SubmissionStore,
  type Turn,
  type UserId,
  practiceScorecardOf,
} from '@onsite/core';

export interface StoreUnderTest {
  readonly sessions: SessionStore;
  readonly stories: StoryStore;
  readonly submissions: SubmissionStore;
  readonly plans: PlanStore;
  /** Stores may require a user row before they accept that user's sessions. */
  addUser(id: UserId): Promise<void>;
  close(): Promise<void>;
}

const OTHER_USER = asUserId('someone-else');

const at = (minute: number): string => new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();

const makeSession = (id: string, overrides: Partial<Session> = {}): Session => ({
  id: asSessionId(id),
  userId: LOCAL_USER_ID,
  mode: 'practice',
  title: `Session ${id}`,
  status: 'active',
  createdAt: at(0),
  finishedAt: null,
  ...overrides,
});

const makeEvaluation = (score: number, level: HiringLevel): AnswerEvaluation => ({
  kind: 'behavioral',
  score,
  level,
  flags: [
    {
      flag: 'no-baseline',
      message: 'You said "40% faster" but not than what.',
      evidence: [{ quote: '40% faster', turn: 0, start: 3, end: 13 }],
    },
  ],
  dimensions: [
    { id: 'impact', name: 'Impact', level, summary: 'A number without a baseline.', evidence: [] },
  ],
  segments: [{ part: 'result', quote: 'It got 40% faster.', turn: 0, start: 0, end: 18 }],
  wordCount: 120,
  followUps: [{ text: 'Faster than what?', targetFlag: 'no-baseline' }],
  nextSteps: [
    {
      id: 'baseline',
      text: 'Practise stating baselines.',
      action: { kind: 'practice', competency: 'impact' },
    },
  ],
});

const makeScorecard = (score: number, level: HiringLevel, evaluatedAt = at(30)): Scorecard => ({
  evaluation: makeEvaluation(score, level),
  interviewer: 'built-in',
  evaluatedAt,
});

const question = (text: string): Turn => ({
  index: 0,
  speaker: 'interviewer',
  purpose: 'question',
  text,
  at: at(1),
});

const makeRound = (id: string, sessionId: string, overrides: Partial<Round> = {}): Round => ({
  id: asRoundId(id),
  sessionId: asSessionId(sessionId),
  userId: LOCAL_USER_ID,
  position: 0,
  kind: 'behavioral',
  questionId: null,
  title: `Round ${id}`,
  prompt: 'Tell me about a time you changed a plan late.',
  status: 'answering',
  transcript: [question('Tell me about a time you changed a plan late.')],
  draft: null,
  timeLimitMs: 12 * 60_000,
  startedAt: at(1),
  finishedAt: null,
  elapsedMs: null,
  interimEvaluation: null,
  scorecard: null,
  ...overrides,
});

const finished = (score: number, level: HiringLevel, minute: number): Partial<Round> => ({
  status: 'finished',
  finishedAt: at(minute),
  elapsedMs: 600_000,
  scorecard: makeScorecard(score, level),
});

const makeStory = (id: string, overrides: Partial<Story> = {}): Story => ({
  id: asStoryId(id),
  userId: LOCAL_USER_ID,
  title: 'Cut the release scope',
  situation: 'A launch date was fixed by a partner contract.',
  task: 'I owned the export feature.',
  action: 'I split the work and dropped the PDF path.',
  result: 'Shipped on the date; 80% of requests covered.',
  learning: 'Negotiate scope early.',
  principles: ['amazon/ownership'],
  competencies: ['delivery', 'prioritization'],
  tags: ['scope', 'deadline'],
  createdAt: at(0),
  updatedAt: at(0),
  ...overrides,
});

const makeJudgeResult = (verdict: JudgeResult['verdict'] = 'Accepted'): JudgeResult => ({
  verdict,
  passed: verdict === 'Accepted' ? 2 : 1,
  total: 2,
  tests: [
    {
      index: 0,
      verdict: 'Accepted',
      timeMs: 3,
      memoryKb: 40_960,
      sample: true,
      input: [[2, 7], 9],
      expected: [0, 1],
      actual: [0, 1],
      stdout: 'hi\n',
    },
    { index: 1, verdict, timeMs: 12.5, memoryKb: 51_200, sample: false },
  ],
  compileOutput: null,
  compileTimeMs: null,
  error: verdict === 'Accepted' ? null : { message: `${verdict} on hidden test 1`, line: 4 },
  isolation: 'namespaces',
});

const makeComplexityReport = (): ComplexityReport => ({
  fittedClass: 'n^2',
  expectedClass: 'n',
  measurements: [
    { n: 1000, timeMs: 1.5 },
    { n: 2000, timeMs: 6 },
    { n: 4000, timeMs: 24 },
  ],
  verdict: 'slower-than-expected',
  message: 'Your solution grows like O(n²) but this problem expects O(n).',
  fits: [{ fittedClass: 'n^2', error: 0.01, constantMs: 0, growingMs: 24 }],
});

const makeSubmission = (
  id: string,
  overrides: Partial<SubmissionRecord> = {},
): SubmissionRecord => ({
  id,
  userId: LOCAL_USER_ID,
  questionId: 'coding/two-sum',
  roundId: null,
  language: 'python',
  mode: 'submit',
  source: 'def twoSum(nums, target):\n    return [0, 1]  # “quotes” and ünïcode\n',
  status: 'queued',
  result: null,
  error: null,
  complexity: null,
  createdAt: at(0),
  finishedAt: null,
  judgedBy: null,
  ...overrides,
});

export const describeSessionStoreContract = (
  name: string,
  open: () => Promise<StoreUnderTest>,
): void => {
  describe(`${name}: SessionStore contract`, () => {
    let store: StoreUnderTest;
    let sessions: SessionStore;
    beforeEach(async () => {
      store = await open();
      sessions = store.sessions;
      await store.addUser(OTHER_USER);
    });
    afterEach(async () => {
      await store.close();
    });

    it('returns a session with its rounds in position order, each with transcript, draft and scorecard', async () => {
      await sessions.createSession(makeSession('s1', { mode: 'onsite' }));
      await sessions.createRound(
        makeRound('r-late', 's1', { position: 2, kind: 'coding', title: 'Two sum' }),
      );
      await sessions.createRound(
        makeRound('r-first', 's1', {
          position: 0,
          questionId: null,
          draft: { text: 'So, in my last team', savedAt: at(2), revision: 1 },
          interimEvaluation: makeEvaluation(55, 2),
        }),
      );
      await sessions.createRound(makeRound('r-mid', 's1', { position: 1, ...finished(70, 3, 20) }));

      const session = await sessions.getSession(LOCAL_USER_ID, asSessionId('s1'));
      expect(session?.mode).toBe('onsite');
      expect(session?.rounds.map((round) => round.id)).toEqual(['r-first', 'r-mid', 'r-late']);
      const [first, mid] = session?.rounds ?? [];
      expect(first?.transcript).toStrictEqual([
        question('Tell me about a time you changed a plan late.'),
      ]);
      expect(first?.draft).toEqual({ text: 'So, in my last team', savedAt: at(2), revision: 1 });
      expect(first?.interimEvaluation).toEqual(makeEvaluation(55, 2));
      expect(first?.scorecard).toBeNull();
      expect(mid?.scorecard).toEqual(makeScorecard(70, 3));
      expect(mid?.finishedAt).toBe(at(20));
      expect(mid?.elapsedMs).toBe(600_000);
    });

    it('round-trips every round field exactly', async () => {
      await sessions.createSession(makeSession('s1'));
      const round = makeRound('r1', 's1', {
        questionId: asQuestionId('system-design/url-shortener'),
        kind: 'system-design',
        timeLimitMs: 45 * 60_000,
        ...finished(88.5, 4, 40),
        interimEvaluation: makeEvaluation(60, 3),
      });
      await sessions.createRound(round);
      expect(await sessions.getRound(LOCAL_USER_ID, round.id)).toStrictEqual(round);
    });

    it("hides another user's session and round, and unknown ids, as null", async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      expect(await sessions.getSession(OTHER_USER, asSessionId('s1'))).toBeNull();
      expect(await sessions.getRound(OTHER_USER, asRoundId('r1'))).toBeNull();
      expect(await sessions.getSession(LOCAL_USER_ID, asSessionId('nope'))).toBeNull();
      expect(await sessions.getRound(LOCAL_USER_ID, asRoundId('nope'))).toBeNull();
    });

    it('refuses a round for a session the user does not own', async () => {
      await sessions.createSession(makeSession('s1'));
      await expect(
        sessions.createRound(makeRound('r1', 's1', { userId: OTHER_USER })),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
      expect(await sessions.getRound(OTHER_USER, asRoundId('r1'))).toBeNull();
    });

    it('lists sessions newest first with round count, kinds, first title and the grade of finished rounds', async () => {
      await sessions.createSession(makeSession('old', { createdAt: at(0) }));
      await sessions.createSession(makeSession('new', { createdAt: at(10) }));
      await sessions.createSession(makeSession('empty', { createdAt: at(5) }));
      await sessions.createRound(
        makeRound('o2', 'old', {
          position: 1,
          kind: 'coding',
          title: 'Second',
          ...finished(50, 2, 20),
        }),
      );
      await sessions.createRound(
        makeRound('o1', 'old', { position: 0, title: 'First', ...finished(81, 4, 15) }),
      );
      await sessions.createRound(makeRound('o3', 'old', { position: 2, title: 'Third' }));
      await sessions.createRound(
        makeRound('n1', 'new', { position: 0, title: 'Only', status: 'probing' }),
      );

      const list = await sessions.listSessions(LOCAL_USER_ID);
      expect(list.map((summary) => summary.id)).toEqual(['new', 'empty', 'old']);
      const [latest, empty, old] = list;
      expect(old).toMatchObject({
        roundCount: 3,
        kinds: ['behavioral', 'coding'],
        firstRoundTitle: 'First',
        title: 'Session old',
      });
      // Only the two finished rounds count: mean score 65.5 rounds to 66, mean level of 4 and 2 is 3.
      expect(old).toMatchObject({ score: 66, level: 3 });
      expect(latest).toMatchObject({
        roundCount: 1,
        kinds: ['behavioral'],
        firstRoundTitle: 'Only',
        score: null,
        level: null,
      });
      expect(empty).toMatchObject({
        roundCount: 0,
        kinds: [],
        firstRoundTitle: null,
        score: null,
        level: null,
      });
    });

    it('lists the bank questions a session answered: rounds still answering and free-form rounds do not count', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(
        makeRound('r1', 's1', {
          position: 0,
          questionId: asQuestionId('behavioral/a'),
          ...finished(70, 3, 10),
        }),
      );
      await sessions.createRound(
        makeRound('r2', 's1', {
          position: 1,
          questionId: asQuestionId('behavioral/b'),
          status: 'probing',
        }),
      );
      await sessions.createRound(
        makeRound('r3', 's1', { position: 2, questionId: asQuestionId('behavioral/c') }),
      );
      await sessions.createRound(makeRound('r4', 's1', { position: 3, ...finished(60, 3, 12) }));
      const [summary] = await sessions.listSessions(LOCAL_USER_ID);
      expect(summary?.answeredQuestionIds).toEqual(['behavioral/a', 'behavioral/b']);
    });

    it('rounds a fractional mean level down in the history list', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1', { position: 0, ...finished(80, 4, 10) }));
      await sessions.createRound(makeRound('r2', 's1', { position: 1, ...finished(45, 3, 11) }));
      const [summary] = await sessions.listSessions(LOCAL_USER_ID);
      expect(summary).toMatchObject({ score: 63, level: 3 });
    });

    it('pages the session list and shows another user nothing', async () => {
      for (let minute = 0; minute < 5; minute += 1)
        await sessions.createSession(makeSession(`s${minute}`, { createdAt: at(minute) }));
      const page = await sessions.listSessions(LOCAL_USER_ID, { limit: 2, offset: 1 });
      expect(page.map((summary) => summary.id)).toEqual(['s3', 's2']);
      expect(await sessions.listSessions(OTHER_USER)).toEqual([]);
    });

    it('rejects a negative or fractional page size with VALIDATION_FAILED', async () => {
      await expect(sessions.listSessions(LOCAL_USER_ID, { limit: -1 })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
      await expect(
        sessions.listFinishedRounds(LOCAL_USER_ID, { offset: 1.5 }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it("finishes a session, but not another user's", async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.finishSession(OTHER_USER, asSessionId('s1'), at(9));
      expect(await sessions.getSession(LOCAL_USER_ID, asSessionId('s1'))).toMatchObject({
        status: 'active',
        finishedAt: null,
      });
      await sessions.finishSession(LOCAL_USER_ID, asSessionId('s1'), at(30));
      expect(await sessions.getSession(LOCAL_USER_ID, asSessionId('s1'))).toMatchObject({
        status: 'finished',
        finishedAt: at(30),
      });
    });

    it('keeps the transcript in turn-index order, with optional fields only when set', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const answer: Turn = {
        index: 1,
        speaker: 'candidate',
        purpose: 'answer',
        text: 'I moved the launch.',
        at: at(3),
      };
      const probe: Turn = {
        index: 2,
        speaker: 'interviewer',
        purpose: 'probe',
        text: 'Why?',
        at: at(4),
        targetFlag: 'missing-result',
        probeId: 'why',
      };
      const reply: Turn = {
        index: 3,
        speaker: 'candidate',
        purpose: 'reply',
        text: 'Data.',
        at: at(5),
      };
      await sessions.appendTurn(LOCAL_USER_ID, asRoundId('r1'), reply);
      await sessions.appendTurn(LOCAL_USER_ID, asRoundId('r1'), answer);
      await sessions.appendTurn(LOCAL_USER_ID, asRoundId('r1'), probe);
      const round = await sessions.getRound(LOCAL_USER_ID, asRoundId('r1'));
      expect(round?.transcript).toStrictEqual([
        question('Tell me about a time you changed a plan late.'),
        answer,
        probe,
        reply,
      ]);
    });

    it('keeps a coding interview turn’s phase, and its hint and phase purposes', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1', { kind: 'coding' }));
      const turns: Turn[] = [
        {
          index: 1,
          speaker: 'interviewer',
          purpose: 'phase',
          text: 'Tell me your plan.',
          at: at(3),
          phase: 'approach',
        },
        {
          index: 2,
          speaker: 'interviewer',
          purpose: 'hint',
          text: 'Use a map.',
          at: at(4),
          phase: 'approach',
          probeId: 'hint:1',
        },
      ];
      expect(
        await sessions.advanceRound(LOCAL_USER_ID, asRoundId('r1'), {
          expectedTurnCount: 1,
          turns,
        }),
      ).toBe(true);
      const round = await sessions.getRound(LOCAL_USER_ID, asRoundId('r1'));
      expect(round?.transcript.slice(1)).toStrictEqual(turns);
    });

    it('keeps a probe aimed at any STAR flag, the newest (off-topic) included, with no migration: the flag is checked in code', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const probes: Turn[] = STAR_FLAGS.map((flag, position) => ({
        index: position + 1,
        speaker: 'interviewer',
        purpose: 'probe',
        text: `About ${flag}?`,
        at: at(4),
        targetFlag: flag,
      }));
      for (const probe of probes) await sessions.appendTurn(LOCAL_USER_ID, asRoundId('r1'), probe);
      const round = await sessions.getRound(LOCAL_USER_ID, asRoundId('r1'));
      expect(round?.transcript.slice(1)).toStrictEqual(probes);
      expect(probes.map((probe) => probe.targetFlag)).toContain('off-topic');
    });

    it('rejects a second turn with the same index as a CONFLICT', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const turn: Turn = {
        index: 0,
        speaker: 'candidate',
        purpose: 'answer',
        text: 'dup',
        at: at(3),
      };
      await expect(sessions.appendTurn(LOCAL_USER_ID, asRoundId('r1'), turn)).rejects.toMatchObject(
        { code: 'CONFLICT' },
      );
      expect((await sessions.getRound(LOCAL_USER_ID, asRoundId('r1')))?.transcript).toHaveLength(1);
    });

    it("changes nothing when writing to another user's round", async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const id = asRoundId('r1');
      const before = await sessions.getRound(LOCAL_USER_ID, id);
      await sessions.appendTurn(OTHER_USER, id, {
        index: 1,
        speaker: 'candidate',
        purpose: 'answer',
        text: 'intruder',
        at: at(3),
      });
      await sessions.saveDraft(OTHER_USER, id, { text: 'intruder', savedAt: at(3), revision: 9 });
      await sessions.updateRound(OTHER_USER, id, {
        status: 'finished',
        scorecard: makeScorecard(99, 4),
      });
      await sessions.saveDraft(LOCAL_USER_ID, id, { text: 'mine', savedAt: at(4), revision: 1 });
      await sessions.clearDraft(OTHER_USER, id);
      expect(await sessions.getRound(LOCAL_USER_ID, id)).toStrictEqual({
        ...before,
        draft: { text: 'mine', savedAt: at(4), revision: 1 },
      });
    });

    it('saves a newer draft and returns it', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const id = asRoundId('r1');
      expect(
        await sessions.saveDraft(LOCAL_USER_ID, id, {
          text: 'In 2023',
          savedAt: at(2),
          revision: 1,
        }),
      ).toEqual({ text: 'In 2023', savedAt: at(2), revision: 1 });
      const newer = { text: 'In 2023 my team', savedAt: at(3), revision: 2 };
      expect(await sessions.saveDraft(LOCAL_USER_ID, id, newer)).toEqual(newer);
      expect((await sessions.getRound(LOCAL_USER_ID, id))?.draft).toEqual(newer);
    });

    it('rejects a draft with a stale or equal revision and returns the stored one', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const id = asRoundId('r1');
      const stored = { text: 'the newest text', savedAt: at(5), revision: 5 };
      await sessions.saveDraft(LOCAL_USER_ID, id, stored);
      expect(
        await sessions.saveDraft(LOCAL_USER_ID, id, {
          text: 'late old text',
          savedAt: at(6),
          revision: 4,
        }),
      ).toEqual(stored);
      expect(
        await sessions.saveDraft(LOCAL_USER_ID, id, {
          text: 'same revision',
          savedAt: at(6),
          revision: 5,
        }),
      ).toEqual(stored);
      expect((await sessions.getRound(LOCAL_USER_ID, id))?.draft).toEqual(stored);
    });

    it('keeps the highest revision when saves race', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const id = asRoundId('r1');
      const revisions = [7, 3, 12, 1, 9, 12, 2, 11, 5, 10, 4, 8, 6];
      await Promise.all(
        revisions.map((revision) =>
          sessions.saveDraft(LOCAL_USER_ID, id, {
            text: `rev ${revision}`,
            savedAt: at(revision),
            revision,
          }),
        ),
      );
      expect((await sessions.getRound(LOCAL_USER_ID, id))?.draft).toEqual({
        text: 'rev 12',
        savedAt: at(12),
        revision: 12,
      });
    });

    it("saves no draft on a finished round or on another user's round, and says so with null", async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      await sessions.createRound(makeRound('r2', 's1', { position: 1, ...finished(60, 3, 10) }));
      expect(
        await sessions.saveDraft(OTHER_USER, asRoundId('r1'), {
          text: 'intruder',
          savedAt: at(3),
          revision: 1,
        }),
      ).toBeNull();
      expect(
        await sessions.saveDraft(LOCAL_USER_ID, asRoundId('r2'), {
          text: 'too late',
          savedAt: at(3),
          revision: 1,
        }),
      ).toBeNull();
      expect(
        await sessions.saveDraft(LOCAL_USER_ID, asRoundId('nope'), {
          text: 'nowhere',
          savedAt: at(3),
          revision: 1,
        }),
      ).toBeNull();
      expect((await sessions.getRound(LOCAL_USER_ID, asRoundId('r1')))?.draft).toBeNull();
      expect((await sessions.getRound(LOCAL_USER_ID, asRoundId('r2')))?.draft).toBeNull();
    });

    it('advances a round in one step: turns, state and the draft cleared together', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(
        makeRound('r1', 's1', { draft: { text: 'typing', savedAt: at(2), revision: 3 } }),
      );
      const id = asRoundId('r1');
      const answer: Turn = {
        index: 1,
        speaker: 'candidate',
        purpose: 'answer',
        text: 'I moved the launch.',
        at: at(3),
      };
      const probe: Turn = {
        index: 2,
        speaker: 'interviewer',
        purpose: 'probe',
        text: 'Why?',
        at: at(3),
        targetFlag: 'missing-result',
      };
      const applied = await sessions.advanceRound(LOCAL_USER_ID, id, {
        expectedTurnCount: 1,
        turns: [answer, probe],
        patch: { status: 'probing', interimEvaluation: makeEvaluation(50, 2) },
        clearDraft: true,
      });
      expect(applied).toBe(true);
      expect(await sessions.getRound(LOCAL_USER_ID, id)).toMatchObject({
        status: 'probing',
        interimEvaluation: makeEvaluation(50, 2),
        draft: null,
        transcript: [question('Tell me about a time you changed a plan late.'), answer, probe],
      });
    });

    it("refuses a step decided on a stale version, or on another user's round, and changes nothing", async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(
        makeRound('r1', 's1', { draft: { text: 'typing', savedAt: at(2), revision: 3 } }),
      );
      const id = asRoundId('r1');
      const before = await sessions.getRound(LOCAL_USER_ID, id);
      const answer: Turn = {
        index: 1,
        speaker: 'candidate',
        purpose: 'answer',
        text: 'late',
        at: at(3),
      };
      const step = { turns: [answer], patch: { status: 'probing' as const }, clearDraft: true };
      expect(
        await sessions.advanceRound(LOCAL_USER_ID, id, { ...step, expectedTurnCount: 0 }),
      ).toBe(false);
      expect(
        await sessions.advanceRound(LOCAL_USER_ID, id, { ...step, expectedTurnCount: 2 }),
      ).toBe(false);
      expect(await sessions.advanceRound(OTHER_USER, id, { ...step, expectedTurnCount: 1 })).toBe(
        false,
      );
      expect(await sessions.getRound(LOCAL_USER_ID, id)).toStrictEqual(before);
      // A turn appended on its own moves the version on too.
      await sessions.appendTurn(LOCAL_USER_ID, id, answer);
      expect(
        await sessions.advanceRound(LOCAL_USER_ID, id, {
          turns: [{ ...answer, index: 2 }],
          expectedTurnCount: 1,
        }),
      ).toBe(false);
    });

    it('rolls a failing step back whole', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const id = asRoundId('r1');
      const before = await sessions.getRound(LOCAL_USER_ID, id);
      // A caller bug: the step reuses the question's index. The state change must not land without its turns.
      const clashing: Turn = {
        index: 0,
        speaker: 'candidate',
        purpose: 'answer',
        text: 'clash',
        at: at(3),
      };
      await expect(
        sessions.advanceRound(LOCAL_USER_ID, id, {
          expectedTurnCount: 1,
          turns: [clashing],
          patch: { status: 'probing' },
        }),
      ).rejects.toThrow();
      expect(await sessions.getRound(LOCAL_USER_ID, id)).toStrictEqual(before);
    });

    it('lets exactly one of many racing steps on one version win', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(makeRound('r1', 's1'));
      const id = asRoundId('r1');
      const racers = Array.from({ length: 8 }, (_, racer) =>
        sessions.advanceRound(LOCAL_USER_ID, id, {
          expectedTurnCount: 1,
          turns: [
            {
              index: 1,
              speaker: 'candidate',
              purpose: 'answer',
              text: `answer ${racer}`,
              at: at(3),
            },
            {
              index: 2,
              speaker: 'interviewer',
              purpose: 'probe',
              text: `probe ${racer}`,
              at: at(3),
            },
          ],
          patch: { status: 'probing' },
        }),
      );
      const outcomes = await Promise.all(racers);
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      const winner = outcomes.indexOf(true);
      const transcript = (await sessions.getRound(LOCAL_USER_ID, id))?.transcript ?? [];
      expect(transcript.map((turn) => turn.text)).toEqual([
        'Tell me about a time you changed a plan late.',
        `answer ${winner}`,
        `probe ${winner}`,
      ]);
    });

    it('clears a draft', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(
        makeRound('r1', 's1', { draft: { text: 'typing', savedAt: at(2), revision: 3 } }),
      );
      await sessions.clearDraft(LOCAL_USER_ID, asRoundId('r1'));
      expect((await sessions.getRound(LOCAL_USER_ID, asRoundId('r1')))?.draft).toBeNull();
    });

    it('updates only the fields a patch names, and null clears a field', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createRound(
        makeRound('r1', 's1', { interimEvaluation: makeEvaluation(40, 2) }),
      );
      const id = asRoundId('r1');
      await sessions.updateRound(LOCAL_USER_ID, id, { status: 'probing' });
      expect(await sessions.getRound(LOCAL_USER_ID, id)).toMatchObject({
        status: 'probing',
        interimEvaluation: makeEvaluation(40, 2),
        scorecard: null,
      });
      await sessions.updateRound(LOCAL_USER_ID, id, {
        status: 'finished',
        scorecard: makeScorecard(72, 3),
        finishedAt: at(20),
        elapsedMs: 1234,
        interimEvaluation: null,
      });
      expect(await sessions.getRound(LOCAL_USER_ID, id)).toMatchObject({
        status: 'finished',
        interimEvaluation: null,
        scorecard: makeScorecard(72, 3),
        finishedAt: at(20),
        elapsedMs: 1234,
      });
      await sessions.updateRound(LOCAL_USER_ID, id, { scorecard: null });
      expect((await sessions.getRound(LOCAL_USER_ID, id))?.scorecard).toBeNull();
      expect(await sessions.listFinishedRounds(LOCAL_USER_ID)).toEqual([]);
    });

    it('lists finished, scored rounds newest first, for this user only, in pages', async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createSession(makeSession('s2', { userId: OTHER_USER }));
      const kinds: RoundKind[] = ['behavioral', 'coding', 'scenario'];
      for (const [position, kind] of kinds.entries()) {
        await sessions.createRound(
          makeRound(`f${position}`, 's1', {
            position,
            kind,
            ...finished(60 + position, 3, 10 + position),
          }),
        );
      }
      await sessions.createRound(makeRound('open', 's1', { position: 3 }));
      await sessions.createRound(
        makeRound('theirs', 's2', { userId: OTHER_USER, ...finished(90, 4, 59) }),
      );

      const rounds = await sessions.listFinishedRounds(LOCAL_USER_ID);
      expect(rounds.map((round) => round.id)).toEqual(['f2', 'f1', 'f0']);
      expect(rounds[0]?.transcript).toHaveLength(1);
      expect(
        (await sessions.listFinishedRounds(LOCAL_USER_ID, { limit: 1, offset: 1 })).map(
          (round) => round.id,
        ),
      ).toEqual(['f1']);
      expect((await sessions.listFinishedRounds(OTHER_USER)).map((round) => round.id)).toEqual([
        'theirs',
      ]);
    });

    it("reads the finished rounds' facts in listFinishedRounds' order: the practice scorecard and the candidate's words, following the scorecard when it changes", async () => {
      await sessions.createSession(makeSession('s1'));
      await sessions.createSession(makeSession('s2', { userId: OTHER_USER }));
      const said = (index: number, text: string): Turn => ({
        index,
        speaker: 'candidate',
        purpose: 'answer',
        text,
        at: at(2),
      });
      await sessions.createRound(
        makeRound('f0', 's1', {
          position: 0,
          questionId: asQuestionId('behavioral/conflict'),
          transcript: [
            question('Tell me.'),
            said(1, 'First I listened.'),
            said(2, '  Then I acted. '),
          ],
          ...finished(60, 3, 10),
        }),
      );
      await sessions.createRound(makeRound('f1', 's1', { position: 1, ...finished(70, 2, 20) }));
      await sessions.createRound(makeRound('open', 's1', { position: 2 }));
      await sessions.createRound(
        makeRound('theirs', 's2', { userId: OTHER_USER, ...finished(90, 4, 59) }),
      );
      // Scored by a later step, as a real round is.
      await sessions.updateRound(LOCAL_USER_ID, asRoundId('open'), finished(50, 1, 30));

      const factsOf = (round: Round) => ({
        id: round.id,
        sessionId: round.sessionId,
        kind: round.kind,
        questionId: round.questionId,
        title: round.title,
        startedAt: round.startedAt,
        finishedAt: round.finishedAt,
        elapsedMs: round.elapsedMs,
        scorecard: round.scorecard === null ? null : practiceScorecardOf(round.scorecard),
        candidateWords: round.transcript
          .filter((turn) => turn.speaker === 'candidate')
          .map((turn) => turn.text),
      });
      const expected = (await sessions.listFinishedRounds(LOCAL_USER_ID)).map(factsOf);
      expect(expected.map((facts) => facts.id)).toEqual(['open', 'f1', 'f0']);
      expect(await sessions.listFinishedRoundFacts(LOCAL_USER_ID)).toEqual(expected);
      // A page, as listFinishedRounds pages.
      expect(await sessions.listFinishedRoundFacts(LOCAL_USER_ID, { limit: 2, offset: 0 })).toEqual(
        expected.slice(0, 2),
      );
      expect(expected[2]?.candidateWords).toEqual(['First I listened.', '  Then I acted. ']);
      expect(await sessions.listFinishedRoundFacts(LOCAL_USER_ID, { limit: 1, offset: 1 })).toEqual(
        expected.slice(1, 2),
      );
      expect((await sessions.listFinishedRoundFacts(OTHER_USER)).map((facts) => facts.id)).toEqual([
        'theirs',
      ]);
      // Some rounds only, still newest first; ids of rounds not finished or not theirs give nothing.
      expect(
        await sessions.listFinishedRoundFacts(LOCAL_USER_ID, {
          roundIds: ['f0', 'open', 'theirs', 'nope'],
        }),
      ).toEqual([expected[0], expected[2]]);
      expect([...(await sessions.finishedRoundIds(LOCAL_USER_ID))].sort()).toEqual([
        'f0',
        'f1',
        'open',
      ]);
      expect(await sessions.finishedRoundIds(OTHER_USER)).toEqual(['theirs']);

      await sessions.updateRound(LOCAL_USER_ID, asRoundId('f1'), {
        scorecard: makeScorecard(95, 4),
      });
      await sessions.updateRound(LOCAL_USER_ID, asRoundId('f0'), { scorecard: null });
      const after = (await sessions.listFinishedRounds(LOCAL_USER_ID)).map(factsOf);
      expect(after.map((facts) => facts.id)).toEqual(['open', 'f1']);
      expect(after[1]?.scorecard?.evaluation.score).toBe(95);
      expect(await sessions.listFinishedRoundFacts(LOCAL_USER_ID)).toEqual(after);
      // Another user's patch changes neither the round nor its facts.
      await sessions.updateRound(OTHER_USER, asRoundId('f1'), { scorecard: makeScorecard(10, 1) });
      expect(await sessions.listFinishedRoundFacts(LOCAL_USER_ID)).toEqual(after);
    });

    it('stamps the finished, scored rounds (count, newest finish) for this user only, and the stamp moves when one finishes', async () => {
      expect(await sessions.finishedRoundsStamp(LOCAL_USER_ID)).toEqual({
        count: 0,
        latestFinishedAt: null,
      });
      await sessions.createSession(makeSession('s1'));
      await sessions.createSession(makeSession('s2', { userId: OTHER_USER }));
      await sessions.createRound(makeRound('f0', 's1', { position: 0, ...finished(60, 3, 20) }));
      await sessions.createRound(makeRound('f1', 's1', { position: 1, ...finished(70, 3, 10) }));
      await sessions.createRound(makeRound('open', 's1', { position: 2 }));
      await sessions.createRound(
        makeRound('theirs', 's2', { userId: OTHER_USER, ...finished(90, 4, 59) }),
      );
      expect(await sessions.finishedRoundsStamp(LOCAL_USER_ID)).toEqual({
        count: 2,
        latestFinishedAt: at(20),
      });
      await sessions.updateRound(LOCAL_USER_ID, asRoundId('open'), finished(50, 2, 30));
      expect(await sessions.finishedRoundsStamp(LOCAL_USER_ID)).toEqual({
        count: 3,
        latestFinishedAt: at(30),
      });
      expect(await sessions.finishedRoundsStamp(OTHER_USER)).toEqual({
        count: 1,
        latestFinishedAt: at(59),
      });
    });
  });

  describe(`${name}: StoryStore contract`, () => {
    let store: StoreUnderTest;
    let stories: StoryStore;
    beforeEach(async () => {
      store = await open();
      stories = store.stories;
      await store.addUser(OTHER_USER);
    });
    afterEach(async () => {
      await store.close();
    });

    it('round-trips a story with its principles, competencies and tags', async () => {
      const story = makeStory('st1');
      await stories.saveStory(story);
      expect(await stories.getStory(LOCAL_USER_ID, story.id)).toStrictEqual(story);
    });

    it('replaces a story saved again under the same id', async () => {
      await stories.saveStory(makeStory('st1'));
      const edited = makeStory('st1', { title: 'Renegotiated scope', tags: [], updatedAt: at(9) });
      await stories.saveStory(edited);
      expect(await stories.getStory(LOCAL_USER_ID, edited.id)).toStrictEqual(edited);
      expect(await stories.listStories(LOCAL_USER_ID)).toHaveLength(1);
    });

    it('lists stories most recently updated first, for this user only', async () => {
      await stories.saveStory(makeStory('a', { updatedAt: at(1) }));
      await stories.saveStory(makeStory('b', { updatedAt: at(3) }));
      await stories.saveStory(makeStory('c', { updatedAt: at(2) }));
      await stories.saveStory(makeStory('theirs', { userId: OTHER_USER, updatedAt: at(9) }));
      expect((await stories.listStories(LOCAL_USER_ID)).map((story) => story.id)).toEqual([
        'b',
        'c',
        'a',
      ]);
      expect((await stories.listStories(OTHER_USER)).map((story) => story.id)).toEqual(['theirs']);
    });

    it("never shows, deletes or overwrites another user's story", async () => {
      const story = makeStory('st1');
      await stories.saveStory(story);
      expect(await stories.getStory(OTHER_USER, story.id)).toBeNull();
      expect(await stories.deleteStory(OTHER_USER, story.id)).toBe(false);
      await expect(
        stories.saveStory(makeStory('st1', { userId: OTHER_USER, title: 'hijacked' })),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await stories.getStory(LOCAL_USER_ID, story.id)).toStrictEqual(story);
    });

    it('deletes a story once and then reports it absent', async () => {
      await stories.saveStory(makeStory('st1'));
      expect(await stories.deleteStory(LOCAL_USER_ID, asStoryId('st1'))).toBe(true);
      expect(await stories.getStory(LOCAL_USER_ID, asStoryId('st1'))).toBeNull();
      expect(await stories.deleteStory(LOCAL_USER_ID, asStoryId('st1'))).toBe(false);
    });
  });

  describe(`${name}: PlanStore contract`, () => {
    let store: StoreUnderTest;
    let plans: PlanStore;
    beforeEach(async () => {
      store = await open();
      plans = store.plans;
      await store.addUser(OTHER_USER);
    });
    afterEach(async () => {
      await store.close();
    });

    const settings = { targetDate: '2027-02-15', loop: 'amazon', hoursPerWeek: 7.5 };

    it('has no plan until one is saved, then reads it back exactly with when it was saved', async () => {
      expect(await plans.getPlan(LOCAL_USER_ID)).toBeNull();
      await plans.savePlan(LOCAL_USER_ID, settings, at(5));
      expect(await plans.getPlan(LOCAL_USER_ID)).toStrictEqual({ settings, updatedAt: at(5) });
    });

    it('replaces the plan saved before: one plan per user', async () => {
      await plans.savePlan(LOCAL_USER_ID, settings, at(5));
      const changed = { targetDate: '2027-03-01', loop: 'general', hoursPerWeek: 12 };
      await plans.savePlan(LOCAL_USER_ID, changed, at(6));
      expect(await plans.getPlan(LOCAL_USER_ID)).toStrictEqual({
        settings: changed,
        updatedAt: at(6),
      });
    });

    it("keeps each user's plan apart: another user neither sees, replaces nor deletes it", async () => {
      await plans.savePlan(LOCAL_USER_ID, settings, at(5));
      expect(await plans.getPlan(OTHER_USER)).toBeNull();
      expect(await plans.deletePlan(OTHER_USER)).toBe(false);
      const theirs = { targetDate: '2027-01-10', loop: 'google', hoursPerWeek: 3 };
      await plans.savePlan(OTHER_USER, theirs, at(7));
      expect(await plans.getPlan(LOCAL_USER_ID)).toStrictEqual({ settings, updatedAt: at(5) });
      expect(await plans.getPlan(OTHER_USER)).toStrictEqual({ settings: theirs, updatedAt: at(7) });
    });

    it('deletes a plan once and then reports it absent', async () => {
      await plans.savePlan(LOCAL_USER_ID, settings, at(5));
      expect(await plans.deletePlan(LOCAL_USER_ID)).toBe(true);
      expect(await plans.getPlan(LOCAL_USER_ID)).toBeNull();
      expect(await plans.deletePlan(LOCAL_USER_ID)).toBe(false);
    });
  });

  describe(`${name}: SubmissionStore contract`, () => {
    let store: StoreUnderTest;
    let submissions: SubmissionStore;
    beforeEach(async () => {
      store = await open();
      submissions = store.submissions;
      await store.addUser(OTHER_USER);
    });
    afterEach(async () => {
      await store.close();
    });

    it('round-trips a finished submission with its source, result and growth report exactly', async () => {
      const record = makeSubmission('sub1', {
        status: 'done',
        result: makeJudgeResult(),
        complexity: { status: 'done', report: makeComplexityReport() },
        finishedAt: at(1),
      });
      await submissions.createSubmission(record);
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'sub1')).toStrictEqual(record);
    });

    it('keeps a queued submission with its code and nothing judged yet', async () => {
      const record = makeSubmission('sub1', {
        questionId: null,
        language: 'javascript',
        mode: 'run',
        source: 'function f() {}',
      });
      await submissions.createSubmission(record);
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'sub1')).toStrictEqual(record);
    });

    it('updates only the fields a patch names, and null clears a field', async () => {
      await submissions.createSubmission(makeSubmission('sub1'));
      await submissions.updateSubmission(LOCAL_USER_ID, 'sub1', { status: 'running' });
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'sub1')).toStrictEqual(
        makeSubmission('sub1', { status: 'running' }),
      );
      await submissions.updateSubmission(LOCAL_USER_ID, 'sub1', {
        status: 'done',
        result: makeJudgeResult(),
        finishedAt: at(2),
        complexity: { status: 'measuring' },
      });
      await submissions.updateSubmission(LOCAL_USER_ID, 'sub1', {
        complexity: { status: 'failed', message: 'the generator failed for n=16' },
      });
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'sub1')).toStrictEqual(
        makeSubmission('sub1', {
          status: 'done',
          result: makeJudgeResult(),
          finishedAt: at(2),
          complexity: { status: 'failed', message: 'the generator failed for n=16' },
        }),
      );
      await submissions.updateSubmission(LOCAL_USER_ID, 'sub1', {
        result: null,
        complexity: null,
        error: { code: 'INTERNAL', message: 'oops' },
      });
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'sub1')).toMatchObject({
        result: null,
        complexity: null,
        error: { code: 'INTERNAL', message: 'oops' },
      });
    });

    it("never shows or changes another user's submission", async () => {
      await submissions.createSubmission(makeSubmission('sub1'));
      expect(await submissions.getSubmission(OTHER_USER, 'sub1')).toBeNull();
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'nope')).toBeNull();
      await submissions.updateSubmission(OTHER_USER, 'sub1', {
        status: 'done',
        error: { code: 'X', message: 'intruder' },
      });
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'sub1')).toStrictEqual(
        makeSubmission('sub1'),
      );
      expect(await submissions.listSubmissions(OTHER_USER)).toEqual([]);
    });

    it('lists newest first, filtered by question and mode, in pages', async () => {
      await submissions.createSubmission(makeSubmission('a', { createdAt: at(1) }));
      await submissions.createSubmission(makeSubmission('b', { createdAt: at(3), mode: 'run' }));
      await submissions.createSubmission(
        makeSubmission('c', { createdAt: at(2), questionId: 'coding/rotate-array' }),
      );
      await submissions.createSubmission(
        makeSubmission('d', { createdAt: at(4), questionId: null }),
      );
      await submissions.createSubmission(
        makeSubmission('theirs', { createdAt: at(9), userId: OTHER_USER }),
      );
      const ids = async (options?: Parameters<SubmissionStore['listSubmissions']>[1]) =>
        (await submissions.listSubmissions(LOCAL_USER_ID, options)).map((record) => record.id);
      expect(await ids()).toEqual(['d', 'b', 'c', 'a']);
      expect(await ids({ questionId: 'coding/two-sum' })).toEqual(['b', 'a']);
      expect(await ids({ questionId: 'coding/two-sum', mode: 'submit' })).toEqual(['a']);
      expect(await ids({ mode: 'run' })).toEqual(['b']);
      expect(await ids({ limit: 2, offset: 1 })).toEqual(['b', 'c']);
      await submissions.createSubmission(
        makeSubmission('in-round', { createdAt: at(5), roundId: 'r1' }),
      );
      expect(await ids({ roundId: 'r1' })).toEqual(['in-round']);
      expect((await submissions.getSubmission(LOCAL_USER_ID, 'in-round'))?.roundId).toBe('r1');
      expect((await submissions.listSubmissions(OTHER_USER)).map((record) => record.id)).toEqual([
        'theirs',
      ]);
    });

    it("gives each round's final code: its newest submit with a result, not a run, an unjudged submit or another user's", async () => {
      const judged = makeJudgeResult('Wrong Answer');
      const submit = (id: string, minute: number, overrides: Partial<SubmissionRecord>) =>
        submissions.createSubmission(
          makeSubmission(id, {
            createdAt: at(minute),
            roundId: 'r1',
            source: `code ${id}`,
            status: 'done',
            result: judged,
            ...overrides,
          }),
        );
      await submit('old', 1, {});
      await submit('final', 2, {});
      await submit('run', 3, { mode: 'run' });
      await submit('queued', 4, { status: 'queued', result: null });
      await submit('theirs', 5, { userId: OTHER_USER });
      await submit('other-round', 6, { roundId: 'r2' });
      await submit('unasked', 7, { roundId: 'r3' });
      const finals = await submissions.listFinalSubmits?.(LOCAL_USER_ID, ['r1', 'r2', 'r9']);
      expect([...(finals ?? [])].sort((a, b) => (a.roundId < b.roundId ? -1 : 1))).toEqual([
        { roundId: 'r1', source: 'code final' },
        { roundId: 'r2', source: 'code other-round' },
      ]);
      expect(await submissions.listFinalSubmits?.(OTHER_USER, ['r1'])).toEqual([
        { roundId: 'r1', source: 'code theirs' },
      ]);
      expect(await submissions.listFinalSubmits?.(LOCAL_USER_ID, [])).toEqual([]);
    });

    it('rejects a nonsensical page with VALIDATION_FAILED', async () => {
      await expect(
        submissions.listSubmissions(LOCAL_USER_ID, { limit: 1.5 }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(
        submissions.listSubmissions(LOCAL_USER_ID, { offset: -1 }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it('marks what was in flight as done with the error, keeping the code, and fails an unfinished growth measurement', async () => {
      const judged = makeSubmission('judged', {
        status: 'done',
        result: makeJudgeResult('Wrong Answer'),
        finishedAt: at(1),
      });
      await submissions.createSubmission(judged);
      await submissions.createSubmission(makeSubmission('queued', { createdAt: at(2) }));
      await submissions.createSubmission(
        makeSubmission('running', { status: 'running', userId: OTHER_USER, createdAt: at(3) }),
      );
      await submissions.createSubmission(
        makeSubmission('measuring', {
          status: 'done',
          result: makeJudgeResult(),
          finishedAt: at(4),
          complexity: { status: 'measuring' },
        }),
      );
      const error = {
        code: 'JUDGING_INTERRUPTED',
        message: 'The server restarted; your code is kept, run it again.',
      };

      expect(
        await submissions.abandonUnfinished(error, at(30), {
          judgedBy: 'server-a',
          createdBefore: at(0),
        }),
      ).toBe(3);

      expect(await submissions.getSubmission(LOCAL_USER_ID, 'judged')).toStrictEqual(judged);
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'queued')).toStrictEqual(
        makeSubmission('queued', { createdAt: at(2), status: 'done', error, finishedAt: at(30) }),
      );
      expect(await submissions.getSubmission(OTHER_USER, 'running')).toMatchObject({
        status: 'done',
        error,
        result: null,
        finishedAt: at(30),
      });
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'measuring')).toMatchObject({
        status: 'done',
        error: null,
        result: makeJudgeResult(),
        finishedAt: at(4),
        complexity: { status: 'failed', message: error.message },
      });
      expect(
        await submissions.abandonUnfinished(error, at(31), {
          judgedBy: 'server-a',
          createdBefore: at(0),
        }),
      ).toBe(0);
    });

    it("abandons only this instance's unfinished submissions and any instance's long-unfinished ones", async () => {
      const error = {
        code: 'JUDGING_INTERRUPTED',
        message: 'The server restarted; your code is kept, run it again.',
      };
      await submissions.createSubmission(
        makeSubmission('mine', { judgedBy: 'server-a', createdAt: at(20) }),
      );
      await submissions.createSubmission(
        makeSubmission('theirs-live', {
          status: 'running',
          judgedBy: 'server-b',
          createdAt: at(20),
        }),
      );
      await submissions.createSubmission(
        makeSubmission('theirs-stale', { judgedBy: 'server-b', createdAt: at(1) }),
      );
      await submissions.createSubmission(
        makeSubmission('theirs-measuring', {
          status: 'done',
          result: makeJudgeResult(),
          finishedAt: at(21),
          complexity: { status: 'measuring' },
          judgedBy: 'server-b',
          createdAt: at(20),
        }),
      );

      expect(
        await submissions.abandonUnfinished(error, at(30), {
          judgedBy: 'server-a',
          createdBefore: at(10),
        }),
      ).toBe(2);
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'mine')).toMatchObject({
        status: 'done',
        error,
        judgedBy: 'server-a',
      });
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'theirs-stale')).toMatchObject({
        status: 'done',
        error,
      });
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'theirs-live')).toMatchObject({
        status: 'running',
        error: null,
      });
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'theirs-measuring')).toMatchObject({
        complexity: { status: 'measuring' },
      });

      // A periodic sweep names no instance: only age counts.
      expect(await submissions.abandonUnfinished(error, at(40), { createdBefore: at(25) })).toBe(2);
      expect(await submissions.getSubmission(LOCAL_USER_ID, 'theirs-live')).toMatchObject({
        status: 'done',
        error,
      });
    });
  });
};
