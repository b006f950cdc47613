import { DomainError } from '../errors';
import type { RoundId, UserId } from '../ids';
import { readEveryPage } from '../paging';
import type {
  Clock,
  QuestionBank,
  SessionStore,
  SubmissionRecord,
  SubmissionStore,
} from '../ports';
import {
  evaluateCodingSubmission,
  type CodingEvaluation,
  type CodingEvaluationInput,
  type ScoredQuestion,
  type SubmitRecord,
} from '../rounds/coding/evaluate';
import {
  codingInterviewState,
  InterviewActionError,
  interviewTranscriptOf,
  interviewTurnsFor,
  type CodingInterviewAction,
  type JudgedSubmission,
} from '../rounds/coding/interview/conversation';
import { isCodingQuestion, type CodingQuestionWithId } from '../rounds/coding/question';
import { isCodingMiss, patternMissStep, type CodingAttempt } from '../rounds/coding/pattern-misses';
import type { AnswerEvaluation } from '../rounds/registry';
import { commitRoundStep, createKeyedLock } from './engine';
import type { Round, Scorecard, Turn } from './types';

/** What the candidate does in the interview room; a judged submission is named by its id. */
export type CodingRoomAction =
  | Exclude<CodingInterviewAction, { readonly type: 'judged' }>
  | { readonly type: 'judged'; readonly submissionId: string };

export interface CodingInterviewDeps {
  readonly sessions: SessionStore;
  readonly submissions: SubmissionStore;
  readonly bank: QuestionBank;
  readonly clock: Clock;
  /** Where the scorecard is computed (the server's worker threads); inline unless told. */
  readonly evaluate?: (
    input: CodingEvaluationInput,
  ) => CodingEvaluation | Promise<CodingEvaluation>;
  /** Who scores the round, shown on the scorecard. */
  readonly interviewerName?: string;
}

interface RoundRef {
  readonly userId: UserId;
  readonly roundId: RoundId;
}

const CLOSING_LINE = 'Thank you, that is time. Here is how the round went.';

/** How many times a step recomputed on a moved round is tried before the candidate is told. */
const ATTEMPTS = 3;

/**
 * The question's fields the scorecard reads, copied into a plain object: the evaluation may run in a
 * worker thread, and a bank question's generated tests are a lazy getter a structured clone would skip.
 */
const scoredQuestionOf = (question: CodingQuestionWithId): ScoredQuestion => ({
  id: question.id,
  title: question.title,
  signature: question.signature,
  tests: question.tests,
  maxSize: question.maxSize,
  expectedComplexity: question.expectedComplexity,
  expectedSpace: question.expectedSpace,
  edgeCases: question.edgeCases,
  followUps: question.followUps,
  patterns: question.patterns,
  explanation: question.explanation,
  hints: question.hints,
});

/**
 * Adds, first among the next steps, where this round's miss and the earlier ones cluster ("3 of
 * your last 5 misses were sliding-window problems"), replacing the round's own step for that pattern.
 */
const withPatternMisses = (
  bank: QuestionBank,
  evaluation: CodingEvaluation,
  question: CodingQuestionWithId,
  finished: readonly Round[],
): CodingEvaluation => {
  const earlier = finished.flatMap((round): CodingAttempt[] => {
    const scored = round.scorecard?.evaluation;
    const asked = round.questionId === null ? undefined : bank.get(round.questionId);
    if (scored?.kind !== 'coding' || asked === undefined || !isCodingQuestion(asked)) return [];
    return [{ patterns: asked.patterns, missed: isCodingMiss(scored) }];
  });
  const step = patternMissStep([
    { patterns: question.patterns, missed: isCodingMiss(evaluation) },
    ...earlier,
  ]);
  if (step === null) return evaluation;
  const others = evaluation.nextSteps.filter(
    (each) => each.action?.pattern !== step.action?.pattern,
  );
  return { ...evaluation, nextSteps: [step, ...others] };
};

const judgedOf = (record: SubmissionRecord): JudgedSubmission => ({
  id: record.id,
  mode: record.mode,
  source: record.source,
  result: record.result,
  growth: record.complexity?.status === 'done' ? record.complexity.report : null,
});

/**
 * The coding interview round's use cases: the candidate's moves in the room, each answered by the
 * interviewer (core's conversation.ts) and appended to the transcript in one compare-and-set
 * write; submissions judged for the round; and the scorecard when it ends, from every submit of
 * the round and what was said.
 */
export const createCodingInterviewService = (deps: CodingInterviewDeps) => {
  const { sessions, submissions, bank, clock } = deps;
  const evaluate = deps.evaluate ?? evaluateCodingSubmission;
  const withRoundLock = createKeyedLock();
  const nowIso = (): string => clock.now().toISOString();

  const loadCodingRound = async (
    ref: RoundRef,
  ): Promise<{ round: Round; question: CodingQuestionWithId }> => {
    const round = await sessions.getRound(ref.userId, ref.roundId);
    if (round === null)
      throw new DomainError('ROUND_NOT_FOUND', `There is no round with id "${ref.roundId}".`);
    const question = round.questionId === null ? undefined : bank.get(round.questionId);
    if (round.kind !== 'coding' || question === undefined || !isCodingQuestion(question))
      throw new DomainError(
        'UNSUPPORTED_ROUND_KIND',
        'Only a coding interview round takes this; this round is answered in words.',
      );
    return { round, question };
  };

  const assertOpen = (round: Round): void => {
    if (round.status === 'finished')
      throw new DomainError(
        'ROUND_FINISHED',
        'This round has already finished; start a new session to practise again.',
      );
  };

  const submissionOf = async (ref: RoundRef, submissionId: string): Promise<SubmissionRecord> => {
    const record = await submissions.getSubmission(ref.userId, submissionId);
    if (record === null || record.roundId !== String(ref.roundId))
      throw new DomainError(
        'SUBMISSION_NOT_FOUND',
        `There is no submission "${submissionId}" in this round.`,
      );
    return record;
  };

  const toAction = async (
    ref: RoundRef,
    action: CodingRoomAction,
  ): Promise<CodingInterviewAction> =>
    action.type === 'judged'
      ? { type: 'judged', submission: judgedOf(await submissionOf(ref, action.submissionId)) }
      : action;

  return {
    /**
     * One move in the room and the interviewer's answer. A judged submission is answered once
     * (its probe is keyed by its id), so telling the server twice is harmless.
     */
    act(ref: RoundRef & { readonly action: CodingRoomAction }): Promise<Round> {
      return withRoundLock(String(ref.roundId), async () => {
        for (let attempt = 1; ; attempt += 1) {
          const { round, question } = await loadCodingRound(ref);
          assertOpen(round);
          let turns;
          try {
            turns = interviewTurnsFor(question, round.transcript, await toAction(ref, ref.action));
          } catch (error) {
            if (!(error instanceof InterviewActionError)) throw error;
            throw new DomainError(
              error.reason === 'empty' ? 'ANSWER_EMPTY' : 'CONFLICT',
              error.message,
            );
          }
          if (turns.length === 0) return round;
          const at = nowIso();
          const numbered: Turn[] = turns.map((turn, offset) => ({
            ...turn,
            index: round.transcript.length + offset,
            at,
          }));
          // The words typed became a turn: the draft is cleared with them.
          const spoke = ref.action.type === 'say';
          if (
            await commitRoundStep(
              sessions,
              round,
              { turns: numbered, patch: {}, clearDraft: spoke },
              nowIso,
            )
          )
            return (await loadCodingRound(ref)).round;
          // Another tab or server moved the round: a judged submission is recomputed on the new
          // transcript; words or a hint would be taken twice, so the candidate is told instead.
          if (ref.action.type === 'say' || ref.action.type === 'hint' || attempt >= ATTEMPTS)
            throw new DomainError(
              'CONFLICT',
              'This round moved on while you sent this (from another tab or window); nothing from this request was saved. Reload the round to see where it stands.',
            );
        }
      });
    },

    /** Refuses a submission for a round that is not this question's open coding round. */
    async assertAcceptsSubmission(ref: RoundRef & { readonly questionId: string | undefined }) {
      const { round } = await loadCodingRound(ref);
      assertOpen(round);
      if (ref.questionId !== String(round.questionId))
        throw new DomainError(
          'VALIDATION_FAILED',
          `This round is about "${round.questionId}"; submit code for that question.`,
          { questionId: 'not the question of this round' },
        );
    },

    /**
     * Ends the round and scores it: the last judged submit's code and result, every submit before
     * it, what was said in each phase, and the hints used. Words left in the draft are said first,
     * so nothing typed is lost.
     */
    finishRound(ref: RoundRef): Promise<Round> {
      return withRoundLock(String(ref.roundId), async () => {
        const { round, question } = await loadCodingRound(ref);
        assertOpen(round);
        const transcript: Turn[] = [...round.transcript];
        const pending = round.draft?.text.trim() ?? '';
        if (pending !== '') {
          const said = interviewTurnsFor(question, transcript, { type: 'say', text: pending });
          for (const turn of said)
            transcript.push({ ...turn, index: transcript.length, at: nowIso() });
        }
        // Every submit of the round, however many: the scorecard counts the failed ones.
        const submits = (
          await readEveryPage((page) =>
            submissions.listSubmissions(ref.userId, {
              roundId: String(ref.roundId),
              mode: 'submit',
              ...page,
            }),
          )
        )
          .filter((record) => record.result !== null)
          .reverse();
        const final = submits.at(-1);
        if (final === undefined || final.result === null)
          throw new DomainError(
            'ROUND_NOT_ANSWERED',
            'Submit your code at least once before finishing: the scorecard judges the last submit.',
          );
        const startedAt = Date.parse(round.startedAt);
        const history: SubmitRecord[] = submits.flatMap((record) =>
          record.result === null
            ? []
            : [
                {
                  verdict: record.result.verdict,
                  atMs: Math.max(0, Date.parse(record.createdAt) - startedAt),
                },
              ],
        );
        const scored = await evaluate({
          question: scoredQuestionOf(question),
          language: final.language,
          source: final.source,
          result: final.result,
          growth: judgedOf(final).growth,
          submissions: history,
          interview: interviewTranscriptOf(transcript, question),
        });
        const evaluation = withPatternMisses(
          bank,
          scored,
          question,
          await sessions.listFinishedRounds(ref.userId, { limit: 50 }),
        );
        const now = clock.now();
        const scorecard: Scorecard = {
          evaluation: evaluation satisfies AnswerEvaluation,
          interviewer: deps.interviewerName ?? 'built-in',
          evaluatedAt: now.toISOString(),
        };
        const phase = codingInterviewState(transcript).phase;
        transcript.push({
          index: transcript.length,
          speaker: 'interviewer',
          purpose: 'closing',
          text: CLOSING_LINE,
          at: now.toISOString(),
          phase,
        });
        const committed = await commitRoundStep(
          sessions,
          round,
          {
            turns: transcript.slice(round.transcript.length),
            patch: {
              status: 'finished',
              scorecard,
              interimEvaluation: evaluation,
              finishedAt: now.toISOString(),
              elapsedMs: Math.max(0, now.getTime() - startedAt),
            },
            clearDraft: true,
          },
          nowIso,
        );
        if (!committed)
          throw new DomainError(
            'CONFLICT',
            'This round moved on while you finished it (from another tab or window); reload it and finish again.',
          );
        return (await loadCodingRound(ref)).round;
      });
    },
  };
};

export type CodingInterviewService = ReturnType<typeof createCodingInterviewService>;
