import {
  roundKinds,
  type KindTrends,
  type QuestionMeasures,
  type RecurringFlag,
} from '@onsite/core';
import { Link } from 'react-router';
import { InlineCode } from '../../components/inline-code';
import { formatDate, kindLabel } from '../../components/ui';
import { questionLink } from './weak-areas';
import { formatMeasure } from './series';
import { WeeklyChart } from './weekly-chart';

type MeasureSeries = KindTrends['measures'][number];

/** The flags that keep coming back: the chip the scorecard shows, how often, and the sentence. */
const RecurringFlags = ({ flags }: { flags: readonly RecurringFlag[] }) => (
  <ul className="recurring-flags">
    {flags.map((flag) => (
      <li key={flag.flag} className="recurring-flag">
        <span className="flag-chip flag-chip-static">{flag.label}</span>
        <span className="recurring-count">
          {flag.count} of {flag.outOf}
        </span>
        <span className="muted">
          <InlineCode text={flag.sentence} />
        </span>
      </li>
    ))}
  </ul>
);

/** One value per attempt, oldest first: "12 min → 7 min 30 s → 5 min". */
const attemptsIn = (question: QuestionMeasures, measure: MeasureSeries): string => {
  const values = question.attempts
    .map((attempt) => attempt.measures[measure.id])
    .filter((value): value is number => typeof value === 'number');
  if (values.length === 0) return '–';
  const shown = values.length > 4 ? values.slice(-4) : values;
  return `${values.length > 4 ? '… → ' : ''}${shown.map((value) => formatMeasure(value, measure.unit)).join(' → ')}`;
};

/** Each problem's own measures over its attempts (coding: time to first Accepted, failed submissions, hints). */
const PerQuestionTable = ({
  kind,
  questions,
  measures,
}: {
  kind: string;
  questions: readonly QuestionMeasures[];
  measures: readonly MeasureSeries[];
}) => (
  // A table scrolls inside its own box on a phone; the page never does.
  <div
    className="table-scroll"
    tabIndex={0}
    role="region"
    aria-label={`${kindLabel(kind)}: measures per problem`}
  >
    <table className="measure-table">
      <thead>
        <tr>
          <th scope="col">Problem</th>
          <th scope="col">Attempts</th>
          {measures.map((measure) => (
            <th key={measure.id} scope="col">
              {measure.label}
            </th>
          ))}
          <th scope="col">Last</th>
        </tr>
      </thead>
      <tbody>
        {questions.map((question) => {
          const last = question.attempts.at(-1);
          return (
            <tr key={question.questionId}>
              <th scope="row">
                <Link to={questionLink(question.questionId)}>
                  <bdi>{question.title}</bdi>
                </Link>
              </th>
              <td className="num">{question.attempts.length}</td>
              {measures.map((measure) => (
                <td key={measure.id} className="num">
                  {attemptsIn(question, measure)}
                </td>
              ))}
              <td>
                {last === undefined ? (
                  '–'
                ) : (
                  <Link to={`/rounds/${encodeURIComponent(last.roundId)}/scorecard`}>
                    {formatDate(last.finishedAt)}
                  </Link>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </div>
);

/** One round kind's trends: the score, each rubric dimension, the kind's own measures, flags that recur. */
export const KindTrendsSection = ({ trends }: { trends: KindTrends }) => {
  const headingId = `trends-${trends.kind}`;
  const noun = roundKinds.get(trends.kind)?.progress.noun;
  const roundsWord = trends.rounds === 1 ? (noun?.one ?? 'round') : (noun?.other ?? 'rounds');
  return (
    <section className="card kind-trends" aria-labelledby={headingId}>
      <header className="kind-trends-head">
        <h2 id={headingId}>{trends.label}</h2>
        <span className="muted small">
          {trends.rounds} {roundsWord} scored
        </span>
      </header>

      <div className="trend-wide">
        <WeeklyChart series={trends.score} scale="score" height={220} title="Overall score" />
      </div>

      {trends.dimensions.length > 0 && (
        <>
          <h3 className="trend-group-title">Rubric dimensions</h3>
          <div className="trend-grid">
            {trends.dimensions.map((series) => (
              <WeeklyChart key={series.id} series={series} scale="level" height={170} />
            ))}
          </div>
        </>
      )}

      {trends.measures.length > 0 && (
        <>
          <h3 className="trend-group-title">Measures</h3>
          <div className="trend-grid">
            {trends.measures.map((series) => (
              <WeeklyChart key={series.id} series={series} scale={series.unit} height={170} />
            ))}
          </div>
        </>
      )}

      {trends.perQuestion.length > 0 && trends.measures.length > 0 && (
        <>
          <h3 className="trend-group-title">Per problem</h3>
          <PerQuestionTable
            kind={trends.kind}
            questions={trends.perQuestion}
            measures={trends.measures}
          />
        </>
      )}

      <h3 className="trend-group-title">Flags that keep coming back</h3>
      {trends.recurringFlags.length === 0 ? (
        <p className="muted">
          No flag has come back in your recent {roundsWord}. Keep it that way.
        </p>
      ) : (
        <RecurringFlags flags={trends.recurringFlags} />
      )}
    </section>
  );
};
