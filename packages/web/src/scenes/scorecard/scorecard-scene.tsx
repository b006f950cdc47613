import {
  HIRING_LEVEL_LABEL,
  PHASE_LABEL,
  roundKinds,
  type AnswerEvaluation,
  type Evidence,
  type FlagCopy,
  type FlagFinding,
  type NextStep,
  type Round,
  type Turn,
} from '@onsite/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useRound, useStartRound } from '../../api/queries';
import { Icon } from '../../components/icons';
import {
  ButtonLink,
  ErrorState,
  LevelBadge,
  Loading,
  formatDate,
  levelTone,
} from '../../components/ui';
import { isCodingPhase } from '../code/interview/interview-phase';
import { Prose } from '../code/problem-statement';
import { kindSectionsOf } from './kind-sections';
import { CodeQuote, QuoteButtons } from './quote-buttons';
import { useDocumentTitle } from '../../components/use-document-title';

export const ScorecardScene = () => {
  const { roundId = '' } = useParams();
  const query = useRound(roundId);
  if (query.isPending)
    return (
      <div className="page">
        <Loading label="Loading the scorecard" rows={6} />
      </div>
    );
  if (query.isError)
    return (
      <div className="page">
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const { round } = query.data;
  if (round.scorecard === null) {
    return (
      <div className="page page-narrow">
        <div className="card">
          <h1>No scorecard yet</h1>
          <p className="muted">This round is still open. Finish it to see how it scored.</p>
          <p>
            <ButtonLink to={`/rounds/${encodeURIComponent(round.id)}`}>
              Back to the round
            </ButtonLink>
          </p>
        </div>
      </div>
    );
  }
  return (
    <Scorecard
      round={round}
      evaluation={round.scorecard.evaluation}
      evaluatedAt={round.scorecard.evaluatedAt}
    />
  );
};

const sameEvidence = (a: Evidence | null, b: Evidence): boolean =>
  a !== null && a.turn === b.turn && a.start === b.start && a.end === b.end;

/** One round's scorecard: what every kind shares, around its kind's own sections (kind-sections.tsx). */
export const Scorecard = ({
  round,
  evaluation,
  evaluatedAt,
}: {
  round: Round;
  evaluation: AnswerEvaluation;
  evaluatedAt: string;
}) => {
  const [selected, setSelected] = useState<Evidence | null>(null);
  const candidateTurns = round.transcript.filter((turn) => turn.speaker === 'candidate');
  const tone = levelTone(evaluation.level);
  const sections = kindSectionsOf(evaluation, setSelected);

  useDocumentTitle(`Scorecard: ${round.title}`);

  return (
    <div className="page page-wide">
      <Link className="back-link" to="/history">
        <Icon name="arrowLeft" size={16} /> History
      </Link>
      <header className={`verdict verdict-${tone}`}>
        <div className="verdict-text">
          <p className="eyebrow">Scorecard · {formatDate(evaluatedAt)}</p>
          <h1 dir="auto">{round.title}</h1>
          {round.kind === 'coding' ? (
            // A coding statement is the bank's small Markdown (`code`, **bold**): shown as the room shows it.
            <div className="muted verdict-prompt" dir="auto">
              <Prose text={round.prompt} />
            </div>
          ) : (
            <p className="muted verdict-prompt" dir="auto">
              {round.prompt}
            </p>
          )}
        </div>
        <div
          className="verdict-score"
          aria-label={`Overall: ${HIRING_LEVEL_LABEL[evaluation.level]}, ${Math.round(evaluation.score)} out of 100`}
        >
          <LevelBadge level={evaluation.level} size="lg" />
          <p className="verdict-num" aria-hidden="true">
            <span>{Math.round(evaluation.score)}</span>/100
          </p>
          {sections.scoreNote !== undefined && (
            <p className="muted small" aria-hidden="true">
              {sections.scoreNote}
            </p>
          )}
          <a
            className="btn btn-ghost btn-sm"
            href={api.url('GET /api/sessions/:id/report', { params: { id: round.sessionId } })}
            download
          >
            Download report
          </a>
        </div>
      </header>

      <div className="scorecard-grid">
        <div className="scorecard-main">
          {sections.notice}
          {evaluation.flags.length > 0 && (
            <Flags
              flags={evaluation.flags}
              copy={roundKinds.get(evaluation.kind)?.flags ?? {}}
              onQuote={setSelected}
            />
          )}

          <section aria-labelledby="dimensions-heading">
            <h2 id="dimensions-heading" className="section-title">
              Rubric
            </h2>
            <ol className="dimensions">
              {evaluation.dimensions.map((dimension) => (
                <li key={dimension.id} className="dimension card">
                  <div className="dimension-head">
                    <h3>{dimension.name}</h3>
                    <LevelBadge level={dimension.level} />
                  </div>
                  <p className="dimension-why">{dimension.summary}</p>
                  {dimension.evidence.length > 0 && (
                    <ul className="quotes" aria-label={`Evidence for ${dimension.name}`}>
                      {dimension.evidence.map((evidence) => (
                        <li
                          key={`${evidence.origin ?? 'answer'}:${evidence.turn}:${evidence.start}`}
                        >
                          {evidence.origin === 'code' ? (
                            <CodeQuote evidence={evidence} />
                          ) : (
                            <button
                              type="button"
                              className={`quote${sameEvidence(selected, evidence) ? ' is-selected' : ''}`}
                              aria-pressed={sameEvidence(selected, evidence)}
                              onClick={() =>
                                setSelected(sameEvidence(selected, evidence) ? null : evidence)
                              }
                            >
                              “<bdi>{evidence.quote}</bdi>”
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </section>

          {sections.details}

          {evaluation.nextSteps.length > 0 && (
            <NextSteps kind={evaluation.kind} steps={evaluation.nextSteps} />
          )}
        </div>

        <aside className="scorecard-side">
          <AnswerPanel
            transcript={round.transcript}
            candidateTurns={candidateTurns}
            selected={selected}
          />
        </aside>
      </div>
    </div>
  );
};

/** The candidate's turns, with the selected quote highlighted and scrolled into view. */
const AnswerPanel = ({
  transcript,
  candidateTurns,
  selected,
}: {
  transcript: readonly Turn[];
  candidateTurns: readonly Turn[];
  selected: Evidence | null;
}) => {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected === null) return;
    markRef.current?.scrollIntoView({
      block: 'center',
      behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }, [selected]);

  return (
    <section className="answer-panel card" aria-labelledby="answer-heading">
      <h2 id="answer-heading" className="panel-title">
        What you said
      </h2>
      {candidateTurns.length === 0 ? (
        <p className="muted">The round ended before an answer was sent.</p>
      ) : (
        candidateTurns.map((turn, turnNumber) => {
          const probe = transcript
            .filter((item) => item.speaker === 'interviewer' && item.index < turn.index)
            .at(-1);
          const isSelectedTurn = selected !== null && selected.turn === turnNumber;
          return (
            <div key={turn.index} className="answer-turn">
              <p className="answer-turn-label">
                {isCodingPhase(turn.phase)
                  ? PHASE_LABEL[turn.phase]
                  : turnNumber === 0
                    ? 'Main answer'
                    : `Follow-up: ${probe?.text ?? ''}`}
              </p>
              <p className="answer-text" dir="auto">
                {isSelectedTurn ? (
                  <>
                    {turn.text.slice(0, selected.start)}
                    <mark ref={markRef} className="quote-mark">
                      {turn.text.slice(selected.start, selected.end)}
                    </mark>
                    {turn.text.slice(selected.end)}
                  </>
                ) : (
                  turn.text
                )}
              </p>
            </div>
          );
        })
      )}
    </section>
  );
};

/** The flags raised, as chips; a chip opens the flag's copy (from the kind's flags in core). */
const Flags = ({
  flags,
  copy,
  onQuote,
}: {
  flags: readonly FlagFinding[];
  copy: Readonly<Record<string, FlagCopy>>;
  onQuote: (evidence: Evidence) => void;
}) => {
  const [open, setOpen] = useState<string | null>(null);
  const ids = useId();
  const openFinding = flags.find((finding) => finding.flag === open);
  const openCopy = openFinding === undefined ? undefined : copy[openFinding.flag];
  return (
    <section aria-labelledby={`${ids}-flags`} className="flags">
      <h2 id={`${ids}-flags`} className="section-title">
        What to work on
      </h2>
      <div className="flag-chips">
        {flags.map((finding) => (
          <button
            key={finding.flag}
            type="button"
            className={`flag-chip${open === finding.flag ? ' is-open' : ''}`}
            aria-expanded={open === finding.flag}
            aria-controls={`${ids}-flag-detail`}
            onClick={() => setOpen(open === finding.flag ? null : finding.flag)}
          >
            <Icon name="info" size={15} />
            {copy[finding.flag]?.label ?? finding.flag}
          </button>
        ))}
      </div>
      <div id={`${ids}-flag-detail`} className="flag-detail-slot">
        {openFinding !== undefined && openCopy !== undefined && (
          <FlagDetail finding={openFinding} copy={openCopy} onQuote={onQuote} />
        )}
      </div>
    </section>
  );
};

const FlagDetail = ({
  finding,
  copy,
  onQuote,
}: {
  finding: FlagFinding;
  copy: FlagCopy;
  onQuote: (evidence: Evidence) => void;
}) => {
  return (
    <div className="flag-detail card">
      <p className="flag-message">{finding.message}</p>
      <div className="flag-columns">
        <div>
          <h3>Why it matters</h3>
          <p>{copy.whyItMatters}</p>
        </div>
        <div>
          <h3>How to fix it</h3>
          <p>{copy.howToFix}</p>
        </div>
      </div>
      <div className="before-after">
        <div className="before">
          <span className="ba-label">Before</span>
          <p>{copy.before}</p>
        </div>
        <div className="after">
          <span className="ba-label">After</span>
          <p>{copy.after}</p>
        </div>
      </div>
      {finding.evidence.length > 0 && (
        <div className="quotes-inline">
          <span className="muted small">In your answer:</span>
          <QuoteButtons evidence={finding.evidence} onQuote={onQuote} />
        </div>
      )}
    </div>
  );
};

const NextSteps = ({
  kind,
  steps,
}: {
  kind: AnswerEvaluation['kind'];
  steps: readonly NextStep[];
}) => {
  const start = useStartRound();
  const navigate = useNavigate();
  const act = (step: NextStep) => {
    const action = step.action;
    if (action === undefined) return;
    if (action.questionId !== undefined) {
      start.mutate({ questionId: action.questionId });
      return;
    }
    const params = new URLSearchParams({ kind });
    if (action.competency !== undefined) params.set('competency', action.competency);
    if (action.principle !== undefined) params.set('principle', action.principle);
    void navigate(`/practice?${params.toString()}`);
  };
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading" className="section-title">
        Next steps
      </h2>
      <ol className="next-steps">
        {steps.map((step) => (
          <li key={step.id} className="card next-step">
            <p>{step.text}</p>
            {step.action !== undefined && (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() => act(step)}
                disabled={start.isPending}
              >
                {step.action.questionId !== undefined ? 'Practise this question' : 'Start practice'}
                <Icon name="arrowRight" size={14} />
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
};
