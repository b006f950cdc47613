import { describeGrowthClaim, type ComplexityReport, type ComplexityState } from '@onsite/core';
import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartTheme } from '../../components/chart-theme';
import { Spinner } from '../../components/ui';
import {
  describeChart,
  describeGrowth,
  formatClass,
  formatDuration,
  formatSize,
  GROWTH_VERDICT,
} from './growth';

/**
 * After an Accepted submit: how the running time grew with the input size,
 * the fitted class next to the expected one, and the numbers behind it.
 * The measuring state keeps the report's height so nothing jumps when it lands.
 */
export const GrowthReport = ({
  complexity,
  expected,
}: {
  complexity: ComplexityState;
  expected: string | undefined;
}) => {
  const ids = useId();
  return (
    <section
      className="growth"
      aria-labelledby={`${ids}-title`}
      aria-busy={complexity.status === 'measuring'}
    >
      <h3 id={`${ids}-title`} className="growth-title">
        How your solution grows
      </h3>
      {complexity.status === 'measuring' ? (
        <div className="growth-measuring" role="status">
          <Spinner />
          <div>
            <strong>Measuring how your solution grows…</strong>
            <p className="muted small">
              It runs again on inputs of growing size; this takes a few seconds.
            </p>
          </div>
          {/* Holds the chart's place, so the report arriving does not push the tests down. */}
          <div className="skeleton growth-placeholder" aria-hidden="true" />
        </div>
      ) : complexity.status === 'failed' ? (
        <p className="growth-failed" role="status">
          <strong>The growth could not be measured.</strong> {complexity.message} Your verdict
          stands; submit again to retry.
        </p>
      ) : (
        <GrowthDetail report={complexity.report} expected={expected} />
      )}
    </section>
  );
};

const GrowthDetail = ({
  report,
  expected,
}: {
  report: ComplexityReport;
  expected: string | undefined;
}) => {
  const verdict = GROWTH_VERDICT[report.verdict];
  const growth = describeGrowth(report);
  const expectedText =
    report.expectedClass === null ? (expected ?? '—') : formatClass(report.expectedClass);
  // The same words the submissions table shows for this report: a class only when it is claimed.
  const claim = describeGrowthClaim(report);
  return (
    <div className="growth-detail" role="status">
      <div className="growth-classes">
        <div className="growth-class">
          <span className="growth-class-label">Yours</span>
          <span
            className={claim.isKnown ? 'growth-class-value' : 'growth-class-value muted'}
            data-testid="growth-fitted"
          >
            {claim.label}
          </span>
        </div>
        <div className="growth-class">
          <span className="growth-class-label">Expected</span>
          <span className="growth-class-value">{expectedText}</span>
        </div>
        <span className={`growth-verdict growth-${verdict.tone}`}>
          <span className="growth-dot" aria-hidden="true" />
          {verdict.label}
        </span>
      </div>
      <p className="growth-message">{report.message}</p>
      {growth !== null && <p className="muted small">{growth}</p>}
      {report.measurements.length > 0 && (
        <div className="growth-data">
          <GrowthChart report={report} />
          <table className="growth-table">
            <caption className="visually-hidden">Fastest running time per input size</caption>
            <thead>
              <tr>
                <th scope="col">n</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {report.measurements.map((point) => (
                <tr key={point.n}>
                  <td>{formatSize(point.n)}</td>
                  <td>{formatDuration(point.timeMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};

const CHART_HEIGHT = 180;

/** Time against n on plain axes, so a straight line reads as linear and a bend as worse. */
const GrowthChart = ({ report }: { report: ComplexityReport }) => {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const theme = chartTheme(11);
    const { accent } = theme;
    const axis = { ...theme.axis, labelSize: 18 };
    const width = () => Math.max(host.clientWidth, 220);
    const plot = new uPlot(
      {
        width: width(),
        height: CHART_HEIGHT,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: false },
          y: { range: (_plot, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
        },
        axes: [
          {
            ...axis,
            label: 'n (input size)',
            values: (_plot, ticks) =>
              ticks.map((tick) => (tick >= 1000 ? `${formatSize(tick / 1000)}k` : String(tick))),
          },
          {
            ...axis,
            label: 'ms',
            size: 48,
            values: (_plot, ticks) => ticks.map((tick) => String(Math.round(tick * 100) / 100)),
          },
        ],
        series: [
          {},
          {
            label: 'Time',
            stroke: accent,
            width: 2,
            points: { show: true, size: 6, fill: accent, stroke: accent },
          },
        ],
      },
      [
        report.measurements.map((point) => point.n),
        report.measurements.map((point) => point.timeMs),
      ],
      host,
    );
    const observer = new ResizeObserver(() =>
      plot.setSize({ width: width(), height: CHART_HEIGHT }),
    );
    observer.observe(host);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [report]);
  return (
    <div ref={hostRef} className="growth-chart" role="img" aria-label={describeChart(report)} />
  );
};
