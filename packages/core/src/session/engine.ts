import { DomainError } from '../errors';
import {
  asRoundId,
  asSessionId,
  type QuestionId,
  type RoundId,
  type SessionId,
  type UserId,
  asQuestionId,
} from '../ids';
import type {
  Clock,
  IdGenerator,
  InterviewerMove,
  Interviewer,
  ListOptions,
  QuestionBank,
  RoundStatePatch,
  SessionStore,
  StoryStore,
} from '../ports';
import type { Question } from '../question/schema';
import type { AnswerEvaluation, RoundRegistry } from '../rounds/registry';
import type { ConversationInput, Evaluation, ProbeExchange } from '../rounds/types';
import type {
  Draft,
  Round,
  Scorecard,
  Session,
  SessionSummary,
  SessionWithRounds,
  Turn,
  TurnPurpose,
} from './types';
import { sessionRoundTimeLimitMs } from './round-duration';

/**
 * Scores an answer with its round kind's evaluator. May run elsewhere (the server's worker pool
 * keeps its event loop free, see `evaluateOffThread`), so the engine always awaits it.
 */
export type EvaluateAnswer<E extends Evaluation = AnswerEvaluation> = (
  input: ConversationInput,
) => E | Promise<E>;

export interface PracticeServiceDeps<E extends Evaluation = AnswerEvaluation> {
  readonly sessions: SessionStore<E>;
  readonly stories: StoryStore;
  readonly bank: QuestionBank;
  readonly interviewer: Interviewer<E>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** The round kinds the engine runs (`roundKinds`, or a test's own). */
  readonly rounds: RoundRegistry<E>;
  /** Where evaluations run; inline with the round kind's evaluator (`rounds.evaluate`) unless told. */
  readonly evaluate?: EvaluateAnswer<E>;
  /** How many probes the interviewer may ask after the main answer; 3 unless told. */
  readonly maxProbes?: number;
  /** Ends a round of a kind answered by code (the coding interview's finishRound). */
  readonly finishSubmissionRound?: (ref: RoundRef) => Promise<Round<E>>;
}

export type StartPracticeInput<E extends Evaluation = AnswerEvaluation> =
  | { readonly userId: UserId; readonly questionId: QuestionId }
  | {
      readonly userId: UserId;
      readonly kind: E['kind'];
      readonly prompt: string;
      readonly title?: string;
    };

export interface RoundRef {
  readonly userId: UserId;
  readonly roundId: RoundId;
}

export interface EvaluateStandaloneInput {
  readonly prompt?: string;
  readonly questionId?: QuestionId;
  readonly answer: string;
}

export const DEFAULT_MAX_PROBES = 3;
/** Said when the candidate ends the round before the interviewer is done. */
export const EARLY_CLOSING_TEXT =
  "Let's stop here. Thank you — your scorecard covers everything you answered so far.";
const FREE_FORM_TITLE_LENGTH = 80;

/** What one step of a round writes (see commitStep). */
interface StepWrites<E extends Evaluation> {
  readonly turns: readonly Turn[];
  readonly patch: RoundStatePatch<E>;
}

const isBlank = (text: string): boolean => text.trim() === '';

const titleFromPrompt = (prompt: string): string => {
  const oneLine = prompt.replace(/\s+/g, ' ').trim();
  return oneLine.length <= FREE_FORM_TITLE_LENGTH
    ? oneLine
    : `${oneLine.slice(0, FREE_FORM_TITLE_LENGTH - 1).trimEnd()}…`;
};

/** Pairs each probe in the transcript with the candidate's reply to it (unanswered probes are left out). */
export const exchangesOf = (transcript: readonly Turn[]): ProbeExchange[] => {
  const exchanges: ProbeExchange[] = [];
  let pending: Turn | null = null;
  for (const turn of transcript) {
    if (turn.purpose === 'probe') pending = turn;
    else if (turn.purpose === 'reply' && pending !== null) {
      exchanges.push({
        probe: pending.text,
        reply: turn.text,
        ...(pending.targetFlag ? { targetFlag: pending.targetFlag } : {}),
      });
      pending = null;
    }
  }
  return exchanges;
};

/**
 * The exchanges to score when the round closes: a probe the round ended on
 * without a reply counts as answered with nothing, and lowers what it probed.
 */
export const closingExchangesOf = (transcript: readonly Turn[]): ProbeExchange[] => {
  const last = transcript.at(-1);
  const unanswered =
    last?.purpose === 'probe'
      ? [
          {
            probe: last.text,
            reply: '',
            ...(last.targetFlag ? { targetFlag: last.targetFlag } : {}),
          },
        ]
      : [];
  return [...exchangesOf(transcript), ...unanswered];
};

const mainAnswerOf = (transcript: readonly Turn[]): string | undefined =>
  transcript.find((turn) => turn.purpose === 'answer')?.text;

const questionFromBank = (bank: QuestionBank, questionId: QuestionId): Question => {
  const question = bank.get(questionId);
  if (question === undefined)
    throw new DomainError(
      'QUESTION_NOT_FOUND',
      `There is no question "${questionId}" in the bank.`,
    );
  return question;
};

/**
 * Scores one answer outside any session: against a bank question (its rubric and,
 * unless a prompt is given, its prompt) or a free-form prompt.
 */
export const evaluateStandaloneAnswer = async <E extends Evaluation = AnswerEvaluation>(
  deps: {
    readonly bank: QuestionBank;
    readonly rounds: RoundRegistry<E>;
    readonly evaluate?: EvaluateAnswer<E>;
  },
  input: EvaluateStandaloneInput,
): Promise<E> => {
  if (isBlank(input.answer))
    throw new DomainError('ANSWER_EMPTY', 'The answer is empty.', {
      answer: 'the answer is empty',
    });
  const question =
    input.questionId === undefined ? undefined : questionFromBank(deps.bank, input.questionId);
  // A free-form answer is scored as the first conversation kind's (behavioral for Onsite's kinds).
  const kind =
    question?.kind ?? deps.rounds.kinds.find((each) => each.answeredBy === 'conversation')?.id;
  const prompt =
    input.prompt !== undefined && !isBlank(input.prompt) ? input.prompt : question?.prompt;
  if (prompt === undefined) {
    throw new DomainError('VALIDATION_FAILED', 'Give either a prompt or a question id.', {
      prompt: 'give either a prompt or a questionId',
    });
  }
  const { id } = deps.rounds.conversation(kind ?? '');
  const evaluate = deps.evaluate ?? deps.rounds.evaluate;
  return evaluate({ kind: id, prompt, answer: input.answer, ...(question ? { question } : {}) });
};

/**
 * Writes one step of the round (its new turns, its state) as one transaction, only if nothing moved
 * the round since `round` was loaded: another tab, a resend, or another server on the same database.
 * False when something did; then nothing was saved. The session finishes once all its rounds are done.
 */
export const commitRoundStep = async <E extends Evaluation>(
  sessions: SessionStore<E>,
  round: Round<E>,
  step: { turns: readonly Turn[]; patch: RoundStatePatch<E>; clearDraft?: boolean },
  nowIso: () => string,
): Promise<boolean> => {
  const committed = await sessions.advanceRound(round.userId, round.id, {
    expectedTurnCount: round.transcript.length,
    turns: step.turns,
    patch: step.patch,
    clearDraft: step.clearDraft ?? false,
  });
  if (committed && step.patch.status === 'finished') {
    const session = await sessions.getSession(round.userId, round.sessionId);
    if (
      session !== null &&
      session.status !== 'finished' &&
      session.rounds.every((each) => each.status === 'finished')
    ) {
      await sessions.finishSession(round.userId, session.id, nowIso());
    }
  }
  return committed;
};

/**
 * Serialises work per key, so two quick submits for the same round (a double
 * click, a retry) run one after the other and the second sees the first's result.
 */
export const createKeyedLock = () => {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
};

/**
 * The practice-round use cases. A round moves answering → probing → finished;
 * every step appends to the transcript, and the scorecard always comes from the
 * rubric evaluator, never from the interviewer.
 */
export const createPracticeService = <E extends Evaluation = AnswerEvaluation>(
  deps: PracticeServiceDeps<E>,
) => {
  const { sessions, bank, interviewer, clock, ids, rounds } = deps;
  const evaluate = deps.evaluate ?? rounds.evaluate;
  const maxProbes = deps.maxProbes ?? DEFAULT_MAX_PROBES;
  const withRoundLock = createKeyedLock();
  const nowIso = (): string => clock.now().toISOString();

  const questionOf = (round: Round<E>): Question | undefined =>
    round.questionId === null ? undefined : bank.get(round.questionId);

  const loadRound = async ({ userId, roundId }: RoundRef): Promise<Round<E>> => {
    const round = await sessions.getRound(userId, roundId);
    if (round === null)
      throw new DomainError('ROUND_NOT_FOUND', `There is no round with id "${roundId}".`);
    return round;
  };

  const assertNotFinished = (round: Round<E>): void => {
    if (round.status === 'finished')
      throw new DomainError(
        'ROUND_FINISHED',
        'This round has already finished; start a new session to practise again.',
      );
  };

  const turn = (
    round: { transcript: readonly Turn[] },
    speaker: Turn['speaker'],
    purpose: TurnPurpose,
    text: string,
  ): Turn => ({
    index: round.transcript.length,
    speaker,
    purpose,
    text,
    at: nowIso(),
  });

  /** A kind answered by code takes its moves in its own room (the coding interview's), not here. */
  const assertAnsweredInWords = (round: Round<E>): void => {
    const definition = rounds.get(round.kind);
    if (definition?.answeredBy === 'submission')
      throw new DomainError(
        'UNSUPPORTED_ROUND_KIND',
        `A ${definition.label.toLowerCase()} round is answered with code and the interview moves beside the editor, not with a written answer.`,
      );
  };

  /** `isClosing`: the round ends here, so a probe left without a reply counts (see closingExchangesOf). */
  const evaluateRound = async (
    round: Round<E>,
    transcript: readonly Turn[],
    isClosing = false,
  ): Promise<E> => {
    const answer = mainAnswerOf(transcript);
    if (answer === undefined)
      throw new DomainError('ROUND_NOT_ANSWERED', 'There is no answer to score yet.');
    const question = questionOf(round);
    return evaluate({
      kind: round.kind,
      prompt: round.prompt,
      answer,
      replies: isClosing ? closingExchangesOf(transcript) : exchangesOf(transcript),
      ...(question ? { question } : {}),
    });
  };

  const askInterviewer = async (
    round: Round<E>,
    transcript: readonly Turn[],
    evaluation: E,
  ): Promise<InterviewerMove> => {
    const probesAsked = transcript.filter((entry) => entry.purpose === 'probe').length;
    let move: InterviewerMove;
    try {
      move = await interviewer.nextMove({
        kind: round.kind,
        prompt: round.prompt,
        question: questionOf(round) ?? null,
        transcript,
        evaluation,
        probesAsked,
        maxProbes,
      });
    } catch (cause) {
      if (cause instanceof DomainError) throw cause;
      throw new DomainError(
        'INTERVIEWER_UNAVAILABLE',
        'The interviewer did not answer; your answer is saved, so try sending it again.',
        undefined,
        { cause },
      );
    }
    // The limit is the engine's promise to the candidate, whatever the interviewer wants.
    if (move.type === 'probe' && (probesAsked >= maxProbes || isBlank(move.text)))
      return { type: 'close', text: EARLY_CLOSING_TEXT };
    return move;
  };

  /** The closing turn and the scorecard: what finishing the round writes. */
  const closingStep = (
    round: Round<E>,
    transcript: readonly Turn[],
    closingText: string,
    evaluation: E,
  ): StepWrites<E> => {
    const now = clock.now();
    const scorecard: Scorecard<E> = {
      evaluation,
      interviewer: interviewer.name,
      evaluatedAt: now.toISOString(),
    };
    return {
      turns: [
        { ...turn({ transcript }, 'interviewer', 'closing', closingText), at: now.toISOString() },
      ],
      patch: {
        status: 'finished',
        scorecard,
        finishedAt: now.toISOString(),
        elapsedMs: Math.max(0, now.getTime() - Date.parse(round.startedAt)),
      },
    };
  };

  /** The interviewer's probe, or the close when the interviewer is done. */
  const moveStep = (
    round: Round<E>,
    transcript: readonly Turn[],
    move: InterviewerMove,
    evaluation: E,
  ): StepWrites<E> => {
    if (move.type === 'close') return closingStep(round, transcript, move.text, evaluation);
    const probe: Turn = {
      ...turn({ transcript }, 'interviewer', 'probe', move.text),
      ...(move.targetFlag ? { targetFlag: move.targetFlag } : {}),
      ...(move.probeId ? { probeId: move.probeId } : {}),
    };
    return { turns: [probe], patch: {} };
  };

  /**
   * Writes one step of the round (its new turns, its state, the draft cleared) as one transaction,
   * only if nothing moved the round since `round` was loaded: another tab, a resend, or another
   * server on the same database. False when something did; then nothing was saved. The session
   * finishes once all its rounds are done.
   */
  const commitStep = (round: Round<E>, step: StepWrites<E>): Promise<boolean> =>
    commitRoundStep(sessions, round, { ...step, clearDraft: true }, nowIso);

  const roundMovedOn = (): DomainError =>
    new DomainError(
      'CONFLICT',
      'This round moved on while you sent this (from another tab, window or a resend); nothing from this request was saved. Reload the round to see where it stands.',
    );

  /**
   * Whether this reply to the probe at transcript index `inReplyTo` was already taken (the same text
   * sent twice: a double click, a retry after a lost response), so it is taken once. A different
   * reply already given to that probe is a CONFLICT. Without `inReplyTo` a reply answers the latest probe.
   */
  const isResentReply = (round: Round<E>, text: string, inReplyTo: number | undefined): boolean => {
    if (inReplyTo === undefined) return false;
    const probe = round.transcript.find((entry) => entry.index === inReplyTo);
    if (probe?.purpose !== 'probe') {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Turn ${inReplyTo} of this round is not a question from the interviewer.`,
        { inReplyTo: 'not a probe of this round' },
      );
    }
    const answered = round.transcript.find((entry) => entry.index === inReplyTo + 1);
    if (answered === undefined) return false;
    if (answered.purpose === 'reply' && answered.text === text) return true;
    throw new DomainError(
      'CONFLICT',
      'That question was already answered; reply to the latest one instead.',
    );
  };

  const reload = (round: Round<E>): Promise<Round<E>> =>
    loadRound({ userId: round.userId, roundId: round.id });

  const resolveQuestion = (questionId: QuestionId): Question => questionFromBank(bank, questionId);

  const getSession = async ({
    userId,
    sessionId,
  }: {
    userId: UserId;
    sessionId: SessionId;
  }): Promise<SessionWithRounds<E>> => {
    const session = await sessions.getSession(userId, sessionId);
    if (session === null)
      throw new DomainError('SESSION_NOT_FOUND', `There is no session with id "${sessionId}".`);
    return session;
  };

  return {
    /** Creates a session with one round whose transcript opens with the interviewer asking the question. */
    async startPracticeSession(input: StartPracticeInput<E>): Promise<SessionWithRounds<E>> {
      const question = 'questionId' in input ? resolveQuestion(input.questionId) : null;
      // A kind answered by code runs as an interview beside the editor; any other is a conversation.
      const definition = question === null ? undefined : rounds.get(question.kind);
      const interview = definition?.answeredBy === 'submission' ? definition.interview : null;
      const kind =
        definition !== undefined && interview !== null
          ? definition.id
          : rounds.conversation(question?.kind ?? ('kind' in input ? input.kind : '')).id;
      const prompt = question?.prompt ?? ('prompt' in input ? input.prompt.trim() : '');
      if (isBlank(prompt))
        throw new DomainError('VALIDATION_FAILED', 'Write the question to practise.', {
          prompt: 'write the question to practise',
        });
      const title =
        question?.title ??
        ('title' in input && input.title !== undefined && !isBlank(input.title)
          ? input.title.trim()
          : titleFromPrompt(prompt));
      const now = nowIso();
      const session: Session = {
        id: asSessionId(ids.next()),
        userId: input.userId,
        mode: 'practice',
        title,
        status: 'active',
        createdAt: now,
        finishedAt: null,
      };
      const questionId: QuestionId | null = question === null ? null : asQuestionId(question.id);
      const round: Round<E> = {
        id: asRoundId(ids.next()),
        sessionId: session.id,
        userId: input.userId,
        position: 0,
        kind,
        questionId,
        title,
        prompt,
        status: 'answering',
        transcript: [
          interview === null
            ? { index: 0, speaker: 'interviewer', purpose: 'question', text: prompt, at: now }
            : {
                index: 0,
                speaker: 'interviewer',
                purpose: 'question',
                text: interview.openingLine(title),
                at: now,
                phase: interview.firstPhase,
              },
        ],
        draft: null,
        timeLimitMs: sessionRoundTimeLimitMs(question, interview),
        startedAt: now,
        finishedAt: null,
        elapsedMs: null,
        interimEvaluation: null,
        scorecard: null,
      };
      await sessions.createSession(session);
      await sessions.createRound(round);
      return getSession({ userId: input.userId, sessionId: session.id });
    },

    getSession,

    listSessions({
      userId,
      ...options
    }: { userId: UserId } & ListOptions): Promise<readonly SessionSummary<E>[]> {
      return sessions.listSessions(userId, options);
    },

    getRound: loadRound,

    /**
     * Saves what the candidate is typing. A save older than the stored draft
     * is ignored and the stored draft returned, so the client can catch up.
     */
    async saveDraft({
      text,
      revision,
      ...ref
    }: RoundRef & { text: string; revision: number }): Promise<Draft> {
      // One write when it succeeds (the store checks the round is open); the round is read only to say why not.
      const stored = await sessions.saveDraft(ref.userId, ref.roundId, {
        text,
        revision,
        savedAt: nowIso(),
      });
      if (stored !== null) return stored;
      assertNotFinished(await loadRound(ref));
      throw roundMovedOn();
    },

    /** Sends the main answer: it is evaluated and the interviewer asks the first probe. */
    submitAnswer({ text, ...ref }: RoundRef & { text: string }): Promise<Round<E>> {
      return withRoundLock(String(ref.roundId), async () => {
        const round = await loadRound(ref);
        assertNotFinished(round);
        assertAnsweredInWords(round);
        if (round.status !== 'answering') {
          throw new DomainError(
            'CONFLICT',
            'The main answer was already sent; reply to the interviewer’s question instead.',
          );
        }
        if (isBlank(text))
          throw new DomainError('ANSWER_EMPTY', 'Write an answer before sending it.', {
            text: 'write an answer before sending it',
          });
        const answer = turn(round, 'candidate', 'answer', text);
        const transcript = [...round.transcript, answer];
        const evaluation = await evaluateRound(round, transcript);
        const move = await askInterviewer(round, transcript, evaluation);
        const next = moveStep(round, transcript, move, evaluation);
        const committed = await commitStep(round, {
          turns: [answer, ...next.turns],
          patch: { status: 'probing', interimEvaluation: evaluation, ...next.patch },
        });
        if (!committed)
          throw new DomainError(
            'CONFLICT',
            'The main answer was already sent; reply to the interviewer’s question instead.',
          );
        return reload(round);
      });
    },

    /** Replies to the current probe: re-evaluated with every reply so far, then another probe or the close. */
    submitReply({
      text,
      inReplyTo,
      ...ref
    }: RoundRef & { text: string; inReplyTo?: number }): Promise<Round<E>> {
      return withRoundLock(String(ref.roundId), async () => {
        const round = await loadRound(ref);
        assertAnsweredInWords(round);
        if (isResentReply(round, text, inReplyTo)) return round;
        assertNotFinished(round);
        if (round.status !== 'probing')
          throw new DomainError(
            'ROUND_NOT_ANSWERED',
            'Send your main answer before replying to probes.',
          );
        if (isBlank(text))
          throw new DomainError('ANSWER_EMPTY', 'Write a reply before sending it.', {
            text: 'write a reply before sending it',
          });
        const reply = turn(round, 'candidate', 'reply', text);
        const transcript = [...round.transcript, reply];
        const evaluation = await evaluateRound(round, transcript);
        const move = await askInterviewer(round, transcript, evaluation);
        const next = moveStep(round, transcript, move, evaluation);
        if (!(await commitStep(round, { turns: [reply, ...next.turns], patch: next.patch }))) {
          // Another server took a reply first: if it was this very reply, it was taken once.
          const now = await reload(round);
          if (isResentReply(now, text, inReplyTo)) return now;
          throw roundMovedOn();
        }
        return reload(round);
      });
    },

    /**
     * Ends the round now and scores what was answered. Text still in the draft
     * is sent first (as the answer, or as the reply to the open probe), so
     * nothing typed is lost.
     */
    finishRound(ref: RoundRef): Promise<Round<E>> {
      return withRoundLock(String(ref.roundId), async () => {
        const round = await loadRound(ref);
        assertNotFinished(round);
        if (rounds.get(round.kind)?.answeredBy === 'submission') {
          if (deps.finishSubmissionRound === undefined)
            throw new DomainError(
              'UNSUPPORTED_ROUND_KIND',
              `${round.kind} rounds cannot be finished here.`,
            );
          return deps.finishSubmissionRound(ref);
        }
        const pending =
          round.draft !== null && !isBlank(round.draft.text) ? round.draft.text : null;
        const transcript = [...round.transcript];
        const lastTurn = transcript.at(-1);
        if (pending !== null && round.status === 'answering') {
          transcript.push(turn({ transcript }, 'candidate', 'answer', pending));
        } else if (pending !== null && lastTurn?.purpose === 'probe') {
          transcript.push(turn({ transcript }, 'candidate', 'reply', pending));
        }
        if (mainAnswerOf(transcript) === undefined) {
          throw new DomainError(
            'ROUND_NOT_ANSWERED',
            'There is nothing to score yet: write at least a first answer before finishing.',
          );
        }
        const evaluation = await evaluateRound(round, transcript, true);
        const closing = closingStep(round, transcript, EARLY_CLOSING_TEXT, evaluation);
        const step: StepWrites<E> = {
          turns: [...transcript.slice(round.transcript.length), ...closing.turns],
          // The interim evaluation is the main answer alone; with no replies it equals the final one.
          patch:
            round.interimEvaluation === null
              ? {
                  ...closing.patch,
                  interimEvaluation: await evaluateRound(
                    round,
                    transcript.filter((entry) => entry.purpose !== 'reply'),
                  ),
                }
              : closing.patch,
        };
        if (!(await commitStep(round, step))) throw roundMovedOn();
        return reload(round);
      });
    },

    /** Scores one answer without a session (the `evaluate` API and CLI). */
    evaluateAnswer: (input: EvaluateStandaloneInput): Promise<E> =>
      evaluateStandaloneAnswer({ bank, rounds, evaluate }, input),
  };
};

export type PracticeService<E extends Evaluation = AnswerEvaluation> = ReturnType<
  typeof createPracticeService<E>
>;
