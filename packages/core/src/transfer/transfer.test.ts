import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { LOCAL_USER_ID, asQuestionId, asStoryId, asUserId } from '../ids';
import { roundKinds } from '../rounds/registry';
import { createPracticeService } from '../session/engine';
import { ManualClock, SequentialIds } from '../testing/clock-and-ids';
import { ScriptedInterviewer, makeBehavioralQuestion } from '../testing/fixtures';
import {
  MemoryPlanStore,
  MemorySessionStore,
  MemoryStoryStore,
  MemorySubmissionStore,
  createMemoryQuestionBank,
} from '../testing/memory-stores';
import { EXPORT_VERSION, type ExportDocument } from './document';
import { sessionReport } from './session-report';
import { createDataTransfer } from './transfer';

const question = makeBehavioralQuestion();

const install = () => {
  const clock = new ManualClock();
  const stores = {
    sessions: new MemorySessionStore(),
    stories: new MemoryStoryStore(),
    submissions: new MemorySubmissionStore(),
    plans: new MemoryPlanStore(),
  };
  const practice = createPracticeService({
    ...stores,
    rounds: roundKinds,
    bank: createMemoryQuestionBank([question]),
    interviewer: new ScriptedInterviewer(),
    clock,
    ids: new SequentialIds(),
  });
  return { clock, stores, practice, transfer: createDataTransfer({ ...stores, clock }) };
};

/** A user with a finished behavioral round, one left open with a draft, a story and a submission. */
const withHistory = async () => {
  const app = install();
  const { practice, stores, clock } = app;
  const finished = await practice.startPracticeSession({
    userId: LOCAL_USER_ID,
    questionId: asQuestionId(question.id),
  });
  const round = finished.rounds[0];
  if (round === undefined) throw new Error('no round');
  const ref = { userId: LOCAL_USER_ID, roundId: round.id };
  await practice.submitAnswer({
    ...ref,
    text: 'Our launch date was set before the design was done. I split the work, moved the export to a second release, and we shipped the core on time; support tickets fell from 40 to 12 a week.',
  });
  await practice.submitReply({ ...ref, text: 'I brought the ticket data to my manager.' });
  await practice.finishRound(ref);
  clock.advance(60_000);
  const open = await practice.startPracticeSession({
    userId: LOCAL_USER_ID,
    questionId: asQuestionId(question.id),
  });
  const openRound = open.rounds[0];
  if (openRound === undefined) throw new Error('no round');
  await practice.saveDraft({
    userId: LOCAL_USER_ID,
    roundId: openRound.id,
    text: 'Half an answer | with a pipe',
    revision: 1,
  });
  await stores.stories.saveStory({
    id: asStoryId('story-1'),
    userId: LOCAL_USER_ID,
    title: 'Billing export',
    situation: 'A deadline before the design was done.',
    task: '',
    action: 'I split the release.',
    result: 'Shipped on time.',
    learning: '',
    principles: [],
    competencies: ['conflict'],
    tags: ['billing'],
    createdAt: clock.now().toISOString(),
    updatedAt: clock.now().toISOString(),
  });
  await stores.submissions.createSubmission({
    id: 'sub-1',
    userId: LOCAL_USER_ID,
    questionId: 'coding/two-sum',
    roundId: null,
    language: 'python',
    mode: 'submit',
    source: 'def twoSum(nums, target):\n    return []\n',
    status: 'done',
    result: null,
    error: { code: 'JUDGE_UNAVAILABLE', message: 'No judge.' },
    complexity: null,
    createdAt: clock.now().toISOString(),
    finishedAt: clock.now().toISOString(),
    judgedBy: 'local',
  });
  await stores.plans.savePlan(
    LOCAL_USER_ID,
    { targetDate: '2027-02-01', loop: 'amazon', hoursPerWeek: 6 },
    clock.now().toISOString(),
  );
  return app;
};

const withoutTime = (document: ExportDocument) => ({ ...document, exportedAt: 'any' });

const failure = async (promise: Promise<unknown>): Promise<DomainError> => {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DomainError)) throw new Error('expected a DomainError');
  return error;
};

describe('export and import of a user’s data', () => {
  it('restores everything into a fresh install: exporting again gives the same document', async () => {
    const { transfer } = await withHistory();
    const exported = await transfer.exportAll(LOCAL_USER_ID);
    expect(exported).toMatchObject({ format: 'onsite-export', version: EXPORT_VERSION });
    expect(exported.sessions).toHaveLength(2);
    expect(exported.sessions[0]?.rounds[0]?.scorecard?.evaluation.kind).toBe('behavioral');
    expect(exported.sessions[1]?.rounds[0]?.draft?.text).toBe('Half an answer | with a pipe');
    expect(exported.plan).toMatchObject({ targetDate: '2027-02-01', loop: 'amazon' });

    // Through JSON, as a file carries it.
    const file: unknown = JSON.parse(JSON.stringify(exported));
    const fresh = install();
    const summary = await fresh.transfer.importAll(LOCAL_USER_ID, file);
    expect(summary).toEqual({
      sessions: { added: 2, skipped: 0 },
      stories: { added: 1, skipped: 0 },
      submissions: { added: 1, skipped: 0 },
      plan: { added: 1, skipped: 0 },
    });
    expect(withoutTime(await fresh.transfer.exportAll(LOCAL_USER_ID))).toEqual(
      withoutTime(exported),
    );
    // Importing the same file again adds nothing.
    expect(await fresh.transfer.importAll(LOCAL_USER_ID, file)).toEqual({
      sessions: { added: 0, skipped: 2 },
      stories: { added: 0, skipped: 1 },
      submissions: { added: 0, skipped: 1 },
      plan: { added: 0, skipped: 1 },
    });
  });

  it('gives everything to the importing user', async () => {
    const { transfer } = await withHistory();
    const file: unknown = JSON.parse(JSON.stringify(await transfer.exportAll(LOCAL_USER_ID)));
    const fresh = install();
    const admin = asUserId('admin');
    await fresh.transfer.importAll(admin, file);
    expect((await fresh.stores.sessions.listSessions(admin)).length).toBe(2);
    expect(await fresh.stores.sessions.listSessions(LOCAL_USER_ID)).toEqual([]);
  });

  it('refuses a bad or truncated document with what is wrong and where, changing nothing', async () => {
    const { transfer } = await withHistory();
    const exported = JSON.parse(JSON.stringify(await transfer.exportAll(LOCAL_USER_ID))) as {
      sessions: { rounds: { status: string }[] }[];
      stories: unknown[];
    };
    const fresh = install();
    // The second session is damaged: the first must not be written either.
    const damaged = structuredClone(exported);
    const round = damaged.sessions[1]?.rounds[0];
    if (round !== undefined) round.status = 'paused';
    const error = await failure(fresh.transfer.importAll(LOCAL_USER_ID, damaged));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('sessions.1.rounds.0.status');
    expect(error.message).toContain('nothing was changed');

    const truncated = { ...exported, stories: undefined };
    expect((await failure(fresh.transfer.importAll(LOCAL_USER_ID, truncated))).message).toContain(
      'stories',
    );
    expect(
      (await failure(fresh.transfer.importAll(LOCAL_USER_ID, { hello: 'world' }))).message,
    ).toContain('not an Onsite export');
    expect(
      (await failure(fresh.transfer.importAll(LOCAL_USER_ID, { ...exported, version: 99 })))
        .message,
    ).toContain('newer Onsite');
    expect(await fresh.transfer.exportAll(LOCAL_USER_ID)).toMatchObject({
      sessions: [],
      stories: [],
      submissions: [],
    });
  });

  it('imports a version 1 export, whose submissions had no round', async () => {
    const { transfer } = await withHistory();
    const current = JSON.parse(JSON.stringify(await transfer.exportAll(LOCAL_USER_ID))) as {
      version: number;
      submissions: Record<string, unknown>[];
    };
    const versionOne = {
      ...current,
      version: 1,
      submissions: current.submissions.map(({ roundId: _round, ...rest }) => rest),
    };
    const fresh = install();
    await fresh.transfer.importAll(LOCAL_USER_ID, versionOne);
    const [submission] = await fresh.stores.submissions.listSubmissions(LOCAL_USER_ID);
    expect(submission).toMatchObject({ id: 'sub-1', roundId: null, judgedBy: null });
  });
});

describe('the study plan in an export', () => {
  it('imports a file from before the study plan (no "plan" field) and exports plan: null', async () => {
    const { transfer } = await withHistory();
    const { plan: _plan, ...beforePlans } = JSON.parse(
      JSON.stringify(await transfer.exportAll(LOCAL_USER_ID)),
    ) as ExportDocument;
    const fresh = install();
    const summary = await fresh.transfer.importAll(LOCAL_USER_ID, beforePlans);
    expect(summary.plan).toEqual({ added: 0, skipped: 0 });
    expect(summary.sessions.added).toBe(2);
    expect((await fresh.transfer.exportAll(LOCAL_USER_ID)).plan).toBeNull();
  });

  it("keeps the plan a user already has, and refuses a file whose plan is not a plan's shape", async () => {
    const { transfer } = await withHistory();
    const file = JSON.parse(JSON.stringify(await transfer.exportAll(LOCAL_USER_ID))) as Record<
      string,
      unknown
    >;
    const fresh = install();
    const mine = { targetDate: '2027-05-05', loop: 'general', hoursPerWeek: 2 };
    await fresh.stores.plans.savePlan(LOCAL_USER_ID, mine, '2026-12-01T00:00:00.000Z');
    expect((await fresh.transfer.importAll(LOCAL_USER_ID, file)).plan).toEqual({
      added: 0,
      skipped: 1,
    });
    expect((await fresh.stores.plans.getPlan(LOCAL_USER_ID))?.settings).toEqual(mine);

    const other = install();
    const badPlan = {
      ...file,
      plan: { targetDate: '2027-02-30', loop: 'amazon', hoursPerWeek: 6 },
    };
    const error = await failure(other.transfer.importAll(LOCAL_USER_ID, badPlan));
    expect(error.message).toContain('plan.targetDate');
    expect(await other.stores.sessions.listSessions(LOCAL_USER_ID)).toEqual([]);
  });
});

describe('a session as a Markdown report', () => {
  it('has the transcript quoted and the scorecard with levels, evidence and next steps', async () => {
    const { stores } = await withHistory();
    const [, older] = await stores.sessions.listSessions(LOCAL_USER_ID);
    const session = older && (await stores.sessions.getSession(LOCAL_USER_ID, older.id));
    if (!session) throw new Error('no session');
    const report = sessionReport(session);
    expect(report.startsWith(`# ${question.title}\n`)).toBe(true);
    expect(report).toContain('## Round 1:');
    expect(report).toContain('> Our launch date was set before the design was done.');
    expect(report).toContain('### Scorecard');
    expect(report).toMatch(/\| Dimension \| Level \| Why \|/u);
    expect(report).toContain('**You**');
    expect(report).toContain('**Interviewer**');
  });
});
