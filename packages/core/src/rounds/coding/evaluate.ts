import { CODING_PATTERN_LABEL, type CodingQuestion } from './question';
import type {
  DimensionJudgement,
  Evaluation,
  Evidence,
  FlagFinding,
  HiringLevel,
  NextStep,
  ProposedProbe,
} from '../types';
import {
  classesApart,
  describeGrowthClaim,
  formatComplexityClass,
  parseComplexityClass,
  type ComplexityClass,
  type ComplexityReport,
  type GrowthClaim,
} from './complexity';
import type { CodingFlag } from './flags';
import type { JudgeResult, Language, Verdict } from './judge-spec';
import { readApproach, totalOverCalls } from './interview/approach';
import {
  codeLinesEvidence,
  namesInSignature,
  readCode,
  type CodeSignal,
} from './interview/code-signals';
import {
  edgeCasesNamed,
  judgeFollowUpAnswer,
  type CandidateWords,
  type EdgeCaseCoverage,
} from './interview/cues';
import { probeFromSubmission } from './interview/probes';

/** The bank question as the scorecard reads it. */
export type ScoredQuestion = Pick<
  CodingQuestion,
  'title' | 'signature' | 'tests' | 'maxSize' | 'expectedComplexity' | 'expectedSpace'
> &
  Partial<
    Pick<CodingQuestion, 'edgeCases' | 'followUps' | 'patterns' | 'explanation' | 'hints'>
  > & {
    readonly id: string;
  };

/** What the candidate said in an interview round, turn by turn (`turn` numbers their turns). */
export interface InterviewTranscript {
  readonly clarifications: readonly CandidateWords[];
  /** The plan stated before the first submission; null when they coded without one. */
  readonly approach: CandidateWords | null;
  /** What they said in the test phase: the cases they would try. */
  readonly testCases: readonly CandidateWords[];
  readonly followUpAnswers: readonly {
    readonly followUpId: string;
    readonly words: CandidateWords;
  }[];
  readonly hintsUsed: number;
}

/** One submit of the round, in order. */
export interface SubmitRecord {
  readonly verdict: Verdict;
  /** Milliseconds since the round started. */
  readonly atMs: number;
}

/** A round to score: the final code and its judged result, and, for an interview, what was said. */
export interface CodingEvaluationInput {
  /** The bank question; without one only what the judge measured can be scored. */
  readonly question?: ScoredQuestion | null;
  readonly language?: Language;
  /** The final code; evidence quotes slice it. */
  readonly source: string;
  /** The final submit's result (every test, hidden ones included). */
  readonly result: JudgeResult;
  /** The growth measured after Accepted; null when none was. */
  readonly growth: ComplexityReport | null;
  /** Every submit in order, the final one last; the final one alone when absent. */
  readonly submissions?: readonly SubmitRecord[];
  /** Absent when only code was given (`onsite evaluate --solution`): nothing said is scored. */
  readonly interview?: InterviewTranscript;
  /**
   * Hints revealed in a round without a transcript (`onsite practice coding`): they count as an
   * interview's do, while nothing said is scored. An interview's own count wins.
   */
  readonly hintsUsed?: number;
}

/** The study view shown after the round. */
export interface StudyView {
  readonly explanation: string;
  readonly expectedTime: string | null;
  readonly expectedSpace: string | null;
}

/** The coding scorecard: the four dimensions interviewers score, and the facts behind them. */
export interface CodingEvaluation extends Evaluation<'coding', CodingFlag> {
  readonly verdict: Verdict;
  readonly passed: number;
  readonly total: number;
  /** What the measured growth vouches for; null when nothing was measured. */
  readonly growth: GrowthClaim | null;
  /** The time complexity the candidate claimed in the approach phase. */
  readonly claimedComplexity: string | null;
  readonly expectedComplexity: string | null;
  readonly failedSubmissions: number;
  /** Null when no submit was Accepted (or times were not recorded). */
  readonly timeToFirstAcceptedMs: number | null;
  readonly hintsUsed: number;
  readonly edgeCases: {
    readonly named: readonly string[];
    readonly missed: readonly string[];
  } | null;
  readonly codeSignals: readonly CodeSignal[];
  /** Dimensions with nothing to judge on (communication and testing without a transcript). */
  readonly notObserved: readonly string[];
  readonly study: StudyView | null;
}

export const CODING_DIMENSIONS = {
  'problem-solving': 'Problem solving',
  'technical-competency': 'Technical competency',
  testing: 'Testing',
  communication: 'Communication',
} as const;
type CodingDimension = keyof typeof CODING_DIMENSIONS;

/** Solving and coding count twice what testing and talking do, as most interview rubrics weigh them. */
const WEIGHTS: Readonly<Record<CodingDimension, number>> = {
  'problem-solving': 2,
  'technical-competency': 2,
  testing: 1,
  communication: 1,
};

const toLevel = (value: number): HiringLevel =>
  value >= 4 ? 4 : value >= 3 ? 3 : value >= 2 ? 2 : 1;

const VERDICT_FLAG: Partial<Record<Verdict, CodingFlag>> = {
  'Compile Error': 'does-not-compile',
  'Wrong Answer': 'fails-tests',
  'Runtime Error': 'crashes',
  'Output Limit Exceeded': 'crashes',
  'Time Limit Exceeded': 'too-slow',
  'Memory Limit Exceeded': 'too-much-memory',
};

/** The source line a runtime error points to, as a quote of the submitted code. */
const errorLineEvidence = (source: string, line: number | null): Evidence[] =>
  line === null || line < 1 || (source.split('\n')[line - 1] ?? '').trim() === ''
    ? []
    : [codeLinesEvidence(source, line - 1)];

interface Facts {
  readonly input: CodingEvaluationInput;
  readonly accepted: boolean;
  readonly passedShare: number;
  readonly expected: ComplexityClass | null;
  readonly growth: GrowthClaim | null;
  /** How many classes the measured growth is above the expected one (0 when as expected or unknown). */
  readonly growthGap: number;
  readonly claimed: ComplexityClass | null;
  /** A design problem: the claim is per call, the measured and expected growth for all calls. */
  readonly perCall: boolean;
  readonly claimEvidence: readonly Evidence[];
  readonly failedSubmissions: number;
  readonly signals: readonly CodeSignal[];
  /** The problem's edge cases the candidate named anywhere in the round; null without a transcript or a list. */
  readonly coverage: EdgeCaseCoverage | null;
  readonly hintsUsed: number;
}

const factsOf = (input: CodingEvaluationInput): Facts => {
  const { result } = input;
  const expected =
    input.question?.expectedComplexity === undefined
      ? (input.growth?.expectedClass ?? null)
      : parseComplexityClass(input.question.expectedComplexity);
  const growth = input.growth === null ? null : describeGrowthClaim(input.growth);
  const growthGap =
    growth?.isKnown === true &&
    expected !== null &&
    input.growth?.verdict === 'slower-than-expected'
      ? (classesApart(expected, growth.classes) ?? 0)
      : 0;
  const approach = input.interview?.approach ?? null;
  const stated = approach === null ? null : readApproach(approach.text);
  const timeMention = stated?.mentions.filter((mention) => mention.about === 'time').at(-1);
  const submissions = input.submissions ?? [{ verdict: result.verdict, atMs: 0 }];
  const firstAccepted = submissions.findIndex((submit) => submit.verdict === 'Accepted');
  const signatureNames =
    input.question === undefined || input.question === null
      ? []
      : namesInSignature(input.question.signature);
  return {
    input,
    accepted: result.verdict === 'Accepted',
    passedShare: result.total === 0 ? 0 : result.passed / result.total,
    expected,
    growth,
    growthGap,
    claimed: stated?.claimedTime ?? null,
    perCall: input.question?.signature.style === 'class',
    claimEvidence:
      approach === null || timeMention === undefined
        ? []
        : [
            {
              quote: approach.text.slice(timeMention.start, timeMention.end),
              turn: approach.turn,
              start: timeMention.start,
              end: timeMention.end,
            },
          ],
    failedSubmissions: (firstAccepted === -1
      ? submissions
      : submissions.slice(0, firstAccepted)
    ).filter((submit) => submit.verdict !== 'Accepted').length,
    signals: readCode(input.source, input.language ?? 'python', signatureNames).signals,
    coverage:
      input.interview === undefined || (input.question?.edgeCases ?? []).length === 0
        ? null
        : edgeCasesNamed(input.question?.edgeCases ?? [], [
            ...input.interview.clarifications,
            ...(approach === null ? [] : [approach]),
            ...input.interview.testCases,
          ]),
    hintsUsed: input.interview?.hintsUsed ?? input.hintsUsed ?? 0,
  };
};

const judgement = (
  id: CodingDimension,
  level: number,
  summary: string,
  evidence: readonly Evidence[],
): DimensionJudgement => ({
  id,
  name: CODING_DIMENSIONS[id],
  level: toLevel(level),
  summary,
  // Two cases named in one sentence are one quote: each place is shown once.
  evidence: [
    ...new Map(
      evidence.map((quote) => [
        `${quote.origin ?? 'answer'}:${quote.turn}:${quote.start}:${quote.end}`,
        quote,
      ]),
    ).values(),
  ],
});

/** Correct, efficient, readable code: what the judge and the code itself show. */
const judgeTechnicalCompetency = (facts: Facts): DimensionJudgement => {
  const { result, source } = facts.input;
  const reasons: string[] = [];
  let level: number;
  if (facts.accepted) {
    level = 4;
    reasons.push(`all ${result.total} tests pass`);
  } else if (result.verdict === 'Compile Error') {
    level = 1;
    reasons.push('the code does not compile');
  } else {
    level = facts.passedShare >= 0.75 ? 2 : 1;
    reasons.push(
      `${result.passed} of ${result.total} tests pass (first failure: ${result.verdict})`,
    );
  }
  if (facts.growthGap > 0) {
    level = Math.min(level, facts.growthGap >= 2 ? 2 : 3);
    reasons.push(
      `it grows like ${facts.growth?.label ?? '?'} where ${formatComplexityClass(facts.expected ?? 'n')} is possible`,
    );
  }
  if (facts.signals.length >= 3) level = Math.min(level, 2);
  else if (facts.signals.length >= 1) level = Math.min(level, 3);
  if (facts.signals.length > 0)
    reasons.push(
      `the code reads less well: ${facts.signals.map((signal) => signal.id.replace(/-/gu, ' ')).join(', ')}`,
    );
  else if (facts.accepted) reasons.push('the code reads cleanly');
  const evidence = [
    ...errorLineEvidence(source, result.error?.line ?? null),
    ...facts.signals.flatMap((signal) => signal.evidence.slice(0, 1)),
  ];
  return judgement('technical-competency', level, `${capitalize(reasons.join('; '))}.`, evidence);
};

/** Reaching an optimal solution, with a plan whose cost was right, without leaning on hints. */
const judgeProblemSolving = (facts: Facts): DimensionJudgement => {
  const interview = facts.input.interview;
  const reasons: string[] = [];
  let level: number;
  if (facts.accepted && facts.growthGap === 0) {
    level = 4;
    reasons.push(
      facts.growth?.isKnown === true
        ? `reached a correct solution that grows like ${facts.growth.label}`
        : 'reached a correct solution',
    );
  } else if (facts.accepted) {
    level = 2;
    reasons.push(
      `reached a correct solution, but not the optimal growth (${facts.growth?.label ?? 'unknown'})`,
    );
  } else {
    level = facts.passedShare >= 0.5 ? 2 : 1;
    reasons.push('did not reach a correct solution');
  }
  if (interview !== undefined) {
    if (interview.approach === null) {
      level -= 1;
      reasons.push('started coding without stating a plan');
    } else if (facts.claimed === null) {
      level = Math.min(level, 3);
      reasons.push('stated a plan but not its complexity');
    } else {
      const truth =
        facts.growth?.isKnown === true
          ? facts.growth.classes
          : facts.expected === null
            ? []
            : [facts.expected];
      const total = facts.perCall ? totalOverCalls(facts.claimed) : facts.claimed;
      const apart = classesApart(total, truth) ?? 0;
      if (apart >= 1) {
        level = Math.min(level, 3);
        reasons.push(
          `claimed ${formatComplexityClass(facts.claimed)}, which the code does not match`,
        );
      } else
        reasons.push(
          `planned ${formatComplexityClass(facts.claimed)} before coding, and the code matches`,
        );
    }
  }
  const { hintsUsed } = facts;
  if (hintsUsed >= 3) level = Math.min(level, 2);
  else if (hintsUsed >= 1) level = Math.min(level, 3);
  if (hintsUsed > 0) reasons.push(`used ${hintsUsed} hint${hintsUsed === 1 ? '' : 's'}`);
  if (facts.failedSubmissions >= 3) {
    level -= 1;
    reasons.push(`${facts.failedSubmissions} failed submissions before it worked`);
  }
  return judgement(
    'problem-solving',
    level,
    `${capitalize(reasons.join('; '))}.`,
    facts.claimEvidence,
  );
};

/** Naming the cases that break code, before the judge finds them. */
const judgeTesting = (facts: Facts): DimensionJudgement | null => {
  const { coverage } = facts;
  if (coverage === null) return null;
  const total = coverage.named.length + coverage.missed.length;
  const share = coverage.named.length / total;
  let level = share >= 0.75 ? 4 : share >= 0.5 ? 3 : share >= 0.25 ? 2 : 1;
  const reasons = [
    coverage.named.length === 0
      ? `named none of the ${total} edge cases`
      : `named ${coverage.named.length} of ${total} edge cases (${coverage.named.map((entry) => entry.edgeCase.label).join(', ')})`,
  ];
  if (coverage.missed.length > 0)
    reasons.push(`missed ${coverage.missed.map((edgeCase) => edgeCase.label).join(', ')}`);
  const wrongHidden = (facts.input.submissions ?? []).filter(
    (submit) => submit.verdict === 'Wrong Answer',
  ).length;
  if (wrongHidden >= 2) {
    level -= 1;
    reasons.push(`the judge found wrong answers ${wrongHidden} times before they did`);
  }
  return judgement(
    'testing',
    level,
    `${capitalize(reasons.join('; '))}.`,
    coverage.named.map((entry) => entry.evidence),
  );
};

/** Thinking out loud: questions before starting, a plan with its cost, tests explained, follow-ups answered. */
const judgeCommunication = (facts: Facts): DimensionJudgement | null => {
  const interview = facts.input.interview;
  if (interview === undefined) return null;
  const followUps = facts.input.question?.followUps ?? [];
  const answers = interview.followUpAnswers.flatMap((answer) => {
    const followUp = followUps.find((each) => each.id === answer.followUpId);
    return followUp === undefined ? [] : [judgeFollowUpAnswer(followUp, answer.words)];
  });
  const behaviours: { said: boolean; text: string; evidence: Evidence[] }[] = [
    {
      said: interview.clarifications.length > 0,
      text: 'asked clarifying questions',
      evidence: interview.clarifications.slice(0, 1).map((words) => wholeTurn(words)),
    },
    {
      said: interview.approach !== null && facts.claimed !== null,
      text: 'explained the plan and its cost before coding',
      evidence: [...facts.claimEvidence],
    },
    {
      said: interview.testCases.some((words) => words.text.trim().split(/\s+/u).length >= 6),
      text: 'talked through the cases to test',
      evidence: interview.testCases.slice(0, 1).map((words) => wholeTurn(words)),
    },
    {
      said:
        answers.length > 0 &&
        answers.reduce((sum, answer) => sum + answer.share, 0) / answers.length >= 0.5,
      text: 'answered the follow-ups with the key idea',
      evidence: answers.flatMap((answer) => answer.covered.slice(0, 1)),
    },
  ];
  const shown = behaviours.filter((behaviour) => behaviour.said);
  const level = [1, 2, 2, 3, 4][shown.length] ?? 4;
  const missing = behaviours
    .filter((behaviour) => !behaviour.said)
    .map((behaviour) => behaviour.text.replace(/^(\w+)/u, 'not $1'));
  const summary = [
    shown.length === 0
      ? 'Said little about their thinking'
      : capitalize(shown.map((behaviour) => behaviour.text).join(', ')),
    ...(missing.length === 0 ? [] : [`but ${missing.join(', ')}`]),
  ].join('; ');
  return judgement(
    'communication',
    level,
    `${summary}.`,
    shown.flatMap((behaviour) => behaviour.evidence),
  );
};

const wholeTurn = (words: CandidateWords): Evidence => {
  const quote = words.text.trim();
  const start = words.text.indexOf(quote);
  return { quote, turn: words.turn, start, end: start + quote.length };
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const flagsOf = (
  facts: Facts,
  dimensions: readonly DimensionJudgement[],
): FlagFinding<CodingFlag>[] => {
  const { result, source, interview, question } = facts.input;
  const flags: FlagFinding<CodingFlag>[] = [];
  const verdictFlag = VERDICT_FLAG[result.verdict];
  if (verdictFlag !== undefined)
    flags.push({
      flag: verdictFlag,
      message: `${result.verdict} after ${result.passed} of ${result.total} tests.${result.error === null ? '' : ` ${result.error.message}`}`,
      evidence:
        verdictFlag === 'crashes' ? errorLineEvidence(source, result.error?.line ?? null) : [],
    });
  if (facts.accepted && facts.growthGap > 0)
    flags.push({
      flag: 'grows-faster-than-expected',
      message: `Measured ${facts.growth?.label ?? '?'}; the best solution grows ${formatComplexityClass(facts.expected ?? 'n')}.`,
      evidence: [],
    });
  if (interview !== undefined && interview.approach === null)
    flags.push({
      flag: 'no-approach-stated',
      message: 'The first submission came before any plan was stated.',
      evidence: [],
    });
  const problemSolving = dimensions.find((dimension) => dimension.id === 'problem-solving');
  if (
    interview !== undefined &&
    facts.claimed !== null &&
    problemSolving?.summary.includes('does not match') === true
  )
    flags.push({
      flag: 'complexity-claim-off',
      message: `You said ${formatComplexityClass(facts.claimed)}; ${facts.growth?.isKnown === true ? `the measurement says ${facts.growth.label}` : `the approach you coded is not that`}.`,
      evidence: [...facts.claimEvidence],
    });
  const { coverage } = facts;
  if (coverage !== null && coverage.named.length < coverage.missed.length)
    flags.push({
      flag: 'edge-cases-missed',
      message: `You named ${coverage.named.length} of ${coverage.named.length + coverage.missed.length} edge cases; not ${coverage.missed.map((edgeCase) => edgeCase.label).join(', ')}.`,
      evidence: coverage.named.map((entry) => entry.evidence),
    });
  if (facts.hintsUsed > 0)
    flags.push({
      flag: 'hints-used',
      message: `You used ${facts.hintsUsed} of the ${question?.hints?.length ?? 3} hints.`,
      evidence: [],
    });
  if (facts.signals.length > 0)
    flags.push({
      flag: 'code-hard-to-read',
      message: facts.signals.map((signal) => signal.message).join(' '),
      evidence: facts.signals.flatMap((signal) => signal.evidence.slice(0, 1)),
    });
  return flags;
};

const FLAG_PROBES: Readonly<Record<CodingFlag, string>> = {
  'does-not-compile': 'Walk me through what this code should do, line by line.',
  'fails-tests': 'Which inputs did you test it on? What happens on an empty input or duplicates?',
  crashes: 'Where can this read past the end of a collection, and how would you guard it?',
  'too-slow': 'What is the time complexity of this, and what is the largest input it must handle?',
  'too-much-memory': 'How much memory does this keep, and what could you avoid storing?',
  'grows-faster-than-expected':
    'What is the time complexity of your solution, and where is the repeated work you could remove?',
  'no-approach-stated': 'Before we look at the code: what was your plan, and what does it cost?',
  'complexity-claim-off':
    'Count the work line by line: what is the complexity of the code as written?',
  'edge-cases-missed': 'Which inputs would break a solution to this problem? Name three.',
  'hints-used': 'Without the hint, how would you have found that idea?',
  'code-hard-to-read': 'If a teammate had to change this tomorrow, what would you rename or split?',
};

const nextStepsOf = (facts: Facts, flags: readonly FlagFinding<CodingFlag>[]): NextStep[] => {
  const question = facts.input.question;
  if (question === undefined || question === null) return [];
  const steps: NextStep[] = [];
  const pattern = question.patterns?.[0];
  if (!facts.accepted)
    steps.push({
      id: 'retry',
      text: `Fix it and submit "${question.title}" again: start from the first failing case.`,
      action: { kind: 'practice', questionId: question.id },
    });
  if (pattern !== undefined && (!facts.accepted || facts.growthGap > 0 || facts.hintsUsed > 0))
    steps.push({
      id: `practise-${pattern}`,
      text: `Read the study view, then practise another ${CODING_PATTERN_LABEL[pattern]} problem without hints.`,
      action: { kind: 'practice', pattern },
    });
  if (flags.some((finding) => finding.flag === 'edge-cases-missed'))
    steps.push({
      id: 'edge-cases',
      text: 'Before each submit, say the empty, single, duplicate, negative and largest inputs out loud.',
    });
  if (
    flags.some(
      (finding) => finding.flag === 'no-approach-stated' || finding.flag === 'complexity-claim-off',
    )
  )
    steps.push({
      id: 'plan-first',
      text: 'Say the plan and its time complexity before writing code, then check the code against it.',
    });
  return steps;
};

/**
 * Scores a coding round as an interviewer would, on four dimensions: problem solving, technical
 * competency, testing and communication. The judge's verdicts and the measured growth score the
 * code; the transcript (when the round was an interview) scores the plan, the tests named and the
 * follow-ups. Dimensions with nothing to judge on are left out and listed in `notObserved`.
 * Pure and deterministic.
 */
export const evaluateCodingSubmission = (input: CodingEvaluationInput): CodingEvaluation => {
  const facts = factsOf(input);
  const candidates: [CodingDimension, DimensionJudgement | null][] = [
    ['problem-solving', judgeProblemSolving(facts)],
    ['technical-competency', judgeTechnicalCompetency(facts)],
    ['testing', judgeTesting(facts)],
    ['communication', judgeCommunication(facts)],
  ];
  const judged = candidates.flatMap(([id, judgement]) =>
    judgement === null ? [] : [{ judgement, weight: WEIGHTS[id] }],
  );
  const dimensions = judged.map((entry) => entry.judgement);
  const notObserved = candidates.flatMap(([id, judgement]) =>
    judgement === null ? [CODING_DIMENSIONS[id]] : [],
  );
  const totalWeight = judged.reduce((sum, entry) => sum + entry.weight, 0);
  const mean =
    judged.reduce((sum, entry) => sum + entry.judgement.level * entry.weight, 0) / totalWeight;
  // A solution that does not pass is never a hire, whatever else went well.
  const capped = facts.accepted ? mean : Math.min(mean, 2.4);
  const flags = flagsOf(facts, dimensions);
  const question = input.question ?? null;
  const submissions = input.submissions ?? [];
  const firstAccepted = submissions.find((submit) => submit.verdict === 'Accepted');
  const probe =
    question === null
      ? null
      : probeFromSubmission({
          question,
          source: input.source,
          result: input.result,
          growth: input.growth,
          claimedTime: facts.claimed,
        });
  const followUps: ProposedProbe<CodingFlag>[] = [
    ...(probe === null ? [] : [{ text: probe.text }]),
    ...flags
      .filter((finding) => probe === null || VERDICT_FLAG[input.result.verdict] !== finding.flag)
      .map((finding): ProposedProbe<CodingFlag> => ({
        text: FLAG_PROBES[finding.flag],
        targetFlag: finding.flag,
      })),
  ];
  return {
    kind: 'coding',
    score: Math.round(((capped - 1) / 3) * 100),
    level: toLevel(Math.round(capped)),
    flags,
    dimensions,
    followUps,
    nextSteps: nextStepsOf(facts, flags),
    verdict: input.result.verdict,
    passed: input.result.passed,
    total: input.result.total,
    growth: facts.growth,
    claimedComplexity:
      facts.claimed === null
        ? null
        : `${formatComplexityClass(facts.claimed)}${facts.perCall ? ' per call' : ''}`,
    expectedComplexity: facts.expected === null ? null : formatComplexityClass(facts.expected),
    failedSubmissions: facts.failedSubmissions,
    timeToFirstAcceptedMs: firstAccepted === undefined ? null : firstAccepted.atMs,
    hintsUsed: facts.hintsUsed,
    edgeCases:
      facts.coverage === null
        ? null
        : {
            named: facts.coverage.named.map((entry) => entry.edgeCase.label),
            missed: facts.coverage.missed.map((edgeCase) => edgeCase.label),
          },
    codeSignals: facts.signals,
    notObserved,
    study:
      question?.explanation === undefined
        ? null
        : {
            explanation: question.explanation,
            expectedTime: question.expectedComplexity ?? null,
            expectedSpace: question.expectedSpace ?? null,
          },
  };
};
