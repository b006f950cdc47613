import type { HiringLevel } from '../rounds/types';
import { localDate } from './calendar';
import type { HistoryFilter, PracticeRecord } from './types';

/** Newest first; rounds finished at the same instant keep a fixed order (by round id). */
const byNewest = (records: readonly PracticeRecord[]): PracticeRecord[] =>
  records
    .map((record) => ({ record, at: Date.parse(record.finishedAt) }))
    .sort((a, b) => b.at - a.at || (a.record.roundId < b.record.roundId ? -1 : 1))
    .map(({ record }) => record);

const wordsOf = (search: string): string[] =>
  search
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== '');

/**
 * The rounds that pass every criterion of the filter, newest first. Dates are the candidate's
 * local dates in `timeZone`, `from` and `to` both included; `search` keeps a round only when
 * each of its words appears (as part of a word, any case) in the title or the answer or code.
 */
export const filterHistory = (
  records: readonly PracticeRecord[],
  filter: HistoryFilter,
  timeZone: string,
): PracticeRecord[] => {
  const words = wordsOf(filter.search ?? '');
  const kept = records.filter((record) => {
    if (filter.kind !== undefined && record.kind !== filter.kind) return false;
    if (filter.questionId !== undefined && record.questionId !== filter.questionId) return false;
    if (filter.level !== undefined && record.level !== filter.level) return false;
    if (filter.topic !== undefined && !record.topics.some((topic) => topic.id === filter.topic))
      return false;
    if (filter.from !== undefined || filter.to !== undefined) {
      const day = localDate(record.finishedAt, timeZone);
      if (filter.from !== undefined && day < filter.from) return false;
      if (filter.to !== undefined && day > filter.to) return false;
    }
    if (words.length > 0) {
      // Lower-cased only for rounds that passed the cheaper criteria above.
      const haystack = `${record.title}\n${record.text}`.toLowerCase();
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
  return byNewest(kept);
};

/** Every attempt at one bank question, oldest first: attempt 1, attempt 2, … */
export const attemptsOf = (
  records: readonly PracticeRecord[],
  questionId: string,
): PracticeRecord[] =>
  byNewest(records.filter((record) => record.questionId === questionId)).reverse();

/** One rubric dimension across two attempts; a level is null when that attempt did not judge it. */
export interface DimensionChange {
  readonly id: string;
  readonly name: string;
  readonly before: HiringLevel | null;
  readonly after: HiringLevel | null;
  /** after − before in levels (positive is better); null when either attempt lacks it. */
  readonly change: number | null;
}

/** What changed from one attempt to a later one, beside the answers the web diffs itself. */
export interface AttemptComparison {
  readonly before: PracticeRecord;
  readonly after: PracticeRecord;
  /** after − before, in score points (0–100). */
  readonly scoreChange: number;
  /** after − before, in hiring levels. */
  readonly levelChange: number;
  /** In the order the earlier attempt lists them, then any only the later one has. */
  readonly dimensions: readonly DimensionChange[];
  /** Raised on the later attempt only, on the earlier only, and on both. */
  readonly flagsAdded: readonly string[];
  readonly flagsRemoved: readonly string[];
  readonly flagsKept: readonly string[];
}

/**
 * Compares two attempts (usually at the same question): `a` is taken as the earlier, `b` as the
 * later, so a positive change is progress.
 */
export const compareAttempts = (a: PracticeRecord, b: PracticeRecord): AttemptComparison => {
  const after = new Map(b.dimensions.map((dimension) => [dimension.id, dimension]));
  const beforeIds = new Set(a.dimensions.map((dimension) => dimension.id));
  const dimensions: DimensionChange[] = [
    ...a.dimensions.map((dimension): DimensionChange => {
      const later = after.get(dimension.id);
      return {
        id: dimension.id,
        name: dimension.name,
        before: dimension.level,
        after: later?.level ?? null,
        change: later === undefined ? null : later.level - dimension.level,
      };
    }),
    ...b.dimensions
      .filter((dimension) => !beforeIds.has(dimension.id))
      .map((dimension): DimensionChange => ({
        id: dimension.id,
        name: dimension.name,
        before: null,
        after: dimension.level,
        change: null,
      })),
  ];
  const flagsBefore = new Set(a.flags);
  const flagsAfter = new Set(b.flags);
  return {
    before: a,
    after: b,
    scoreChange: b.score - a.score,
    levelChange: b.level - a.level,
    dimensions,
    flagsAdded: b.flags.filter((flag) => !flagsBefore.has(flag)),
    flagsRemoved: a.flags.filter((flag) => !flagsAfter.has(flag)),
    flagsKept: a.flags.filter((flag) => flagsAfter.has(flag)),
  };
};
