import {
  codingInterviewState,
  isPublicCodingQuestion,
  nextPhase,
  PHASE_LABEL,
  type CodingRoomAction,
  type PublicCodingQuestion,
  type Round,
} from '@onsite/core';
import * as Dialog from '@radix-ui/react-dialog';
import * as Tabs from '@radix-ui/react-tabs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, isApiError } from '../../../api/client';
import { describeError } from '../../../api/errors';
import { keys, refreshAfterRound, useQuestion } from '../../../api/queries';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Icon } from '../../../components/icons';
import { useToast } from '../../../components/toast';
import { DifficultyTag, ErrorState, Loading, Spinner } from '../../../components/ui';
import { Conversation } from '../../behavioral/conversation';
import { formatClock, RoundTimer } from '../../behavioral/round-timer';
import { SaveIndicator } from '../../behavioral/save-indicator';
import { useDraft } from '../../behavioral/use-draft';
import { CodeWorkspace, type CodeWorkspaceHandle } from '../code-workspace';
import { IsolationBanner, ProblemWithTopics } from '../coding-room';
import { hintsLeft, interviewTurnLabel, MESSAGE_BOX, phaseClock } from './interview-phase';
import { PhaseStepper } from './phase-stepper';
import '../../../styles/coding.css';
import { useDocumentTitle } from '../../../components/use-document-title';

/** How long a reopened room waits for a submission still being judged or measured: 2 minutes. */
const CATCH_UP_POLL_MS = 1000;
const CATCH_UP_POLLS = 120;

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.userAgent);
const SEND_SHORTCUT = isMac ? '⌘ Enter' : 'Ctrl Enter';

/** The coding interview round at /rounds/:id: its question is loaded, then the room opens. */
export const CodingInterviewRoom = ({ round }: { round: Round }) => {
  const query = useQuestion(round.questionId ?? '');
  if (query.isPending)
    return (
      <div className="room-loading">
        <Loading label="Opening the interview room" rows={4} />
      </div>
    );
  if (query.isError || !isPublicCodingQuestion(query.data.question))
    return (
      <div className="page">
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <div className="card">
            <h1>This round has no coding question</h1>
            <p className="muted">Start a coding interview from a problem in the bank.</p>
          </div>
        )}
        <p>
          <Link to="/questions?kind=coding">Back to the coding questions</Link>
        </p>
      </div>
    );
  return <InterviewRoom round={round} question={query.data.question} />;
};

/** The time now, moving every second: the phase's share counts down with the round's timer. */
const useNow = (): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(interval);
  }, []);
  return now;
};

const InterviewRoom = ({ round, question }: { round: Round; question: PublicCodingQuestion }) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const ids = useId();
  const workspace = useRef<CodeWorkspaceHandle>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const [side, setSide] = useState('interviewer');
  const [inlineError, setInlineError] = useState<string | null>(null);
  const interview = codingInterviewState(round.transcript);
  const step = round.transcript.filter((turn) => turn.speaker === 'candidate').length;
  const draft = useDraft({ roundId: round.id, step, serverDraft: round.draft });
  const next = nextPhase(interview.phase);
  const box = MESSAGE_BOX[interview.phase];
  const left = hintsLeft(question.hints.length, interview.hintsUsed);
  const clock = phaseClock(interview, useNow(), round.timeLimitMs);

  /** Shows the round as the server answered, unless an answer sent later already came back with more. */
  const keepRound = (next: Round) =>
    client.setQueryData<{ round: Round }>(keys.round(next.id), (shown) =>
      shown !== undefined &&
      shown.round.status !== 'finished' &&
      next.status !== 'finished' &&
      shown.round.transcript.length > next.transcript.length
        ? shown
        : { round: next },
    );
  const act = (action: CodingRoomAction) =>
    api('POST /api/rounds/:id/coding', { params: { id: round.id }, body: action });

  const move = useMutation({
    mutationFn: async (action: CodingRoomAction) => {
      if (action.type === 'say') await draft.flush();
      return act(action);
    },
    onSuccess: ({ round: next }, action) => {
      if (action.type === 'say') draft.discard();
      setInlineError(null);
      keepRound(next);
    },
    onError: (error) => {
      const copy = describeError(error);
      setInlineError(`${copy.title}. ${copy.detail}`);
    },
  });

  // The interviewer hears of every verdict of the round, and of the growth after an Accepted submit.
  // The calls in flight are kept so that finishing waits for them: a probe is never refused as late.
  const judgedCalls = useRef(new Set<Promise<void>>());
  const [judging, setJudging] = useState(0);
  const tellJudged = (submissionId: string) => {
    const call = act({ type: 'judged', submissionId }).then(
      ({ round: next }) => void keepRound(next),
      (error: unknown) => {
        // The round ended meanwhile (another tab): the scorecard has no use for the probe.
        if (!(isApiError(error) && error.code === 'ROUND_FINISHED')) toast.showError(error);
      },
    );
    judgedCalls.current.add(call);
    setJudging((count) => count + 1);
    void call.finally(() => {
      judgedCalls.current.delete(call);
      setJudging((count) => count - 1);
    });
  };

  // Reopened (a reload, another tab), the room tells the interviewer of the round's submissions that
  // settled while nobody was listening, waiting for those still being judged or measured; one
  // already heard is answered with nothing new.
  const roundId = round.id;
  useEffect(() => {
    // An object, not a boolean: the cleanup flips it after the checks below were written.
    const room = { isOpen: true };
    const isOpen = () => room.isOpen;
    const tell = async (submissionId: string) => {
      const { round: next } = await api('POST /api/rounds/:id/coding', {
        params: { id: roundId },
        body: { type: 'judged', submissionId },
      });
      if (isOpen()) keepRound(next);
    };
    /** Polls a submission until its verdict and any growth report are in (or the room closes). */
    const settled = async (submissionId: string) => {
      for (let attempt = 0; attempt < CATCH_UP_POLLS && isOpen(); attempt += 1) {
        const submission = await api('GET /api/submissions/:id', {
          params: { id: submissionId },
        });
        if (submission.status === 'done' && submission.complexity?.status !== 'measuring') return;
        await new Promise((resolve) => setTimeout(resolve, CATCH_UP_POLL_MS));
      }
    };
    const catchUp = async () => {
      const { submissions } = await api('GET /api/submissions', {
        query: { roundId, limit: 50 },
      });
      for (const submission of [...submissions].reverse()) {
        if (!isOpen()) return;
        // Still judged, or an Accepted submit whose growth may still be measured.
        const mayChange =
          submission.status !== 'done' ||
          (submission.mode === 'submit' &&
            submission.verdict === 'Accepted' &&
            submission.fittedComplexity === null);
        if (mayChange) await settled(submission.id);
        if (isOpen()) await tell(submission.id);
      }
    };
    // Best effort: the next verdict is told as usual even if this fails.
    catchUp().catch(() => undefined);
    return () => {
      room.isOpen = false;
    };
    // Once per room (keepRound reads the cache as each answer comes, never a stale round).
  }, [roundId]);

  const finish = useMutation({
    mutationFn: async () => {
      await draft.flush();
      // The scorecard judges the last submit: the code on screen is submitted first if it changed.
      await workspace.current?.submitIfChanged();
      await Promise.all(judgedCalls.current);
      return api('POST /api/rounds/:id/finish', { params: { id: round.id } });
    },
    onSuccess: ({ round: next }) => {
      keepRound(next);
      refreshAfterRound(client);
      void navigate(`/rounds/${encodeURIComponent(next.id)}/scorecard`);
    },
    onError: (error) => {
      const copy = describeError(error);
      setInlineError(`Could not finish the round. ${copy.title}. ${copy.detail}`);
      setSide('interviewer');
    },
  });

  const isBusy = move.isPending || finish.isPending;
  const canSend = draft.text.trim() !== '' && !isBusy;
  const send = () => {
    if (canSend) move.mutate({ type: 'say', text: draft.text });
  };
  const onMessageKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      // Sends the message; the page's own Mod-Enter (Submit) must not fire too.
      event.preventDefault();
      send();
    }
  };

  // The newest turn is in view in the conversation's own box (the page stays where the candidate is).
  const turnsRef = useRef<HTMLDivElement>(null);
  const turnCount = round.transcript.length;
  useEffect(() => {
    const box = turnsRef.current;
    if (box !== null) box.scrollTop = box.scrollHeight;
  }, [turnCount, judging, move.isPending]);

  // The focus goes where the candidate types next: the message box when the room opens, and after a send.
  useEffect(() => {
    if (!isBusy) messageRef.current?.focus();
  }, [isBusy, step]);

  useDocumentTitle(`Interview: ${question.title}`);

  return (
    <div className="room code-room interview-room">
      <header className="room-bar">
        <Link to="/" className="room-leave" aria-label="Leave the room (the round stays open)">
          <Icon name="arrowLeft" size={18} />
        </Link>
        <h1 className="room-title" dir="auto">
          {question.title}
        </h1>
        <DifficultyTag difficulty={question.difficulty} />
        <span className="phase-pill">{PHASE_LABEL[interview.phase]}</span>
        <RoundTimer startedAt={round.startedAt} limitMs={round.timeLimitMs} />
        <FinishDialog isPending={finish.isPending} onFinish={() => finish.mutate()} />
      </header>
      <IsolationBanner />

      <div className="code-body">
        <Tabs.Root className="code-statement interview-side" value={side} onValueChange={setSide}>
          <Tabs.List className="tabs-list" aria-label="Interview">
            <Tabs.Trigger className="tab" value="interviewer">
              Interviewer
            </Tabs.Trigger>
            <Tabs.Trigger className="tab" value="problem">
              Problem
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="interviewer" className="interview-panel">
            <PhaseStepper current={interview.phase} />
            <div className="phase-status">
              <span className={`phase-share phase-share-${clock.tone}`} role="timer">
                {clock.remainingMs >= 0
                  ? `${formatClock(clock.remainingMs)} left for ${PHASE_LABEL[interview.phase].toLowerCase()}`
                  : `${formatClock(-clock.remainingMs)} over the ${PHASE_LABEL[interview.phase].toLowerCase()} share`}
              </span>
              {next !== null && (
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  onClick={() => move.mutate({ type: 'phase', phase: next })}
                  disabled={isBusy}
                >
                  Next: {PHASE_LABEL[next]}
                  <Icon name="arrowRight" size={14} />
                </button>
              )}
            </div>
            {clock.nudge !== null && (
              <p className="phase-nudge" role="status">
                <Icon name="clock" size={15} /> {clock.nudge}
              </p>
            )}
            <div className="interview-turns" ref={turnsRef}>
              <Conversation
                turns={round.transcript}
                isThinking={move.isPending || judging > 0}
                labelOf={interviewTurnLabel}
                scrollsPage={false}
              />
            </div>
            <div className="interview-compose">
              <div className="editor-head">
                <label htmlFor={`${ids}-message`} className="compose-label">
                  {box.label}
                </label>
                <SaveIndicator status={draft.status} />
              </div>
              <textarea
                id={`${ids}-message`}
                ref={messageRef}
                className="compose-box"
                dir="auto"
                rows={3}
                value={draft.text}
                placeholder={box.placeholder}
                onChange={(event) => draft.setText(event.target.value)}
                onKeyDown={onMessageKey}
                disabled={isBusy}
              />
              {inlineError !== null && (
                <p className="inline-error" role="alert">
                  {inlineError}
                </p>
              )}
              <div className="compose-actions">
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  onClick={() => move.mutate({ type: 'hint' })}
                  disabled={isBusy || left === 0}
                >
                  Hint ({left} left)
                </button>
                <span className="kbd-hint" aria-hidden="true">
                  <kbd>{SEND_SHORTCUT}</kbd> to send
                </span>
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  onClick={send}
                  disabled={!canSend}
                  aria-keyshortcuts="Control+Enter Meta+Enter"
                >
                  {move.isPending && move.variables.type === 'say' ? <Spinner /> : null}
                  Send
                </button>
              </div>
            </div>
          </Tabs.Content>
          <Tabs.Content value="problem" className="interview-problem">
            <ProblemWithTopics question={question} isInterview />
          </Tabs.Content>
        </Tabs.Root>
        <CodeWorkspace
          ref={workspace}
          question={question}
          round={{ id: round.id, onJudged: tellJudged }}
        />
      </div>
    </div>
  );
};

const FinishDialog = ({ isPending, onFinish }: { isPending: boolean; onFinish: () => void }) => (
  <ConfirmDialog
    trigger={
      <button type="button" className="btn btn-secondary btn-sm" disabled={isPending}>
        {isPending ? <Spinner /> : null}
        {isPending ? 'Finishing…' : 'Finish round'}
      </button>
    }
    title="Finish the round now?"
    description="If your code changed since your last submit, it is submitted first; the scorecard judges that submit and everything you said."
    cancelLabel="Keep going"
    action={
      <Dialog.Close asChild>
        <button type="button" className="btn btn-primary" onClick={onFinish}>
          Finish and score
        </button>
      </Dialog.Close>
    }
  />
);
