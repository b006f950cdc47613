import type { AnswerEvaluation, Evidence, RegisteredRoundKind } from '@onsite/core';
import type { ReactNode } from 'react';
import { CodingDetails } from './coding-sections';
import { PartlyScoredNotice, ProbeOutcomes } from './probe-outcomes';
import { ScoreBreakdownSection } from './score-breakdown';

type EvaluationOf<Kind extends RegisteredRoundKind> = Extract<AnswerEvaluation, { kind: Kind }>;

/** What a kind adds to the scorecard every kind shares (verdict, flags, rubric, next steps). */
export interface KindSections {
  /** One line under the overall score. */
  readonly scoreNote?: string;
  /** Above the flags: what the reader should know before the findings. */
  readonly notice?: ReactNode;
  /** Below the rubric. */
  readonly details?: ReactNode;
}

type SectionsOf<Kind extends RegisteredRoundKind> = (
  evaluation: EvaluationOf<Kind>,
  onQuote: (evidence: Evidence) => void,
) => KindSections;

/** One entry per kind in core's registry: a kind registered without one here does not compile. */
const SECTIONS_BY_KIND: { readonly [Kind in RegisteredRoundKind]: SectionsOf<Kind> } = {
  behavioral: (evaluation, onQuote) => ({
    scoreNote: `${evaluation.wordCount} words in the main answer`,
    notice: <PartlyScoredNotice turns={evaluation.partlyScored ?? []} />,
    details: (
      <>
        {evaluation.scoreBreakdown !== undefined && (
          <ScoreBreakdownSection breakdown={evaluation.scoreBreakdown} onQuote={onQuote} />
        )}
        {(evaluation.probeOutcomes ?? []).length > 0 && (
          <ProbeOutcomes outcomes={evaluation.probeOutcomes ?? []} onQuote={onQuote} />
        )}
      </>
    ),
  }),
  coding: (evaluation, onQuote) => ({
    scoreNote: `${evaluation.passed} of ${evaluation.total} tests passed`,
    notice:
      evaluation.notObserved.length > 0 ? (
        <p className="card muted small">
          Not scored, with nothing to judge them on: {evaluation.notObserved.join(', ')}.
        </p>
      ) : undefined,
    details: <CodingDetails evaluation={evaluation} onQuote={onQuote} />,
  }),
};

/** The sections of the evaluation's own kind. */
export const kindSectionsOf = <Kind extends RegisteredRoundKind>(
  evaluation: EvaluationOf<Kind>,
  onQuote: (evidence: Evidence) => void,
): KindSections => {
  const sectionsOf: SectionsOf<Kind> = SECTIONS_BY_KIND[evaluation.kind];
  return sectionsOf(evaluation, onQuote);
};
