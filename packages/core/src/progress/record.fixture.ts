/**
 * Practice records for the progress tests: a finished round as toPracticeRecord gives it, with the
 * registered kinds' real dimension names and flag ids. Only tests import this file.
 */
import { z } from 'zod';
import { CODING_DIMENSIONS } from '../rounds/coding/evaluate';
import { DIMENSION_NAMES } from '../rounds/behavioral/star/dimensions';
import {
  ROUND_KIND_DEFINITIONS,
  createRoundRegistry,
  type AnswerEvaluation,
} from '../rounds/registry';
import type { ConversationRoundKind, Evaluation, HiringLevel } from '../rounds/types';
import type { PracticeRecord, Topic } from './types';

const DIMENSION_NAME: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  behavioral: DIMENSION_NAMES,
  coding: CODING_DIMENSIONS,
};

export interface RecordFields {
  readonly roundId: string;
  readonly kind?: string;
  readonly questionId?: string | null;
  readonly title?: string;
  readonly finishedAt: string;
  readonly score?: number;
  readonly level?: HiringLevel;
  /** Levels by dimension id; names come from the kind's rubric. */
  readonly dimensions?: Readonly<Record<string, HiringLevel>>;
  readonly flags?: readonly string[];
  readonly topics?: readonly Topic[];
  readonly measures?: Readonly<Record<string, number | null>>;
  readonly text?: string;
}

/** Score at the middle of each level's band (the behavioral bands: 84, 62, 38). */
const SCORE_OF_LEVEL: Readonly<Record<HiringLevel, number>> = { 1: 20, 2: 50, 3: 72, 4: 92 };

export const makeRecord = (fields: RecordFields): PracticeRecord => {
  const kind = fields.kind ?? 'behavioral';
  const level = fields.level ?? 3;
  return {
    roundId: fields.roundId,
    sessionId: `session-of-${fields.roundId}`,
    kind,
    questionId: fields.questionId === undefined ? `${kind}/question` : fields.questionId,
    title: fields.title ?? 'A question',
    startedAt: new Date(Date.parse(fields.finishedAt) - 600_000).toISOString(),
    finishedAt: fields.finishedAt,
    elapsedMs: 600_000,
    score: fields.score ?? SCORE_OF_LEVEL[level],
    level,
    dimensions: Object.entries(fields.dimensions ?? {}).map(([id, dimensionLevel]) => ({
      id,
      name: DIMENSION_NAME[kind]?.[id] ?? id,
      level: dimensionLevel,
    })),
    flags: fields.flags ?? [],
    topics: fields.topics ?? [],
    measures: fields.measures ?? {},
    text: fields.text ?? '',
  };
};

export const pattern = (id: string, label = id.replaceAll('-', ' ')): Topic => ({
  type: 'pattern',
  id,
  label,
});
export const principle = (id: string, label: string): Topic => ({ type: 'principle', id, label });
export const competency = (id: string): Topic => ({ type: 'competency', id, label: id });

// ── What rounds/tally/ would hold: a kind added with one registry line (as echo-kind.test.ts adds
// echo), with a measure of its own where higher is better, to show progress needs no change for it.

export interface TallyEvaluation extends Evaluation<'tally', 'miscounted'> {
  readonly counted: number;
}

export const tallyRound: ConversationRoundKind<TallyEvaluation> = {
  id: 'tally',
  label: 'Tally',
  answeredBy: 'conversation',
  questionSchema: z.object({ kind: z.literal('tally') }),
  dimensions: { accuracy: 'Accuracy' },
  flags: {
    miscounted: {
      label: 'The count is off',
      whyItMatters: 'Counting matters.',
      howToFix: 'Count again.',
      before: 'three',
      after: 'four',
    },
  },
  progress: {
    noun: { one: 'tally', other: 'tallies' },
    topicsOf: () => [{ type: 'skill', id: 'counting', label: 'counting' }],
    measures: { counted: { label: 'Items counted', unit: 'count', better: 'higher' } },
    measure: (evaluation) => ({ counted: evaluation.counted }),
  },
  evaluate: ({ answer }) => {
    const counted = answer.split(/\s+/u).filter((word) => word !== '').length;
    const level = counted >= 4 ? 4 : counted >= 2 ? 2 : 1;
    return {
      kind: 'tally',
      score: counted >= 4 ? 90 : 40,
      level,
      flags: counted >= 4 ? [] : [{ flag: 'miscounted', message: 'Off.', evidence: [] }],
      dimensions: [{ id: 'accuracy', name: 'Accuracy', level, summary: '', evidence: [] }],
      followUps: [],
      nextSteps: [],
      counted,
    };
  },
  interviewer: { closingLine: 'Done.', fallbackProbes: [] },
};

/** The registered kinds and tally. */
export const withTally = createRoundRegistry<AnswerEvaluation | TallyEvaluation>([
  ...ROUND_KIND_DEFINITIONS,
  tallyRound,
]);
