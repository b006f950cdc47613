import type { Evidence } from '@onsite/core';

/** Lines of the submitted code behind a finding, shown as code (they are not in the transcript). */
export const CodeQuote = ({ evidence }: { evidence: Evidence }) => (
  <pre className="code-quote" aria-label="From your code">
    <code>{evidence.quote}</code>
  </pre>
);

/**
 * The answer's words behind a finding, each a button that shows them in the transcript; lines of
 * the submitted code are shown as code.
 */
export const QuoteButtons = ({
  evidence,
  onQuote,
}: {
  evidence: readonly Evidence[];
  onQuote: (evidence: Evidence) => void;
}) =>
  evidence.map((quoted) =>
    quoted.origin === 'code' ? (
      <CodeQuote key={`code:${quoted.start}`} evidence={quoted} />
    ) : (
      <button
        key={`${quoted.turn}:${quoted.start}`}
        type="button"
        className="quote"
        onClick={() => onQuote(quoted)}
      >
        “{quoted.quote}”
      </button>
    ),
  );
