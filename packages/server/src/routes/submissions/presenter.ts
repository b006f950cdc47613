import { describeGrowthClaim, type SubmissionRecord } from '@onsite/core';
import type {
  SubmissionCreatedResponse,
  SubmissionListResponse,
  SubmissionResponse,
  SubmissionSummary,
} from '../../contract';
import type { SubmissionState } from '../../submissions';

export const presentCreated = (state: SubmissionState): SubmissionCreatedResponse => ({
  id: state.id,
  status: 'queued',
  position: state.position,
});

/** Events and result are already stripped of hidden-test data by the submission service (and stored that way). */
export const presentSubmission = (state: SubmissionState): SubmissionResponse => ({
  id: state.id,
  status: state.status,
  position: state.position,
  events: state.events,
  ...(state.result === null ? {} : { result: state.result }),
  ...(state.error === null
    ? {}
    : { error: { code: state.error.code, message: state.error.message } }),
  questionId: state.questionId,
  language: state.language,
  mode: state.mode,
  source: state.source,
  createdAt: state.createdAt,
  finishedAt: state.finishedAt,
  complexity: state.complexity,
});

const maxOf = (values: readonly number[]): number | null =>
  values.length === 0 ? null : Math.max(...values);
/** Memory nobody measured is null (stored as 0 before it could be): the largest real peak, or null. */
const maxMeasured = (values: readonly (number | null)[]): number | null =>
  maxOf(values.filter((value): value is number => value !== null && value > 0));

/** One history line: the verdict and the worst time and memory, never the source or per-test data. */
export const presentSummary = (record: SubmissionRecord): SubmissionSummary => {
  const { result, complexity } = record;
  // The growth card's own words (core decides): never a class the card calls inconclusive.
  const growth =
    complexity?.status === 'done' ? describeGrowthClaim(complexity.report).label : null;
  return {
    id: record.id,
    questionId: record.questionId,
    language: record.language,
    mode: record.mode,
    status: record.status,
    verdict: result?.verdict ?? null,
    passed: result?.passed ?? null,
    total: result?.total ?? null,
    maxTimeMs: result === null ? null : maxOf(result.tests.map((test) => test.timeMs)),
    maxMemoryKb: result === null ? null : maxMeasured(result.tests.map((test) => test.memoryKb)),
    errorMessage: record.error?.message ?? null,
    fittedComplexity: growth,
    createdAt: record.createdAt,
  };
};

export const presentSubmissionList = (
  records: readonly SubmissionRecord[],
): SubmissionListResponse => ({
  submissions: records.map(presentSummary),
});
