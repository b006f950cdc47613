import {
  isBehavioralEvaluation,
  type CodingEvaluation,
  roundKinds,
  HIRING_LEVEL_LABEL,
  MAX_SCORED_CHARACTERS,
  type AnswerEvaluation,
  type ScoreBreakdown,
} from '@onsite/core';

/**
 * The stable JSON `onsite evaluate --json` prints, for scripts and calibration: ids, each
 * dimension's reason and quotes, and how the score was reached (weights, caps, which flag capped it).
 */
export interface EvaluationSummary {
  readonly score: number;
  readonly level: number;
  readonly flags: readonly string[];
  readonly dimensions: readonly {
    readonly id: string;
    readonly level: number;
    readonly reason: string;
    readonly evidence: readonly string[];
  }[];
  readonly followUps: readonly string[];
  readonly scoreBreakdown?: ScoreBreakdown;
  /** Coding rounds: what the judge and the code reader found. */
  readonly coding?: Pick<
    CodingEvaluation,
    | 'verdict'
    | 'passed'
    | 'total'
    | 'claimedComplexity'
    | 'expectedComplexity'
    | 'failedSubmissions'
    | 'hintsUsed'
    | 'edgeCases'
    | 'notObserved'
    | 'study'
  > & { readonly growth: string | null; readonly codeSignals: readonly string[] };
  readonly nextSteps: readonly string[];
}

export const summarizeEvaluation = (evaluation: AnswerEvaluation): EvaluationSummary => ({
  score: evaluation.score,
  level: evaluation.level,
  flags: evaluation.flags.map((finding) => finding.flag),
  dimensions: evaluation.dimensions.map((dimension) => ({
    id: dimension.id,
    level: dimension.level,
    reason: dimension.summary,
    evidence: dimension.evidence.map((evidence) => evidence.quote),
  })),
  followUps: evaluation.followUps.map((probe) => probe.text),
  ...(isBehavioralEvaluation(evaluation) && evaluation.scoreBreakdown !== undefined
    ? { scoreBreakdown: evaluation.scoreBreakdown }
    : {}),
  ...(evaluation.kind === 'coding'
    ? {
        coding: {
          verdict: evaluation.verdict,
          passed: evaluation.passed,
          total: evaluation.total,
          growth: evaluation.growth?.label ?? null,
          claimedComplexity: evaluation.claimedComplexity,
          expectedComplexity: evaluation.expectedComplexity,
          failedSubmissions: evaluation.failedSubmissions,
          hintsUsed: evaluation.hintsUsed,
          edgeCases: evaluation.edgeCases,
          codeSignals: evaluation.codeSignals.map((signal) => signal.message),
          notObserved: evaluation.notObserved,
          study: evaluation.study,
        },
      }
    : {}),
  nextSteps: evaluation.nextSteps.map((step) => step.text),
});

/** The human-readable report printed without --json. */
export const formatEvaluation = (evaluation: AnswerEvaluation): string => {
  const lines = [
    `Score ${evaluation.score}/100: ${HIRING_LEVEL_LABEL[evaluation.level]} (level ${evaluation.level} of 4)${isBehavioralEvaluation(evaluation) ? `, ${evaluation.wordCount} words` : ''}`,
    '',
  ];
  const breakdown = isBehavioralEvaluation(evaluation) ? evaluation.scoreBreakdown : undefined;
  if (breakdown !== undefined) {
    lines.push(
      `How: the weighted mean of the dimensions is ${breakdown.weightedMean}${breakdown.findingsPenalty > 0 ? `, less ${breakdown.findingsPenalty} for the findings` : ''}.`,
    );
    for (const cap of breakdown.caps.filter((item) => item.binding))
      lines.push(
        `  Held below ${cap.ceiling} (at most ${HIRING_LEVEL_LABEL[cap.maxLevel]}) by ${cap.source}: ${cap.reason}`,
      );
    for (const figure of breakdown.discountedFigures) lines.push(`  Not counted: ${figure.reason}`);
    lines.push('');
  }
  for (const cut of isBehavioralEvaluation(evaluation) ? (evaluation.partlyScored ?? []) : []) {
    lines.push(
      `Only the first ${cut.scoredCharacters} of ${cut.totalCharacters} characters were scored (the evaluator reads at most ${MAX_SCORED_CHARACTERS}).`,
      '',
    );
  }
  if (evaluation.kind === 'coding') {
    lines.push(
      `${evaluation.verdict}: ${evaluation.passed} of ${evaluation.total} tests passed${evaluation.growth === null ? '' : `; growth ${evaluation.growth.label}${evaluation.expectedComplexity === null ? '' : ` (the best: ${evaluation.expectedComplexity})`}`}.`,
    );
    if (evaluation.notObserved.length > 0)
      lines.push(`Not observed (no interview transcript): ${evaluation.notObserved.join(', ')}.`);
    lines.push('');
  }
  lines.push('Dimensions:');
  for (const dimension of evaluation.dimensions) {
    lines.push(`  ${dimension.name}: ${HIRING_LEVEL_LABEL[dimension.level]}. ${dimension.summary}`);
    for (const evidence of dimension.evidence.slice(0, 2)) lines.push(`    “${evidence.quote}”`);
  }
  lines.push('');
  if (evaluation.flags.length === 0) lines.push('Flags: none.');
  else {
    lines.push('Flags:');
    for (const finding of evaluation.flags) {
      const copy = roundKinds.get(evaluation.kind)?.flags[finding.flag];
      lines.push(`  [${finding.flag}] ${copy?.label ?? finding.flag}: ${finding.message}`);
      if (copy !== undefined) lines.push(`    How to fix: ${copy.howToFix}`);
    }
  }
  if (evaluation.followUps.length > 0) {
    lines.push('', 'The interviewer would ask next:');
    for (const probe of evaluation.followUps) lines.push(`  - ${probe.text}`);
  }
  if (evaluation.nextSteps.length > 0) {
    lines.push('', 'Next steps:');
    for (const step of evaluation.nextSteps) lines.push(`  - ${step.text}`);
  }
  const study = evaluation.kind === 'coding' ? evaluation.study : null;
  if (study !== null)
    lines.push(
      '',
      `Study: the optimal approach (${[study.expectedTime, study.expectedSpace === null ? null : `${study.expectedSpace} space`].filter((part) => part !== null).join(', ')})`,
      ...study.explanation
        .trim()
        .split('\n')
        .map((line) => `  ${line}`),
    );
  return lines.join('\n');
};
