import type { Question } from '../question/schema';
import type { RoundRegistry } from '../rounds/registry';
import type { Evaluation } from '../rounds/types';
import type { FinishedRoundFacts, PracticeScorecard } from '../ports';
import type { Round, Scorecard } from '../session/types';
import type { PracticeRecord, Topic } from './types';

/** A measure a kind could not read (an older scorecard without the field) is "not measured". */
const asMeasure = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The candidate's words, then the final code: what a history search reads. */
const textOf = (candidateWords: readonly string[], code: string | undefined): string => {
  const words = candidateWords.map((text) => text.trim()).filter((text) => text !== '');
  return [...words, ...(code !== undefined && code.trim() !== '' ? [code] : [])].join('\n\n');
};

/**
 * What progress keeps of a scorecard (see PracticeScorecard): the stores write it beside the
 * scorecard, so a long history is read without parsing every scorecard's evidence. A kind's
 * `progress.measure` must read only top-level plain fields of its evaluation (as coding's does).
 */
export const practiceScorecardOf = (scorecard: Scorecard<Evaluation>): PracticeScorecard => {
  const plain: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(scorecard.evaluation))
    if (value === null || typeof value !== 'object') plain[field] = value;
  const { kind, score, level, dimensions, flags } = scorecard.evaluation;
  return {
    evaluatedAt: scorecard.evaluatedAt,
    evaluation: {
      ...plain,
      kind,
      score,
      level,
      dimensions: dimensions.map(({ id, name, level: dimensionLevel }) => ({
        id,
        name,
        level: dimensionLevel,
      })),
      flags: flags.map(({ flag }) => ({ flag })),
    },
  };
};

/**
 * One finished round as progress reads it, from its facts (SessionStore.listFinishedRoundFacts):
 * the same record toPracticeRecord gives for the whole round.
 */
export const practiceRecordOf = <E extends Evaluation>(
  facts: FinishedRoundFacts,
  question: Question | undefined,
  registry: RoundRegistry<E>,
  code?: string,
): PracticeRecord => {
  const { evaluation } = facts.scorecard;
  const kind = registry.get(facts.kind);
  const topics: readonly Topic[] =
    kind !== undefined && question !== undefined && question.kind === facts.kind
      ? kind.progress.topicsOf(question)
      : [];
  const measures: Record<string, number | null> = {};
  if (kind !== undefined && evaluation.kind === kind.id) {
    // The compact evaluation keeps every top-level plain field, all a kind's measure reads (see
    // practiceScorecardOf); record.test.ts checks both paths give the same record.
    const read = kind.progress.measure(evaluation as unknown as E);
    for (const id of Object.keys(kind.progress.measures)) measures[id] = asMeasure(read[id]);
  }
  return {
    roundId: String(facts.id),
    sessionId: String(facts.sessionId),
    kind: facts.kind,
    questionId: facts.questionId === null ? null : String(facts.questionId),
    title: facts.title,
    startedAt: facts.startedAt,
    // A scored round always has finishedAt; the scorecard's time stands in for a row that lost it.
    finishedAt: facts.finishedAt ?? facts.scorecard.evaluatedAt,
    elapsedMs: facts.elapsedMs,
    score: evaluation.score,
    level: evaluation.level,
    dimensions: evaluation.dimensions.map(({ id, name, level }) => ({ id, name, level })),
    flags: [...new Set(evaluation.flags.map((finding) => finding.flag))],
    topics,
    measures,
    text: textOf(facts.candidateWords, code),
  };
};

/**
 * One finished round as progress reads it; null when the round has no scorecard (still open, or
 * abandoned). `question` is the round's bank question when it still exists: its topics come from
 * the kind's `progress.topicsOf`. `code` is the final code of a round answered by code: a coding
 * round keeps only the words said in its transcript, its code lives in its submissions (the
 * scorecard's code evidence quotes only slices of it).
 *
 * A kind missing from the registry (a kind retired since the round) still gives a record, with no
 * topics and no measures: history must never fail on old data.
 */
export const toPracticeRecord = <E extends Evaluation>(
  round: Round<E>,
  question: Question | undefined,
  registry: RoundRegistry<E>,
  code?: string,
): PracticeRecord | null => {
  const { scorecard } = round;
  if (scorecard === null) return null;
  // Read through the same facts the stores keep, so a record is the same whichever way it was read.
  return practiceRecordOf(
    {
      id: round.id,
      sessionId: round.sessionId,
      kind: round.kind,
      questionId: round.questionId,
      title: round.title,
      startedAt: round.startedAt,
      finishedAt: round.finishedAt,
      elapsedMs: round.elapsedMs,
      scorecard: practiceScorecardOf(scorecard),
      candidateWords: round.transcript
        .filter((turn) => turn.speaker === 'candidate')
        .map((turn) => turn.text),
    },
    question,
    registry,
    code,
  );
};
