/**
 * Hand-built history for the progress tests (schedule, queue, streak, plan, six weeks): finished
 * rounds of known quality, written in a line each. Test data only; not exported from core.
 */
import { CODING_DIMENSIONS } from '../rounds/coding/evaluate';
import { DIMENSION_NAMES } from '../rounds/behavioral/star/dimensions';
import type { HiringLevel } from '../rounds/types';
import type { PracticeQuestion } from './queue';
import type { PracticeRecord, Topic, WeakArea } from './types';

let nextRound = 0;

/** The score a level stands for, so records read consistently. */
const SCORE_OF_LEVEL: Readonly<Record<HiringLevel, number>> = { 1: 20, 2: 45, 3: 70, 4: 90 };

/**
 * A finished round: its kind, question, when it finished and its overall level; every rubric
 * dimension of the kind at that level unless `dimensions` says otherwise.
 */
export const finishedRound = (round: {
  readonly kind: 'coding' | 'behavioral';
  readonly questionId: string | null;
  readonly finishedAt: string;
  readonly level: HiringLevel;
  readonly dimensions?: Readonly<Record<string, HiringLevel>>;
  readonly flags?: readonly string[];
  readonly title?: string;
  readonly topics?: readonly Topic[];
}): PracticeRecord => {
  nextRound += 1;
  const names: Readonly<Record<string, string>> =
    round.kind === 'coding' ? CODING_DIMENSIONS : DIMENSION_NAMES;
  const finishedMs = Date.parse(round.finishedAt);
  return {
    roundId: `round-${String(nextRound).padStart(5, '0')}`,
    sessionId: `session-${nextRound}`,
    kind: round.kind,
    questionId: round.questionId,
    title: round.title ?? round.questionId ?? 'A prompt of my own',
    startedAt: new Date(finishedMs - 30 * 60_000).toISOString(),
    finishedAt: round.finishedAt,
    elapsedMs: 30 * 60_000,
    score: SCORE_OF_LEVEL[round.level],
    level: round.level,
    dimensions: Object.entries(names).map(([id, name]) => ({
      id,
      name,
      level: round.dimensions?.[id] ?? round.level,
    })),
    flags: round.flags ?? [],
    topics: round.topics ?? [],
    measures: {},
    text: '',
  };
};

/** A bank question as progress reads it. */
export const bankQuestion = (
  id: string,
  timeLimitMinutes?: number,
): PracticeQuestion & { readonly kind: string } => {
  const kind = id.split('/')[0] ?? id;
  return {
    id,
    kind,
    title: `${id.split('/')[1] ?? id} (title)`,
    ...(timeLimitMinutes === undefined ? {} : { timeLimitMinutes }),
  };
};

/** A weak area as findWeakAreas ranks them; only what the queue and the plan read matters. */
export const weakArea = (area: {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly reason: string;
  readonly questionIds: readonly string[];
  readonly weight?: number;
}): WeakArea => ({
  type: area.id.startsWith('story-gap:')
    ? 'story-gap'
    : area.id.startsWith('dimension:')
      ? 'dimension'
      : area.id.startsWith('flag:')
        ? 'flag'
        : 'topic',
  weight: area.weight ?? 1,
  occurrences: 1,
  outOf: 1,
  lastSeenAt: null,
  ...area,
});
