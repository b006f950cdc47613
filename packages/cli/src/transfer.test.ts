import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asStoryId,
  createPracticeService,
  LOCAL_USER_ID,
  roundKinds,
  type ExportDocument,
} from '@onsite/core';
import {
  createMemoryQuestionBank,
  ManualClock,
  ScriptedInterviewer,
  SequentialIds,
} from '@onsite/core/testing';
import { openDatabase } from '@onsite/db';
import { startTestPostgres } from '@onsite/db/testing';
import { runOnsite as onsite, tempDir } from './testing/run-onsite';

/** A SQLite data directory with a finished round, a story and a submission in it. */
const seededDataDir = async (): Promise<{ dataDir: string; sessionId: string }> => {
  const dataDir = tempDir('onsite-export-');
  const database = await openDatabase({ dataDir });
  try {
    const clock = new ManualClock();
    const practice = createPracticeService({
      ...database,
      rounds: roundKinds,
      bank: createMemoryQuestionBank([]),
      interviewer: new ScriptedInterviewer(),
      clock,
      ids: new SequentialIds(),
    });
    const session = await practice.startPracticeSession({
      userId: LOCAL_USER_ID,
      kind: 'behavioral',
      prompt: 'Tell me about a time you simplified a system nobody wanted to touch.',
    });
    const round = session.rounds[0];
    if (round === undefined) throw new Error('no round');
    const ref = { userId: LOCAL_USER_ID, roundId: round.id };
    await practice.submitAnswer({
      ...ref,
      text: 'Our deploy script had grown to 2,000 lines. I split it into four steps, wrote a test for each, and deleted the dead branches; deploys went from 40 to 12 minutes.',
    });
    await practice.finishRound(ref);
    await database.stories.saveStory({
      id: asStoryId('story-1'),
      userId: LOCAL_USER_ID,
      title: 'Deploy script',
      situation: 'A 2,000-line deploy script.',
      task: '',
      action: 'I split it.',
      result: 'Faster deploys.',
      learning: '',
      principles: [],
      competencies: [],
      tags: [],
      createdAt: clock.now().toISOString(),
      updatedAt: clock.now().toISOString(),
    });
    await database.submissions.createSubmission({
      id: 'sub-1',
      userId: LOCAL_USER_ID,
      questionId: 'coding/pair-with-target-sum',
      roundId: null,
      language: 'python',
      mode: 'run',
      source: 'def pairWithTargetSum(nums, target):\n    return []\n',
      status: 'done',
      result: null,
      error: { code: 'JUDGE_UNAVAILABLE', message: 'No judge here.' },
      complexity: null,
      createdAt: clock.now().toISOString(),
      finishedAt: clock.now().toISOString(),
      judgedBy: null,
    });
    return { dataDir, sessionId: session.id };
  } finally {
    await database.close();
  }
};

const readDocument = (file: string): ExportDocument =>
  JSON.parse(readFileSync(file, 'utf8')) as ExportDocument;
const withoutTime = (document: ExportDocument) => ({ ...document, exportedAt: 'any' });

describe('onsite export and onsite import', () => {
  it('moves everything from SQLite to PostgreSQL and back: each export is the same document', async () => {
    const { dataDir } = await seededDataDir();
    const files = tempDir('onsite-files-');
    const first = path.join(files, 'first.json');
    const exported = await onsite(['export', '--out', first], { ONSITE_DATA_DIR: dataDir });
    expect(exported.stderr).toContain('Exported 1 sessions, 1 stories and 1 submissions');
    expect(exported.code).toBe(0);
    const document = readDocument(first);
    expect(document.sessions[0]?.rounds[0]?.scorecard).not.toBeNull();

    const postgres = await startTestPostgres();
    try {
      const url = await postgres.createDatabase();
      const imported = await onsite(['import', first], { DATABASE_URL: url });
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('1 sessions added, 1 stories added, 1 submissions added');
      const fromPostgres = path.join(files, 'postgres.json');
      expect((await onsite(['export', '--out', fromPostgres], { DATABASE_URL: url })).code).toBe(0);
      expect(withoutTime(readDocument(fromPostgres))).toEqual(withoutTime(document));
    } finally {
      await postgres.stop();
    }

    const freshDir = tempDir('onsite-fresh-');
    expect((await onsite(['import', first], { ONSITE_DATA_DIR: freshDir })).code).toBe(0);
    const again = await onsite(['import', first], { ONSITE_DATA_DIR: freshDir });
    expect(again.stdout).toContain('0 sessions added (1 already there, left as they were)');
    const fromFresh = await onsite(['export'], { ONSITE_DATA_DIR: freshDir });
    expect(withoutTime(JSON.parse(fromFresh.stdout) as ExportDocument)).toEqual(
      withoutTime(document),
    );
  });

  it('refuses a truncated or foreign file with exit 2 and a clear message, changing nothing', async () => {
    const { dataDir } = await seededDataDir();
    const files = tempDir('onsite-files-');
    const whole = path.join(files, 'whole.json');
    await onsite(['export', '--out', whole], { ONSITE_DATA_DIR: dataDir });
    const text = readFileSync(whole, 'utf8');
    const truncated = path.join(files, 'truncated.json');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    const foreign = path.join(files, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ sessions: [] }));

    const target = tempDir('onsite-target-');
    const cut = await onsite(['import', truncated], { ONSITE_DATA_DIR: target });
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('is not valid JSON (is it cut short?), and nothing was changed');
    const wrong = await onsite(['import', foreign], { ONSITE_DATA_DIR: target });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('not an Onsite export');
    const missing = await onsite(['import', path.join(files, 'nope.json')], {
      ONSITE_DATA_DIR: target,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const after = JSON.parse(
      (await onsite(['export'], { ONSITE_DATA_DIR: target })).stdout,
    ) as ExportDocument;
    expect([after.sessions, after.stories, after.submissions]).toEqual([[], [], []]);

    // --out never overwrites a file unless told.
    const refused = await onsite(['export', '--out', whole], { ONSITE_DATA_DIR: dataDir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
  });

  it('prints one session as a Markdown report', async () => {
    const { dataDir, sessionId } = await seededDataDir();
    const report = await onsite(['export', '--session', sessionId], { ONSITE_DATA_DIR: dataDir });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^# /u);
    expect(report.stdout).toContain('> Our deploy script had grown to 2,000 lines.');
    expect(report.stdout).toContain('### Scorecard');
    const unknown = await onsite(['export', '--session', 'nope'], { ONSITE_DATA_DIR: dataDir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no session "nope"');
  });
});
