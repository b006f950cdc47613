import type { KindTrends } from '@onsite/core';
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { UplotChart } from '../../components/uplot-chart';
import { seriesColumns } from '../progress/series';
import { DirectionTag } from '../progress/weekly-chart';

const sparkRange = (values: readonly number[]): [number, number] => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max(8, (high - low) * 0.2);
  return [Math.max(0, low - pad), Math.min(100, high + pad)];
};

const Sparkline = ({ trends }: { trends: KindTrends }) => {
  const data = useMemo<uPlot.AlignedData>(() => seriesColumns(trends.score), [trends.score]);
  const last = trends.score.points.at(-1);
  return (
    <li className="sparkline-item">
      <div className="sparkline-text">
        <span className="sparkline-label">{trends.label}</span>
        <span className="sparkline-value">{last === undefined ? '–' : Math.round(last.value)}</span>
        <DirectionTag series={trends.score} />
      </div>
      <UplotChart
        className="sparkline"
        label={`${trends.label} score per week: ${trends.score.sentence}`}
        height={36}
        data={data}
        fontSizePx={10}
        options={({ accent }) => ({
          legend: { show: false },
          cursor: { show: false },
          padding: [4, 4, 4, 4],
          // Close to the line's own range, so a small trend is visible in 36 px.
          scales: { x: { time: false }, y: { range: sparkRange(data[1] as number[]) } },
          axes: [{ show: false }, { show: false }],
          series: [
            {},
            {
              stroke: accent,
              width: 2,
              spanGaps: true,
              points: { show: data[0].length <= 2, size: 5, fill: accent, stroke: accent },
            },
          ],
        })}
      />
    </li>
  );
};

/** Today's small trend lines, one per round kind: the weekly score, its direction and its latest value. */
const TrendSparklines = ({ trends }: { trends: readonly KindTrends[] }) => (
  <ul className="sparklines">
    {trends.map((each) => (
      <Sparkline key={each.kind} trends={each} />
    ))}
  </ul>
);

export default TrendSparklines;
