/**
 * A process that writes to one SQLite data directory as fast as it can, for the test that two
 * processes sharing a database never fail (packages/db/src/sqlite-file.test.ts). Each iteration
 * creates a session, then a round (a transaction that reads the session before it writes), then
 * saves a draft. Prints `{ "written": n, "errors": [...] }` and exits 1 if anything failed.
 *
 *   tsx packages/db/src/testing/concurrent-writer.ts <dataDir> <name> <iterations>
 */
import { asRoundId, asSessionId, LOCAL_USER_ID } from '@onsite/core';
import { openDatabase } from '../open-database';

const [dataDir, name, iterationsText] = process.argv.slice(2);
if (dataDir === undefined || name === undefined || iterationsText === undefined) {
  process.stderr.write('usage: concurrent-writer <dataDir> <name> <iterations>\n');
  process.exit(2);
}

const database = await openDatabase({ dataDir });
const errors: string[] = [];
let written = 0;
const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
for (let index = 0; index < Number(iterationsText); index += 1) {
  const sessionId = asSessionId(`${name}-session-${index}`);
  const roundId = asRoundId(`${name}-round-${index}`);
  try {
    await database.sessions.createSession({
      id: sessionId,
      userId: LOCAL_USER_ID,
      mode: 'practice',
      title: `Session ${index}`,
      status: 'active',
      createdAt: at,
      finishedAt: null,
    });
    await database.sessions.createRound({
      id: roundId,
      sessionId,
      userId: LOCAL_USER_ID,
      position: 0,
      kind: 'behavioral',
      questionId: null,
      title: `Round ${index}`,
      prompt: 'Tell me about a time you changed a plan late.',
      status: 'answering',
      transcript: [
        {
          index: 0,
          speaker: 'interviewer',
          purpose: 'question',
          text: 'Tell me about a time you changed a plan late.',
          at,
        },
      ],
      draft: null,
      timeLimitMs: 600_000,
      startedAt: at,
      finishedAt: null,
      elapsedMs: null,
      interimEvaluation: null,
      scorecard: null,
    });
    await database.sessions.saveDraft(LOCAL_USER_ID, roundId, {
      text: `draft ${index}`,
      revision: 1,
      savedAt: at,
    });
    written += 1;
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    errors.push(`${code} ${error instanceof Error ? error.message : String(error)}`);
  }
}
await database.close();
process.stdout.write(`${JSON.stringify({ written, errors })}\n`);
process.exitCode = errors.length === 0 ? 0 : 1;
