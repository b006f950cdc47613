import {
  DIMENSION_NAMES,
  HIRING_LEVEL_LABEL,
  type Evidence,
  type PartlyScoredTurn,
  type ProbeOutcome,
} from '@onsite/core';
import { QuoteButtons } from './quote-buttons';

/** "→ Impact and results lowered from Strong hire to Hire", or "no change" when the level held. */
const changeText = (outcome: ProbeOutcome): string => {
  const name = DIMENSION_NAMES[outcome.dimension];
  if (outcome.to === outcome.from) return `${name} stays at ${HIRING_LEVEL_LABEL[outcome.to]}`;
  return `${name} ${outcome.to > outcome.from ? 'raised' : 'lowered'} from ${HIRING_LEVEL_LABEL[outcome.from]} to ${HIRING_LEVEL_LABEL[outcome.to]}`;
};

const toneOf = (outcome: ProbeOutcome): 'up' | 'down' | 'same' =>
  outcome.to > outcome.from ? 'up' : outcome.to < outcome.from ? 'down' : 'same';

/**
 * What each follow-up did to the score: "Probe 2 (Impact and results): your
 * reply gave no figure → Impact and results lowered from Strong hire to Hire".
 */
export const ProbeOutcomes = ({
  outcomes,
  onQuote,
}: {
  outcomes: readonly ProbeOutcome[];
  onQuote: (evidence: Evidence) => void;
}) => (
  <section aria-labelledby="probes-heading" className="probe-outcomes">
    <h2 id="probes-heading" className="section-title">
      How your follow-up answers counted
    </h2>
    <ol className="probe-outcome-list">
      {outcomes.map((outcome) => (
        <li key={outcome.probe} className={`card probe-outcome probe-outcome-${toneOf(outcome)}`}>
          <p className="probe-outcome-line">
            <strong>
              Probe {outcome.probe} ({DIMENSION_NAMES[outcome.dimension]}):
            </strong>{' '}
            {outcome.reason} → {changeText(outcome)}
          </p>
          <p className="muted small probe-outcome-question">“{outcome.question}”</p>
          <QuoteButtons evidence={outcome.evidence} onQuote={onQuote} />
        </li>
      ))}
    </ol>
  </section>
);

/** Says which answers were longer than the evaluator reads, so a candidate knows the rest was not scored. */
export const PartlyScoredNotice = ({ turns }: { turns: readonly PartlyScoredTurn[] }) =>
  turns.length === 0 ? null : (
    <p className="card partly-scored" role="note">
      {turns
        .map(
          (turn) =>
            `Only the first ${turn.scoredCharacters.toLocaleString('en')} of ${turn.totalCharacters.toLocaleString('en')} characters of ${turn.turn === 0 ? 'your main answer' : `your reply to probe ${turn.turn}`} were scored; the whole text is saved below.`,
        )
        .join(' ')}{' '}
      A spoken answer fits in about 450 words.
    </p>
  );
