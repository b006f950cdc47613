import {
  HIRING_LEVEL_LABEL,
  isStarFlag,
  FLAG_COPY,
  LEVEL_POINTS,
  type Evidence,
  type HiringLevel,
  type ScoreBreakdown,
  type ScoreCap,
} from '@onsite/core';
import { QuoteButtons } from './quote-buttons';
import '../../styles/score-breakdown.css';

/** "blames-others" as the chip's words ("Blaming others"); the other sources in plain words. */
const sourceName = (source: ScoreCap['source']): string => {
  if (source === 'implausible-figures') return 'Implausible figures';
  if (source === 'evasive-probes') return 'Follow-ups evaded';
  return isStarFlag(source) ? FLAG_COPY[source].label : source;
};

/** "No hire 10, Lean no hire 40, …": each level's points, from the scale the score uses. */
const LEVEL_SCALE = ([1, 2, 3, 4] as const satisfies readonly HiringLevel[])
  .map((level) => `${HIRING_LEVEL_LABEL[level]} ${LEVEL_POINTS[level]}`)
  .join(', ');

/** "0.75", "1.5", "62.3": at most two decimals, none when whole. */
const formatPoints = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * How the overall score was reached, so nobody has to take it on trust: each
 * dimension's level, weight and points, the weighted mean, what each finding
 * cost, the ceilings the answer ran into, and the figures that were not
 * counted as impact. Scorecards saved before the breakdown existed have none,
 * and show nothing here.
 */
export const ScoreBreakdownSection = ({
  breakdown,
  onQuote,
}: {
  breakdown: ScoreBreakdown;
  onQuote: (evidence: Evidence) => void;
}) => (
  <section aria-labelledby="breakdown-heading" className="score-breakdown">
    <h2 id="breakdown-heading" className="section-title">
      How the score was reached
    </h2>
    <div className="card">
      <table className="score-breakdown-table">
        <caption className="muted small">
          The score is the weighted mean of the dimensions' points ({LEVEL_SCALE}), less the
          findings, under any cap.
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Level</th>
            <th scope="col" className="number">
              Weight
            </th>
            <th scope="col" className="number">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {breakdown.contributions.map((item) => (
            <tr key={item.dimension}>
              <th scope="row">{item.name}</th>
              <td>{HIRING_LEVEL_LABEL[item.level]}</td>
              <td className="number">×{formatPoints(item.weight)}</td>
              <td className="number">{item.points}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Weighted mean
            </th>
            <td className="number">{formatPoints(breakdown.weightedMean)}</td>
          </tr>
          {breakdown.findingsPenalty > 0 && (
            <tr>
              <th scope="row" colSpan={3}>
                Findings to probe
              </th>
              <td className="number">−{breakdown.findingsPenalty}</td>
            </tr>
          )}
          <tr>
            <th scope="row" colSpan={3}>
              Score
            </th>
            <td className="number">{breakdown.score}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    {breakdown.caps.length > 0 && (
      <ol className="score-breakdown-list" aria-label="Caps on the score">
        {breakdown.caps.map((cap) => (
          <li
            key={cap.source}
            className={`card score-breakdown-cap${cap.binding ? ' score-breakdown-cap-binding' : ''}`}
          >
            <p className="score-breakdown-line">
              <strong>{sourceName(cap.source)}</strong> caps the score below {cap.ceiling} (at most{' '}
              {HIRING_LEVEL_LABEL[cap.maxLevel]}){cap.binding ? ', and held this one down' : ''}:{' '}
              {cap.reason}
            </p>
            <QuoteButtons evidence={cap.evidence} onQuote={onQuote} />
          </li>
        ))}
      </ol>
    )}
    {breakdown.discountedFigures.length > 0 && (
      <ul className="score-breakdown-list" aria-label="Figures not counted as impact">
        {breakdown.discountedFigures.map((figure) => (
          <li
            key={`${figure.evidence.turn}:${figure.evidence.start}`}
            className="card score-breakdown-cap"
          >
            <p className="score-breakdown-line">{figure.reason}</p>
            <QuoteButtons evidence={[figure.evidence]} onQuote={onQuote} />
          </li>
        ))}
      </ul>
    )}
  </section>
);
