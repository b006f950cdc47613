import type { CodingEvaluation, Evidence } from '@onsite/core';
import { Prose } from '../code/problem-statement';
import { QuoteButtons } from './quote-buttons';

/**
 * What the coding scorecard adds below the rubric: the round's facts (verdict, tests, failed
 * submits, time to the first Accepted, hints), the complexity claimed vs expected vs measured,
 * the edge cases named vs missed, what the code itself reads like, and the study view.
 */

/** "12 min 5 s"; "40 s" under a minute. */
export const formatDuration = (ms: number): string => {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return minutes === 0 ? `${seconds} s` : `${minutes} min ${seconds} s`;
};

/** The round's facts, each a label and a value, in the order an interviewer reads them. */
export const codingFacts = (
  evaluation: Pick<
    CodingEvaluation,
    'verdict' | 'passed' | 'total' | 'failedSubmissions' | 'timeToFirstAcceptedMs' | 'hintsUsed'
  >,
): readonly { readonly label: string; readonly value: string }[] => [
  { label: 'Final verdict', value: evaluation.verdict },
  { label: 'Tests passed', value: `${evaluation.passed} of ${evaluation.total}` },
  {
    label: 'Failed submissions',
    value: evaluation.failedSubmissions === 0 ? 'None' : String(evaluation.failedSubmissions),
  },
  {
    label: 'Time to first Accepted',
    value:
      evaluation.timeToFirstAcceptedMs === null
        ? 'Not accepted'
        : formatDuration(evaluation.timeToFirstAcceptedMs),
  },
  {
    label: 'Hints used',
    value: evaluation.hintsUsed === 0 ? 'None' : String(evaluation.hintsUsed),
  },
];

export const CodingDetails = ({
  evaluation,
  onQuote,
}: {
  evaluation: CodingEvaluation;
  onQuote: (evidence: Evidence) => void;
}) => (
  <>
    <section aria-labelledby="coding-facts-heading">
      <h2 id="coding-facts-heading" className="section-title">
        The round in numbers
      </h2>
      <dl className="card coding-facts">
        {codingFacts(evaluation).map((fact) => (
          <div key={fact.label} className="coding-fact">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>

    <section aria-labelledby="coding-complexity-heading">
      <h2 id="coding-complexity-heading" className="section-title">
        Time complexity
      </h2>
      <dl className="card coding-facts coding-complexity">
        <div className="coding-fact">
          <dt>You said</dt>
          <dd>{evaluation.claimedComplexity ?? 'Not stated'}</dd>
        </div>
        <div className="coding-fact">
          <dt>Expected</dt>
          <dd>{evaluation.expectedComplexity ?? 'Not given'}</dd>
        </div>
        <div className="coding-fact">
          <dt>Measured</dt>
          <dd data-testid="measured-growth">{evaluation.growth?.label ?? 'Not measured'}</dd>
        </div>
      </dl>
    </section>

    {evaluation.edgeCases !== null && (
      <section aria-labelledby="coding-edges-heading">
        <h2 id="coding-edges-heading" className="section-title">
          Edge cases
        </h2>
        <div className="card edge-cases">
          <div>
            <h3>You named</h3>
            {evaluation.edgeCases.named.length === 0 ? (
              <p className="muted">None of the cases on the problem’s list.</p>
            ) : (
              <ul className="edge-list edge-named">
                {evaluation.edgeCases.named.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>You missed</h3>
            {evaluation.edgeCases.missed.length === 0 ? (
              <p className="muted">Nothing: every case on the list.</p>
            ) : (
              <ul className="edge-list edge-missed">
                {evaluation.edgeCases.missed.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </section>
    )}

    <section aria-labelledby="coding-signals-heading">
      <h2 id="coding-signals-heading" className="section-title">
        What your code reads like
      </h2>
      {evaluation.codeSignals.length === 0 ? (
        <p className="card muted">
          Nothing stood out: clear names, short functions, no dead or copied code.
        </p>
      ) : (
        <ul className="code-signals">
          {evaluation.codeSignals.map((signal) => (
            <li key={`${signal.id}:${signal.evidence[0]?.start ?? 0}`} className="card">
              <p>{signal.message}</p>
              <QuoteButtons evidence={signal.evidence} onQuote={onQuote} />
            </li>
          ))}
        </ul>
      )}
    </section>

    {evaluation.study !== null && (
      <section aria-labelledby="coding-study-heading">
        <h2 id="coding-study-heading" className="section-title">
          Study: the optimal approach
        </h2>
        <div className="card study-view">
          <Prose text={evaluation.study.explanation} />
          <p className="study-complexity">
            {evaluation.study.expectedTime !== null && (
              <span className="chip">Time {evaluation.study.expectedTime}</span>
            )}
            {evaluation.study.expectedSpace !== null && (
              <span className="chip">Space {evaluation.study.expectedSpace}</span>
            )}
          </p>
        </div>
      </section>
    )}
  </>
);
