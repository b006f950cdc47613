import type { CodingQuestion } from '../question';
import { parseComplexityClass, type ComplexityClass, type ComplexityReport } from '../complexity';
import type { JudgeResult } from '../judge-spec';
import type { InterviewTranscript } from '../evaluate';
import { readApproach, respondToApproach } from './approach';
import { answerClarifyingQuestion } from './clarify';
import {
  edgeCasesNamed,
  judgeFollowUpAnswer,
  respondToTestCases,
  type CandidateWords,
} from './cues';
import { CODING_PHASES, type CodingPhase } from './phases';
import { probeFromSubmission } from './probes';

/**
 * The coding interview as a conversation: what the interviewer says to each thing the candidate
 * does (asks, states a plan, names test cases, answers a follow-up, asks for a hint, moves to a
 * phase, gets a verdict), read from and written to the round's transcript. Pure: the session
 * layer loads the round, asks this module for the turns to append, and commits them.
 */

/** A turn as this module reads it: the session's Turn, without storage details. */
export interface InterviewTurn {
  readonly speaker: 'interviewer' | 'candidate';
  readonly purpose: string;
  readonly text: string;
  readonly at: string;
  readonly phase?: string;
  readonly probeId?: string;
}

/** A turn to append: the session layer numbers and timestamps it. */
export interface NewInterviewTurn {
  readonly speaker: 'interviewer' | 'candidate';
  readonly purpose: 'question' | 'answer' | 'probe' | 'hint' | 'phase';
  readonly text: string;
  readonly phase: CodingPhase;
  readonly probeId?: string;
}

/** What the candidate does in the room. */
export type CodingInterviewAction =
  | { readonly type: 'say'; readonly text: string }
  | { readonly type: 'phase'; readonly phase: CodingPhase }
  | { readonly type: 'hint' }
  | { readonly type: 'judged'; readonly submission: JudgedSubmission };

/** A submission of this round, as the judge left it (hidden-test data already removed). */
export interface JudgedSubmission {
  readonly id: string;
  readonly mode: 'run' | 'submit';
  readonly source: string;
  readonly result: JudgeResult | null;
  /** The growth measured after Accepted, once finished. */
  readonly growth: ComplexityReport | null;
}

/** The question as the interviewer reads it: the full bank question, hidden tests included. */
export type InterviewQuestion = Pick<
  CodingQuestion,
  | 'title'
  | 'signature'
  | 'tests'
  | 'maxSize'
  | 'limits'
  | 'expectedComplexity'
  | 'edgeCases'
  | 'followUps'
  | 'hints'
> & { readonly body: string };

/** Where the interview stands, read from the transcript alone (the web computes the same). */
export interface CodingInterviewState {
  readonly phase: CodingPhase;
  /** When the current phase began: the timer's and the nudge's origin. */
  readonly phaseStartedAt: string;
  readonly hintsUsed: number;
  /** The follow-up asked and not yet answered, if any. */
  readonly pendingFollowUpId: string | null;
  readonly followUpsAsked: readonly string[];
}

const isPhase = (value: string | undefined): value is CodingPhase =>
  CODING_PHASES.some((phase) => phase === value);

export const HINT_PROBE_PREFIX = 'hint:';
export const FOLLOW_UP_PROBE_PREFIX = 'follow-up:';
/** The verdict probe of a submission; its growth probe is GROWTH_PROBE_PREFIX + id. */
export const SUBMISSION_PROBE_PREFIX = 'submission:';
export const GROWTH_PROBE_PREFIX = 'growth:';

export const codingInterviewState = (
  transcript: readonly InterviewTurn[],
): CodingInterviewState => {
  let phase: CodingPhase = 'clarify';
  let phaseStartedAt = transcript[0]?.at ?? new Date(0).toISOString();
  let hintsUsed = 0;
  let pendingFollowUpId: string | null = null;
  const followUpsAsked: string[] = [];
  for (const turn of transcript) {
    if (turn.purpose === 'phase' && isPhase(turn.phase) && turn.phase !== phase) {
      phase = turn.phase;
      phaseStartedAt = turn.at;
    }
    if (turn.purpose === 'hint') hintsUsed += 1;
    if (turn.speaker === 'interviewer' && turn.probeId?.startsWith(FOLLOW_UP_PROBE_PREFIX)) {
      pendingFollowUpId = turn.probeId.slice(FOLLOW_UP_PROBE_PREFIX.length);
      followUpsAsked.push(pendingFollowUpId);
    } else if (turn.speaker === 'candidate') {
      pendingFollowUpId = null;
    }
  }
  return { phase, phaseStartedAt, hintsUsed, pendingFollowUpId, followUpsAsked };
};

/** The interviewer's first line; the statement itself is shown beside it. */
export const openingLine = (title: string): string =>
  `Let us work on “${title}”. Read the statement, and ask me anything it leaves open before you plan.`;

const PHASE_OPENING: Readonly<Record<Exclude<CodingPhase, 'follow-ups'>, string>> = {
  clarify: 'Ask me anything the statement leaves open.',
  approach:
    'Tell me your plan before you write code: the idea, then its time and space complexity.',
  code: 'Go ahead and code it. Run the samples whenever you like; Submit runs the hidden tests too.',
  test: 'Which cases would you test this with? Name them, and say what your code returns for each.',
};

const NO_FOLLOW_UPS_LEFT =
  'That is all I wanted to ask. Finish the round when you are ready to see your scorecard.';

const followUpTurn = (
  question: InterviewQuestion,
  state: CodingInterviewState,
  prefix = '',
): NewInterviewTurn => {
  const next = question.followUps.find((followUp) => !state.followUpsAsked.includes(followUp.id));
  return next === undefined
    ? {
        speaker: 'interviewer',
        purpose: 'probe',
        phase: 'follow-ups',
        text: `${prefix}${NO_FOLLOW_UPS_LEFT}`,
      }
    : {
        speaker: 'interviewer',
        purpose: 'probe',
        phase: 'follow-ups',
        text: `${prefix}${next.text}`,
        probeId: `${FOLLOW_UP_PROBE_PREFIX}${next.id}`,
      };
};

/** The candidate's turns in order, numbered among the candidate's turns (evidence's `turn`). */
const candidateWords = (
  transcript: readonly InterviewTurn[],
  which: (turn: InterviewTurn) => boolean,
): CandidateWords[] => {
  const words: CandidateWords[] = [];
  let turn = 0;
  for (const entry of transcript) {
    if (entry.speaker !== 'candidate') continue;
    if (which(entry)) words.push({ text: entry.text, turn });
    turn += 1;
  }
  return words;
};

const inPhase =
  (phase: CodingPhase) =>
  (turn: InterviewTurn): boolean =>
    turn.phase === phase;

/** The time the candidate claimed in their (latest) stated approach, if any. */
const claimedTime = (transcript: readonly InterviewTurn[]): ComplexityClass | null => {
  const approach = candidateWords(transcript, inPhase('approach')).at(-1);
  return approach === undefined ? null : readApproach(approach.text).claimedTime;
};

const replyTo = (
  question: InterviewQuestion,
  transcript: readonly InterviewTurn[],
  state: CodingInterviewState,
  text: string,
): NewInterviewTurn | null => {
  const interviewer = (reply: string, probeId?: string): NewInterviewTurn => ({
    speaker: 'interviewer',
    purpose: 'probe',
    phase: state.phase,
    text: reply,
    ...(probeId === undefined ? {} : { probeId }),
  });
  switch (state.phase) {
    case 'clarify':
      return interviewer(answerClarifyingQuestion(question.body, text).reply);
    case 'approach':
      return interviewer(
        respondToApproach(readApproach(text), {
          expected: parseComplexityClass(question.expectedComplexity ?? '') ?? null,
          perCall: question.signature.style === 'class',
          maxSize: question.maxSize ?? null,
          timeLimitMs: question.limits.timeLimitMs,
        }).reply,
      );
    case 'code':
      // Thinking aloud needs no answer; a question does.
      return text.includes('?')
        ? interviewer(answerClarifyingQuestion(question.body, text).reply)
        : null;
    case 'test': {
      const said = [...candidateWords(transcript, inPhase('test')), { text, turn: Infinity }];
      return interviewer(respondToTestCases(edgeCasesNamed(question.edgeCases, said)));
    }
    case 'follow-ups': {
      const pending = question.followUps.find((each) => each.id === state.pendingFollowUpId);
      if (pending === undefined) return interviewer(NO_FOLLOW_UPS_LEFT);
      const judged = judgeFollowUpAnswer(pending, { text, turn: 0 });
      const acknowledgement =
        judged.share >= 1
          ? 'That covers it. '
          : judged.share > 0
            ? 'Partly: there is more to it, and the scorecard shows what I listened for. '
            : 'That is not what I was listening for; the scorecard shows it. ';
      return followUpTurn(question, { ...state, pendingFollowUpId: null }, acknowledgement);
    }
  }
};

export class InterviewActionError extends Error {
  constructor(
    readonly reason: 'no-hints-left' | 'same-phase' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The turns an action appends: the candidate's words (if any) and the interviewer's answer.
 * An empty list means nothing to say (a submission already probed, a Run without a failure).
 */
export const interviewTurnsFor = (
  question: InterviewQuestion,
  transcript: readonly InterviewTurn[],
  action: CodingInterviewAction,
): NewInterviewTurn[] => {
  const state = codingInterviewState(transcript);
  switch (action.type) {
    case 'say': {
      const text = action.text.trim();
      if (text === '')
        throw new InterviewActionError('empty', 'Write something before sending it.');
      const spoken: NewInterviewTurn = {
        speaker: 'candidate',
        purpose: 'answer',
        phase: state.phase,
        text,
      };
      const reply = replyTo(question, transcript, state, text);
      return reply === null ? [spoken] : [spoken, reply];
    }
    case 'phase': {
      if (action.phase === state.phase)
        throw new InterviewActionError(
          'same-phase',
          `The round is already in the ${action.phase} phase.`,
        );
      const opening: NewInterviewTurn =
        action.phase === 'follow-ups'
          ? followUpTurn(question, state)
          : {
              speaker: 'interviewer',
              purpose: 'probe',
              phase: action.phase,
              text: PHASE_OPENING[action.phase],
            };
      return [{ ...opening, purpose: 'phase' }];
    }
    case 'hint': {
      const hint = question.hints[state.hintsUsed];
      if (hint === undefined)
        throw new InterviewActionError(
          'no-hints-left',
          question.hints.length === 0
            ? 'This problem has no hints: talk me through where you are stuck instead.'
            : `You have used all ${question.hints.length} hints for this problem.`,
        );
      return [
        {
          speaker: 'interviewer',
          purpose: 'hint',
          phase: state.phase,
          text: hint,
          probeId: `${HINT_PROBE_PREFIX}${state.hintsUsed + 1}`,
        },
      ];
    }
    case 'judged':
      return submissionProbes(question, transcript, state, action.submission);
  }
};

const ACCEPTED_LINE =
  'It passes every test, hidden ones included. Which cases would you test it with, and why those?';

const submissionProbes = (
  question: InterviewQuestion,
  transcript: readonly InterviewTurn[],
  state: CodingInterviewState,
  submission: JudgedSubmission,
): NewInterviewTurn[] => {
  const { result } = submission;
  if (result === null) return [];
  const probed = new Set(
    transcript.flatMap((turn) => (turn.probeId === undefined ? [] : [turn.probeId])),
  );
  const turns: NewInterviewTurn[] = [];
  const probe = (
    text: string,
    probeId: string,
    phase: CodingPhase = state.phase,
  ): NewInterviewTurn => ({
    speaker: 'interviewer',
    purpose: 'probe',
    phase,
    text,
    probeId,
  });
  const input = {
    question,
    source: submission.source,
    result,
    claimedTime: claimedTime(transcript),
  };
  const verdictId = `${SUBMISSION_PROBE_PREFIX}${submission.id}`;
  if (!probed.has(verdictId)) {
    const found = probeFromSubmission({ ...input, growth: null });
    if (found !== null) turns.push(probe(found.text, verdictId));
    else if (submission.mode === 'submit' && result.verdict === 'Accepted') {
      // Accepted moves a round still coding on to testing, as an interviewer would.
      const movesOn =
        state.phase === 'clarify' || state.phase === 'approach' || state.phase === 'code';
      turns.push({
        ...probe(ACCEPTED_LINE, verdictId, movesOn ? 'test' : state.phase),
        ...(movesOn ? { purpose: 'phase' as const } : {}),
      });
    }
  }
  const growthId = `${GROWTH_PROBE_PREFIX}${submission.id}`;
  if (submission.growth !== null && result.verdict === 'Accepted' && !probed.has(growthId)) {
    const found = probeFromSubmission({ ...input, growth: submission.growth });
    if (found?.about === 'growth') turns.push(probe(found.text, growthId));
  }
  return turns;
};

/** What the candidate said, by phase, as the scorecard reads it. */
export const interviewTranscriptOf = (
  transcript: readonly InterviewTurn[],
  question: Pick<InterviewQuestion, 'followUps'>,
): InterviewTranscript => {
  const approaches = candidateWords(transcript, inPhase('approach'));
  // A follow-up answer is the candidate turn right after the interviewer asked it.
  const followUpAnswers: { followUpId: string; words: CandidateWords }[] = [];
  let asked: string | null = null;
  let turn = 0;
  for (const entry of transcript) {
    if (entry.speaker === 'interviewer') {
      asked =
        entry.probeId?.startsWith(FOLLOW_UP_PROBE_PREFIX) === true
          ? entry.probeId.slice(FOLLOW_UP_PROBE_PREFIX.length)
          : asked;
      continue;
    }
    if (asked !== null && question.followUps.some((each) => each.id === asked))
      followUpAnswers.push({ followUpId: asked, words: { text: entry.text, turn } });
    asked = null;
    turn += 1;
  }
  return {
    clarifications: candidateWords(transcript, inPhase('clarify')),
    // The plan is what they stated before coding; the first one is what the scorecard weighs.
    approach: approaches[0] ?? null,
    testCases: candidateWords(transcript, inPhase('test')),
    followUpAnswers,
    hintsUsed: codingInterviewState(transcript).hintsUsed,
  };
};
