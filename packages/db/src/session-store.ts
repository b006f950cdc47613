import { sql, type Kysely, type Transaction } from 'kysely';
import {
  asQuestionId,
  asRoundId,
  asSessionId,
  DomainError,
  type Draft,
  type FinishedRoundFacts,
  type FinishedRoundFactsOptions,
  type FinishedRoundsStamp,
  type PracticeScorecard,
  practiceScorecardOf,
  type Scorecard,
  gradeOfRounds,
  type ListOptions,
  type Round,
  type RoundId,
  type RoundKind,
  type RoundStep,
  type RoundStatePatch,
  type Session,
  type SessionId,
  type SessionStore,
  type SessionSummary,
  type SessionWithRounds,
  type Turn,
  type UserId,
  pageOf,
} from '@onsite/core';
import type { DatabaseSchema, RoundsTable } from './tables';
import {
  draftFromRow,
  draftToRow,
  fromJson,
  roundFromRow,
  roundKindOf,
  roundToRow,
  scorecardColumns,
  sessionFromRow,
  sessionToRow,
  toJson,
  toLevel,
  turnFromRow,
  turnToRow,
} from './rows';

type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * Newest first as SQL orders `finished_at desc, id desc` on both engines for these values: ISO
 * text compared as text; a missing finish sorts as SQLite puts NULL (last when descending).
 */
const compareDescending = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;

/**
 * Keeps a round's progress facts (round_facts) with its scorecard, in the write that stores the
 * scorecard: replaced with it, deleted when it is cleared, untouched when the patch leaves it out.
 */
const writeFacts = async (
  db: Executor,
  roundId: string,
  userId: string,
  scorecard: Scorecard | null | undefined,
): Promise<void> => {
  if (scorecard === undefined) return;
  if (scorecard === null) {
    await db.deleteFrom('round_facts').where('round_id', '=', roundId).execute();
    return;
  }
  const facts = toJson(practiceScorecardOf(scorecard));
  await db
    .insertInto('round_facts')
    .values({ round_id: roundId, user_id: userId, facts })
    .onConflict((conflict) => conflict.column('round_id').doUpdateSet({ facts }))
    .execute();
};

/** Ids per query: well under SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_QUERY = 500;

const chunksOf = <T>(items: readonly T[]): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += IDS_PER_QUERY)
    chunks.push(items.slice(start, start + IDS_PER_QUERY));
  return chunks;
};

/** Reads of a round racing its own steps; each retry means another step committed in between. */
const CONSISTENT_READ_ATTEMPTS = 5;

/** The columns a patch names; a field left out of the patch is left out here. */
const roundPatchColumns = (patch: RoundStatePatch): Partial<RoundsTable> => ({
  ...(patch.status === undefined ? {} : { status: patch.status }),
  ...(patch.interimEvaluation === undefined
    ? {}
    : {
        interim_evaluation:
          patch.interimEvaluation === null ? null : toJson(patch.interimEvaluation),
      }),
  ...(patch.scorecard === undefined ? {} : scorecardColumns(patch.scorecard)),
  ...(patch.finishedAt === undefined ? {} : { finished_at: patch.finishedAt }),
  ...(patch.elapsedMs === undefined ? {} : { elapsed_ms: patch.elapsedMs }),
});

/**
 * SessionStore over Kysely, one code path for SQLite and PostgreSQL. Writes
 * aimed at a round or session the user does not own change nothing (as in the
 * in-memory store); every read filters by user id.
 */
export class KyselySessionStore implements SessionStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async createSession(session: Session): Promise<void> {
    await this.db.insertInto('sessions').values(sessionToRow(session)).execute();
  }

  async getSession(userId: UserId, id: SessionId): Promise<SessionWithRounds | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (row === undefined) return null;
    const roundRows = await this.db
      .selectFrom('rounds')
      .selectAll()
      .where('session_id', '=', id)
      .where('user_id', '=', userId)
      .orderBy('position', 'asc')
      .execute();
    return { ...sessionFromRow(row), rounds: await this.#withDetails(roundRows) };
  }

  async listSessions(userId: UserId, options?: ListOptions): Promise<readonly SessionSummary[]> {
    const { limit, offset } = pageOf(options);
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    if (rows.length === 0) return [];
    const roundRows = await this.db
      .selectFrom('rounds')
      .select(['session_id', 'kind', 'title', 'status', 'score', 'level', 'question_id'])
      .where('user_id', '=', userId)
      .where(
        'session_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('session_id')
      .orderBy('position', 'asc')
      .execute();
    return rows.map((row): SessionSummary => {
      const rounds = roundRows.filter((round) => round.session_id === row.id);
      const kinds: RoundKind[] = [];
      for (const round of rounds) {
        const kind = roundKindOf(round.kind);
        if (!kinds.includes(kind)) kinds.push(kind);
      }
      const scored = rounds.flatMap((round) =>
        round.status === 'finished' && round.score !== null && round.level !== null
          ? [{ score: round.score, level: toLevel(round.level, 'rounds.level') }]
          : [],
      );
      return {
        ...sessionFromRow(row),
        roundCount: rounds.length,
        kinds,
        firstRoundTitle: rounds[0]?.title ?? null,
        answeredQuestionIds: rounds.flatMap((round) =>
          round.question_id !== null && round.status !== 'answering' ? [round.question_id] : [],
        ),
        ...gradeOfRounds(scored),
      };
    });
  }

  async finishSession(userId: UserId, id: SessionId, finishedAt: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ status: 'finished', finished_at: finishedAt })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .execute();
  }

  async createRound(round: Round): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const session = await trx
        .selectFrom('sessions')
        .select('id')
        .where('id', '=', round.sessionId)
        .where('user_id', '=', round.userId)
        .executeTakeFirst();
      if (session === undefined)
        throw new DomainError(
          'SESSION_NOT_FOUND',
          `Session ${round.sessionId} does not exist for this user`,
        );
      await trx.insertInto('rounds').values(roundToRow(round)).execute();
      if (round.transcript.length > 0) {
        await trx
          .insertInto('turns')
          .values(round.transcript.map((turn) => turnToRow(round.id, round.userId, turn)))
          .execute();
      }
      if (round.draft !== null)
        await trx
          .insertInto('drafts')
          .values(draftToRow(round.id, round.userId, round.draft))
          .execute();
      if (round.scorecard !== null) await writeFacts(trx, round.id, round.userId, round.scorecard);
    });
  }

  /**
   * The round row and its turns are two reads, and a step may commit between them (PostgreSQL's
   * READ COMMITTED gives each statement its own snapshot): a round whose status predates its
   * transcript would let a stale step pass advanceRound's compare-and-set. So the read is repeated
   * until the turns match the row's version (every step changes it).
   */
  async getRound(userId: UserId, id: RoundId): Promise<Round | null> {
    for (let attempt = 1; ; attempt += 1) {
      const row = await this.db
        .selectFrom('rounds')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (row === undefined) return null;
      const [round] = await this.#withDetails([row]);
      if (round === undefined) return null;
      if (round.transcript.length === row.turn_count) return round;
      if (attempt >= CONSISTENT_READ_ATTEMPTS) {
        throw new DomainError(
          'CONFLICT',
          'This round is changing too fast to read (is it open in several places at once?); try again.',
        );
      }
    }
  }

  async appendTurn(userId: UserId, roundId: RoundId, turn: Turn): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // Bumping the version first takes the round's row lock and proves the round is this user's.
      const owned = await trx
        .updateTable('rounds')
        .set((eb) => ({ turn_count: eb('turn_count', '+', 1) }))
        .where('id', '=', roundId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (owned.numUpdatedRows === 0n) return;
      const result = await trx
        .insertInto('turns')
        .values(turnToRow(roundId, userId, turn))
        .onConflict((conflict) => conflict.columns(['round_id', 'idx']).doNothing())
        .executeTakeFirst();
      // Two turns with one index would make the transcript ambiguous: that is a caller bug.
      if (result.numInsertedOrUpdatedRows === 0n) {
        throw new DomainError(
          'CONFLICT',
          `Round ${roundId} already has a turn with index ${turn.index}`,
        );
      }
    });
  }

  async advanceRound(userId: UserId, roundId: RoundId, step: RoundStep): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      // The compare-and-set comes first: on PostgreSQL a racing step waits here for the row lock,
      // then sees the new turn_count and updates nothing; SQLite writers are serialised anyway.
      const claimed = await trx
        .updateTable('rounds')
        .set({
          ...roundPatchColumns(step.patch ?? {}),
          turn_count: step.expectedTurnCount + step.turns.length,
        })
        .where('id', '=', roundId)
        .where('user_id', '=', userId)
        .where('turn_count', '=', step.expectedTurnCount)
        .executeTakeFirst();
      if (claimed.numUpdatedRows === 0n) return false;
      await writeFacts(trx, roundId, userId, step.patch?.scorecard);
      if (step.turns.length > 0) {
        await trx
          .insertInto('turns')
          .values(step.turns.map((turn) => turnToRow(roundId, userId, turn)))
          .execute();
      }
      if (step.clearDraft === true)
        await trx
          .deleteFrom('drafts')
          .where('round_id', '=', roundId)
          .where('user_id', '=', userId)
          .execute();
      return true;
    });
  }

  async saveDraft(userId: UserId, roundId: RoundId, draft: Draft): Promise<Draft | null> {
    // One statement decides, so two racing saves cannot both win and a save costs one round trip:
    // the row comes from the round only while it is this user's and unfinished, and an existing
    // draft is replaced only by a strictly newer revision. A row back means this draft was stored.
    const saved = await this.db
      .insertInto('drafts')
      .columns(['round_id', 'user_id', 'text', 'saved_at', 'revision'])
      .expression((eb) =>
        eb
          .selectFrom('rounds')
          .select([
            'rounds.id',
            'rounds.user_id',
            // Typed casts: PostgreSQL cannot infer a bare parameter's type in a select list.
            sql<string>`cast(${draft.text} as text)`.as('text'),
            sql<string>`cast(${draft.savedAt} as text)`.as('saved_at'),
            sql<number>`cast(${draft.revision} as integer)`.as('revision'),
          ])
          .where('rounds.id', '=', roundId)
          .where('rounds.user_id', '=', userId)
          .where('rounds.status', '<>', 'finished'),
      )
      .onConflict((conflict) =>
        conflict
          .column('round_id')
          .doUpdateSet((eb) => ({
            text: eb.ref('excluded.text'),
            saved_at: eb.ref('excluded.saved_at'),
            revision: eb.ref('excluded.revision'),
          }))
          .where('drafts.revision', '<', (eb) => eb.ref('excluded.revision')),
      )
      .returning(['text', 'saved_at', 'revision'])
      .executeTakeFirst();
    if (saved !== undefined) return draftFromRow(saved);
    // Not saved: a stale revision (answer with the stored draft), or no open round of this user's.
    const stored = await this.db
      .selectFrom('rounds')
      .leftJoin('drafts', 'drafts.round_id', 'rounds.id')
      .select(['rounds.status', 'drafts.text', 'drafts.saved_at', 'drafts.revision'])
      .where('rounds.id', '=', roundId)
      .where('rounds.user_id', '=', userId)
      .executeTakeFirst();
    if (
      stored === undefined ||
      stored.status === 'finished' ||
      stored.text === null ||
      stored.saved_at === null ||
      stored.revision === null
    )
      return null;
    return draftFromRow({
      text: stored.text,
      saved_at: stored.saved_at,
      revision: stored.revision,
    });
  }

  async clearDraft(userId: UserId, roundId: RoundId): Promise<void> {
    await this.db
      .deleteFrom('drafts')
      .where('round_id', '=', roundId)
      .where('user_id', '=', userId)
      .execute();
  }

  async updateRound(userId: UserId, roundId: RoundId, patch: RoundStatePatch): Promise<void> {
    const changes = roundPatchColumns(patch);
    if (Object.keys(changes).length === 0) return;
    if (patch.scorecard === undefined) {
      await this.db
        .updateTable('rounds')
        .set(changes)
        .where('id', '=', roundId)
        .where('user_id', '=', userId)
        .execute();
      return;
    }
    await this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('rounds')
        .set(changes)
        .where('id', '=', roundId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (updated.numUpdatedRows > 0n) await writeFacts(trx, roundId, userId, patch.scorecard);
    });
  }

  async listFinishedRounds(userId: UserId, options?: ListOptions): Promise<readonly Round[]> {
    const { limit, offset } = pageOf(options);
    const rows = await this.db
      .selectFrom('rounds')
      .selectAll()
      .where('user_id', '=', userId)
      .where('status', '=', 'finished')
      .where('scorecard', 'is not', null)
      .orderBy('finished_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    return this.#withDetails(rows);
  }

  /**
   * Three light reads a page: the round columns stored before the big JSON ones (on SQLite a
   * column after them costs a walk through their overflow pages) with the round's facts, the
   * candidate's turns, and the scorecards of rounds scored before round_facts existed, whose
   * facts are written here once.
   */
  async finishedRoundIds(userId: UserId): Promise<readonly RoundId[]> {
    const rows = await this.db
      .selectFrom('rounds')
      .select('id')
      .where('user_id', '=', userId)
      .where('status', '=', 'finished')
      .where('scorecard', 'is not', null)
      .execute();
    return rows.map((row) => asRoundId(row.id));
  }

  async listFinishedRoundFacts(
    userId: UserId,
    options?: FinishedRoundFactsOptions,
  ): Promise<readonly FinishedRoundFacts[]> {
    if (options?.roundIds !== undefined) {
      // Those rounds only, a chunk of ids a query, merged back into one newest-first list.
      const { roundIds, ...page } = options;
      const chunks = await Promise.all(
        chunksOf(roundIds).map((ids) => this.#facts(userId, undefined, ids)),
      );
      const all = chunks
        .flat()
        .sort(
          (a, b) => compareDescending(a.finishedAt, b.finishedAt) || compareDescending(a.id, b.id),
        );
      const { limit, offset } = pageOf(page);
      return page.limit === undefined && page.offset === undefined
        ? all
        : all.slice(offset, offset + limit);
    }
    return this.#facts(userId, options, null);
  }

  async #facts(
    userId: UserId,
    options: ListOptions | undefined,
    roundIds: readonly string[] | null,
  ): Promise<FinishedRoundFacts[]> {
    if (roundIds !== null && roundIds.length === 0) return [];
    const { limit, offset } = pageOf(options);
    let query = this.db
      .selectFrom('rounds')
      .leftJoin('round_facts', 'round_facts.round_id', 'rounds.id')
      .select([
        'rounds.id',
        'rounds.session_id',
        'rounds.kind',
        'rounds.question_id',
        'rounds.title',
        'rounds.started_at',
        'rounds.finished_at',
        'rounds.elapsed_ms',
        'round_facts.facts',
      ])
      .where('rounds.user_id', '=', userId)
      .where('rounds.status', '=', 'finished')
      .where('rounds.scorecard', 'is not', null)
      .orderBy('rounds.finished_at', 'desc')
      .orderBy('rounds.id', 'desc');
    if (roundIds !== null) query = query.where('rounds.id', 'in', roundIds);
    if (options?.limit !== undefined || options?.offset !== undefined)
      query = query.limit(limit).offset(offset);
    const rows = await query.execute();
    if (rows.length === 0) return [];
    const missing = rows.filter((row) => row.facts === null).map((row) => row.id);
    const [turnRows, backFilled] = await Promise.all([
      Promise.all(
        chunksOf(rows.map((row) => row.id)).map((ids) =>
          this.db
            .selectFrom('turns')
            .select(['round_id', 'text'])
            .where('round_id', 'in', ids)
            .where('speaker', '=', 'candidate')
            .orderBy('round_id')
            .orderBy('idx', 'asc')
            .execute(),
        ),
      ),
      this.#backFillFacts(userId, missing),
    ]);
    const words = new Map<string, string[]>();
    for (const turn of turnRows.flat()) {
      const said = words.get(turn.round_id);
      if (said === undefined) words.set(turn.round_id, [turn.text]);
      else said.push(turn.text);
    }
    return rows.flatMap((row): FinishedRoundFacts[] => {
      const scorecard =
        row.facts === null
          ? backFilled.get(row.id)
          : fromJson<PracticeScorecard>(row.facts, 'round_facts.facts');
      if (scorecard === undefined) return [];
      return [
        {
          id: asRoundId(row.id),
          sessionId: asSessionId(row.session_id),
          kind: row.kind,
          questionId: row.question_id === null ? null : asQuestionId(row.question_id),
          title: row.title,
          startedAt: row.started_at,
          finishedAt: row.finished_at,
          elapsedMs: row.elapsed_ms,
          scorecard,
          candidateWords: words.get(row.id) ?? [],
        },
      ];
    });
  }

  /** The facts of rounds scored before round_facts existed: read from their scorecards, and kept. */
  async #backFillFacts(
    userId: UserId,
    roundIds: readonly string[],
  ): Promise<Map<string, PracticeScorecard>> {
    const facts = new Map<string, PracticeScorecard>();
    for (const ids of chunksOf(roundIds)) {
      const rows = await this.db
        .selectFrom('rounds')
        .select(['id', 'scorecard'])
        .where('user_id', '=', userId)
        .where('id', 'in', ids)
        .execute();
      const values = rows.flatMap((row) => {
        if (row.scorecard === null) return [];
        const practice = practiceScorecardOf(
          fromJson<Scorecard>(row.scorecard, 'rounds.scorecard'),
        );
        facts.set(row.id, practice);
        return [{ round_id: row.id, user_id: userId, facts: toJson(practice) }];
      });
      if (values.length > 0)
        await this.db
          .insertInto('round_facts')
          .values(values)
          .onConflict((conflict) => conflict.column('round_id').doNothing())
          .execute();
    }
    return facts;
  }

  async finishedRoundsStamp(userId: UserId): Promise<FinishedRoundsStamp> {
    const row = await this.db
      .selectFrom('rounds')
      .select((eb) => [
        eb.fn.countAll<number | string | bigint>().as('count'),
        eb.fn.max('finished_at').as('latest'),
      ])
      .where('user_id', '=', userId)
      .where('status', '=', 'finished')
      .where('scorecard', 'is not', null)
      .executeTakeFirst();
    // PostgreSQL's count is a bigint, which node-postgres hands back as a string.
    return { count: Number(row?.count ?? 0), latestFinishedAt: row?.latest ?? null };
  }

  /** Attaches transcripts and drafts with two queries, however many rounds there are. */
  async #withDetails(rows: readonly RoundsTable[]): Promise<Round[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [turnRows, draftRows] = await Promise.all([
      this.db
        .selectFrom('turns')
        .selectAll()
        .where('round_id', 'in', ids)
        .orderBy('round_id')
        .orderBy('idx', 'asc')
        .execute(),
      this.db.selectFrom('drafts').selectAll().where('round_id', 'in', ids).execute(),
    ]);
    return rows.map((row) => {
      const draftRow = draftRows.find((draft) => draft.round_id === row.id);
      return roundFromRow(
        row,
        turnRows.filter((turn) => turn.round_id === row.id).map(turnFromRow),
        draftRow === undefined ? null : draftFromRow(draftRow),
      );
    });
  }
}
