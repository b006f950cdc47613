import type { Turn } from '@onsite/core';
import { useEffect, useRef } from 'react';

const PURPOSE_LABEL: Readonly<Record<Turn['purpose'], string>> = {
  question: 'Question',
  answer: 'Your answer',
  probe: 'Follow-up',
  reply: 'Your reply',
  closing: 'Wrap-up',
  hint: 'Hint',
  phase: 'Next phase',
};

/** The interviewer's turns and the candidate's, read top to bottom like a chat. */
export const Conversation = ({
  turns,
  isThinking,
  labelOf = (turn) => PURPOSE_LABEL[turn.purpose],
  scrollsPage = true,
}: {
  turns: readonly Turn[];
  isThinking: boolean;
  /** What a turn is, shown above it; by its purpose unless the room says otherwise. */
  labelOf?: (turn: Turn) => string;
  /**
   * Whether a new turn scrolls the page to it; a room that keeps the conversation in a box of its
   * own scrolls that box instead, so a probe does not pull the page away from the editor.
   */
  scrollsPage?: boolean;
}) => {
  const endRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!scrollsPage) return;
    endRef.current?.scrollIntoView({
      block: 'end',
      behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }, [turns.length, isThinking, scrollsPage]);
  return (
    <section className="conversation" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading" className="panel-title">
        Conversation
      </h2>
      <ol className="turns" aria-live="polite" aria-relevant="additions">
        {turns.map((turn) => (
          <li key={turn.index} className={`turn turn-${turn.speaker} turn-is-${turn.purpose}`}>
            <span className="turn-who">
              {turn.speaker === 'interviewer' ? 'Interviewer' : 'You'}
            </span>
            <span className="turn-purpose">{labelOf(turn)}</span>
            <p className="turn-text" dir="auto">
              {turn.text}
            </p>
          </li>
        ))}
        {isThinking && (
          <li className="turn turn-interviewer turn-thinking">
            <span className="turn-who">Interviewer</span>
            <p className="turn-text">
              <span className="dots" aria-hidden="true">
                <span />
                <span />
                <span />
              </span>
              <span className="visually-hidden">The interviewer is reading your answer</span>
            </p>
          </li>
        )}
      </ol>
      <div ref={endRef} />
    </section>
  );
};
