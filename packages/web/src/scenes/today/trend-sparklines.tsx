import type { KindTrends } from '@onsite/core';
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { UplotChart } from '../../components/uplot-chart';
import { seriesColumns } from '../progress/series';
import { DirectionTag } from '../progress/weekly-chart';

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
          scales: { x: { time: false }, y: { range: [0, 100] } },
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
