import type { Round } from '@onsite/core';
import * as Dialog from '@radix-ui/react-dialog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { keys, refreshAfterRound } from '../../api/queries';
import { Icon } from '../../components/icons';
import { useToast } from '../../components/toast';
import { Spinner } from '../../components/ui';
import { Conversation } from './conversation';
import { RoundTimer } from './round-timer';
import { StarEditor, StarLegend } from './star-editor';
import { countWords, WORD_TARGET, wordCountState } from './star-ranges';
import { useDraft } from './use-draft';
import { classifyStar } from './star-classifier';
import { useStarSegments } from './use-star-segments';
import { SaveIndicator } from './save-indicator';
import { useDocumentTitle } from '../../components/use-document-title';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.userAgent);
const SHORTCUT = isMac ? '⌘ Enter' : 'Ctrl Enter';

const phaseLabel = (round: Round): string => {
  if (round.status === 'answering') return 'Your answer';
  const probes = round.transcript.filter((turn) => turn.purpose === 'probe').length;
  return `Follow-up ${Math.max(probes, 1)}`;
};

/** The behavioral round's room: the question, the STAR answer editor, and the conversation. */
export const BehavioralRoom = ({ round }: { round: Round }) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const ids = useId();
  const [inlineError, setInlineError] = useState<unknown>(null);
  const step = round.transcript.filter((turn) => turn.speaker === 'candidate').length;
  const draft = useDraft({ roundId: round.id, step, serverDraft: round.draft });
  const segments = useStarSegments(draft.text, classifyStar);
  const isAnswering = round.status === 'answering';
  const currentProbe = isAnswering
    ? undefined
    : round.transcript.filter((turn) => turn.speaker === 'interviewer').at(-1);
  // Names the probe a reply answers, so a double-sent or retried reply is taken once by the server.
  const probeIndex = currentProbe?.purpose === 'probe' ? currentProbe.index : undefined;

  const showScorecard = (next: Round) => {
    client.setQueryData(keys.round(next.id), { round: next });
    refreshAfterRound(client);
    void navigate(`/rounds/${encodeURIComponent(next.id)}/scorecard`);
  };

  /** The main answer, or the reply to the current probe (its index makes a resend count once). */
  const sendText = (text: string) =>
    isAnswering
      ? api('POST /api/rounds/:id/answer', { params: { id: round.id }, body: { text } })
      : api('POST /api/rounds/:id/reply', {
          params: { id: round.id },
          body: { text, inReplyTo: probeIndex },
        });

  const send = useMutation({
    mutationFn: async (text: string) => {
      await draft.flush();
      return sendText(text);
    },
    onSuccess: ({ round: next }) => {
      draft.discard();
      setInlineError(null);
      if (next.status === 'finished') showScorecard(next);
      else client.setQueryData(keys.round(next.id), { round: next });
    },
    onError: (error) => setInlineError(error),
  });

  const finish = useMutation({
    mutationFn: async () => {
      // Text typed but not sent still counts: send it first, then end.
      if (draft.text.trim() !== '') {
        await draft.flush();
        const sent = await sendText(draft.text);
        draft.discard();
        if (sent.round.status === 'finished') return sent;
      }
      return api('POST /api/rounds/:id/finish', { params: { id: round.id } });
    },
    onSuccess: ({ round: next }) => showScorecard(next),
    onError: (error) => toast.showError(error),
  });

  const canSend = draft.text.trim() !== '' && !send.isPending && !finish.isPending;
  const submit = () => {
    if (canSend) send.mutate(draft.text);
  };
  const words = countWords(draft.text);
  const wordState = wordCountState(words);
  const isBusy = send.isPending || finish.isPending;

  // The focus goes where the user types next: into the answer box when the room opens, and back
  // into it when a send settles (the next probe's reply, or the same text to fix after an error).
  const editorRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!isBusy) editorRef.current?.focus();
  }, [isBusy, step]);

  useDocumentTitle(round.title);

  return (
    <div className="room">
      <header className="room-bar">
        <Link to="/" className="room-leave" aria-label="Leave the room (your draft is kept)">
          <Icon name="arrowLeft" size={18} />
        </Link>
        <h1 className="room-title" dir="auto">
          {round.title}
        </h1>
        <span className="phase-pill">{phaseLabel(round)}</span>
        <RoundTimer startedAt={round.startedAt} limitMs={round.timeLimitMs} />
        <EndRoundDialog
          hasAnswer={!isAnswering || draft.text.trim() !== ''}
          isPending={finish.isPending}
          onEnd={() => finish.mutate()}
          onLeave={() => void navigate('/')}
        />
      </header>

      <div className="room-body">
        <div className="room-main">
          <section className="question-card" aria-labelledby={`${ids}-prompt`}>
            <span className="prompt-label" id={`${ids}-prompt`}>
              Question
            </span>
            <p className="question-card-text" dir="auto">
              {round.prompt}
            </p>
          </section>

          {currentProbe !== undefined && (
            <section className="probe-card" aria-live="polite">
              <span className="prompt-label">The interviewer follows up</span>
              <p>{currentProbe.text}</p>
            </section>
          )}

          <section className="editor-card" aria-labelledby={`${ids}-editor-heading`}>
            <div className="editor-head">
              <h2 id={`${ids}-editor-heading`}>{isAnswering ? 'Your answer' : 'Your reply'}</h2>
              <SaveIndicator status={draft.status} />
            </div>
            <StarEditor
              id={`${ids}-answer`}
              label={isAnswering ? 'Your answer, in STAR form' : 'Your reply to the follow-up'}
              value={draft.text}
              onChange={draft.setText}
              segments={segments}
              disabled={isBusy}
              onSubmitShortcut={submit}
              describedBy={`${ids}-hint`}
              ref={editorRef}
              placeholder={
                isAnswering
                  ? 'Set the scene in a sentence or two, say what you had to do, walk through what you did, and finish with the result in numbers.'
                  : 'Answer the follow-up directly, with specifics.'
              }
            />
            <div className="editor-foot">
              {(isAnswering || segments.length > 0) && <StarLegend segments={segments} />}
              <span className={`word-count word-${wordState}`} id={`${ids}-hint`}>
                {words} {words === 1 ? 'word' : 'words'}
                {isAnswering && (
                  <span className="word-target">
                    {' '}
                    · target {WORD_TARGET.min}–{WORD_TARGET.max}
                  </span>
                )}
              </span>
            </div>
            {inlineError !== null && (
              <p className="inline-error" role="alert">
                <strong>{describeError(inlineError).title}.</strong>{' '}
                {describeError(inlineError).detail} Your text is still here.
              </p>
            )}
            <div className="editor-actions">
              <span className="kbd-hint" aria-hidden="true">
                <kbd>{SHORTCUT}</kbd> to send
              </span>
              {!isAnswering && (
                <button
                  type="button"
                  className="btn btn-ghost"
                  onClick={() => finish.mutate()}
                  disabled={isBusy}
                >
                  Finish and see scorecard
                </button>
              )}
              <button
                type="button"
                className="btn btn-primary"
                onClick={submit}
                disabled={!canSend}
                aria-keyshortcuts="Control+Enter Meta+Enter"
              >
                {send.isPending ? <Spinner /> : null}
                {send.isPending ? 'Sending…' : isAnswering ? 'Send answer' : 'Send reply'}
              </button>
            </div>
          </section>
        </div>

        <aside className="room-side">
          <Conversation turns={round.transcript} isThinking={send.isPending} />
        </aside>
      </div>
    </div>
  );
};

const EndRoundDialog = ({
  hasAnswer,
  isPending,
  onEnd,
  onLeave,
}: {
  hasAnswer: boolean;
  isPending: boolean;
  onEnd: () => void;
  onLeave: () => void;
}) => (
  <ConfirmDialog
    trigger={
      <button type="button" className="btn btn-secondary btn-sm" disabled={isPending}>
        {isPending ? 'Ending…' : 'End round'}
      </button>
    }
    title={hasAnswer ? 'End the round now?' : 'Leave without answering?'}
    description={
      hasAnswer
        ? 'Anything you have typed is sent first; the scorecard covers what you answered so far.'
        : 'You have not written an answer yet, so there is nothing to score. The round stays open in History.'
    }
    cancelLabel="Keep going"
    action={
      <Dialog.Close asChild>
        <button type="button" className="btn btn-primary" onClick={hasAnswer ? onEnd : onLeave}>
          {hasAnswer ? 'End and score' : 'Leave the room'}
        </button>
      </Dialog.Close>
    }
  />
);
