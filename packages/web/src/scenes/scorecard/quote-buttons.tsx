import type { Evidence } from '@onsite/core';

/** The answer's words behind a finding, each a button that shows them in the transcript. */
export const QuoteButtons = ({
  evidence,
  onQuote,
}: {
  evidence: readonly Evidence[];
  onQuote: (evidence: Evidence) => void;
}) =>
  evidence.map((quoted) => (
    <button
      key={`${quoted.turn}:${quoted.start}`}
      type="button"
      className="quote"
      onClick={() => onQuote(quoted)}
    >
      “{quoted.quote}”
    </button>
  ));
