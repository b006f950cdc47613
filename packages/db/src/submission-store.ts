import type { ExpressionBuilder, Kysely } from 'kysely';
import {
  pageOf,
  type AbandonScope,
  type ComplexityState,
  type FinalSubmit,
  type SubmissionListOptions,
  type SubmissionPatch,
  type SubmissionRecord,
  type SubmissionStore,
  type UserId,
} from '@onsite/core';
import type { DatabaseSchema } from './tables';
import { submissionFromRow, submissionPatchColumns, submissionToRow, toJson } from './rows';

/** Round ids per query: well under SQLite's and PostgreSQL's limits on bound parameters. */
const FINAL_SUBMIT_IDS_PER_QUERY = 500;

const MEASURING: ComplexityState = { status: 'measuring' };
const interruptedMeasurement = (message: string): ComplexityState => ({
  status: 'failed',
  message,
});

/** SubmissionStore over Kysely, one code path for SQLite and PostgreSQL. Every read and write is scoped by user id. */
export class KyselySubmissionStore implements SubmissionStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async createSubmission(record: SubmissionRecord): Promise<void> {
    await this.db.insertInto('submissions').values(submissionToRow(record)).execute();
  }

  async updateSubmission(userId: UserId, id: string, patch: SubmissionPatch): Promise<void> {
    const columns = submissionPatchColumns(patch);
    if (Object.keys(columns).length === 0) return;
    await this.db
      .updateTable('submissions')
      .set(columns)
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .execute();
  }

  async getSubmission(userId: UserId, id: string): Promise<SubmissionRecord | null> {
    const row = await this.db
      .selectFrom('submissions')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row === undefined ? null : submissionFromRow(row);
  }

  async listSubmissions(
    userId: UserId,
    options?: SubmissionListOptions,
  ): Promise<readonly SubmissionRecord[]> {
    const { limit, offset } = pageOf(options);
    let query = this.db.selectFrom('submissions').selectAll().where('user_id', '=', userId);
    if (options?.questionId !== undefined)
      query = query.where('question_id', '=', options.questionId);
    if (options?.mode !== undefined) query = query.where('mode', '=', options.mode);
    if (options?.roundId !== undefined) query = query.where('round_id', '=', options.roundId);
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map(submissionFromRow);
  }

  /** One light query per 500 rounds: two columns, the result only tested for null. */
  async listFinalSubmits(
    userId: UserId,
    roundIds: readonly string[],
  ): Promise<readonly FinalSubmit[]> {
    const finals = new Map<string, string>();
    for (let start = 0; start < roundIds.length; start += FINAL_SUBMIT_IDS_PER_QUERY) {
      const rows = await this.db
        .selectFrom('submissions')
        .select(['round_id', 'source'])
        .where('user_id', '=', userId)
        .where('mode', '=', 'submit')
        .where('result', 'is not', null)
        .where('round_id', 'in', roundIds.slice(start, start + FINAL_SUBMIT_IDS_PER_QUERY))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      // Newest first: the first seen for a round is its last judged submit.
      for (const row of rows)
        if (row.round_id !== null && !finals.has(row.round_id))
          finals.set(row.round_id, row.source);
    }
    return [...finals].map(([roundId, source]) => ({ roundId, source }));
  }

  async abandonUnfinished(
    error: { readonly code: string; readonly message: string },
    finishedAt: string,
    scope: AbandonScope,
  ): Promise<number> {
    const stored = toJson({ code: error.code, message: error.message });
    const inScope = (eb: ExpressionBuilder<DatabaseSchema, 'submissions'>) =>
      eb.or([
        eb('judged_by', 'is', null),
        eb('created_at', '<', scope.createdBefore),
        ...(scope.judgedBy === undefined ? [] : [eb('judged_by', '=', scope.judgedBy)]),
      ]);
    const unjudged = await this.db
      .updateTable('submissions')
      .set({ status: 'done', error: stored, finished_at: finishedAt })
      .where('status', 'in', ['queued', 'running'])
      .where(inScope)
      .executeTakeFirst();
    // The verdict of a judged submission stands; only its unfinished growth measurement fails.
    const unmeasured = await this.db
      .updateTable('submissions')
      .set({ complexity: toJson(interruptedMeasurement(error.message)) })
      .where('complexity', '=', toJson(MEASURING))
      .where(inScope)
      .executeTakeFirst();
    return Number(unjudged.numUpdatedRows) + Number(unmeasured.numUpdatedRows);
  }
}
