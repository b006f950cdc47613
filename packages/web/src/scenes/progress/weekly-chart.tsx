import type { Series } from '@onsite/core';
import { useId, useMemo } from 'react';
import type uPlot from 'uplot';
import { InlineCode } from '../../components/inline-code';
import { UplotChart } from '../../components/uplot-chart';
import {
  DIRECTION_COPY,
  formatDay,
  formatMeasure,
  levelName,
  seriesColumns,
  type SeriesScale,
} from './series';

const HALF_WEEK = 3.5;
/** Tick steps in whole seconds and minutes, and in whole counts (no "2.5 hints"). */
const MS_STEPS = [1, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600].map(
  (seconds) => seconds * 1000,
);
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100];

/** Up to `most` of the weeks, evenly picked, always the first and the last: the x ticks. */
const tickWeeks = (days: readonly number[], most: number): number[] => {
  if (days.length <= most) return [...days];
  const step = (days.length - 1) / (most - 1);
  return Array.from({ length: most }, (_, index) => days[Math.round(index * step)] ?? 0);
};

const yRange = (scale: SeriesScale, values: readonly number[]): [number, number] => {
  if (scale === 'score') return [0, 100];
  if (scale === 'level') return [0.6, 4.4];
  const top = Math.max(...values, scale === 'count' ? 3 : 60_000);
  return [0, top * 1.15];
};

/** An axis tick: levels by name, times in whole minutes (or seconds under a minute), so ticks stay short. */
const formatTick = (scale: SeriesScale, value: number): string => {
  if (scale !== 'ms') return formatValue(scale, value);
  return value >= 60_000 || value === 0
    ? `${Math.round(value / 60_000)} min`
    : `${Math.round(value / 1000)} s`;
};

const formatValue = (scale: SeriesScale, value: number): string =>
  scale === 'score'
    ? String(Math.round(value))
    : scale === 'level'
      ? levelName(Math.round(value))
      : formatMeasure(value, scale);

/** A trend's direction as an arrow and a word, never colour alone. */
export const DirectionTag = ({ series }: { series: Series }) => {
  const copy = DIRECTION_COPY[series.direction];
  return (
    <span className={`direction direction-${series.direction}`}>
      <span aria-hidden="true">{copy.arrow}</span> {copy.word}
    </span>
  );
};

/**
 * One weekly series over the weeks, with its sentence beside it: what the chart says in words,
 * which screen readers hear as the chart's description.
 */
export const WeeklyChart = ({
  series,
  scale,
  height = 200,
  title,
}: {
  series: Series;
  scale: SeriesScale;
  height?: number;
  /** Shown above the chart; the series' label when not given. */
  title?: string;
}) => {
  const sentenceId = useId();
  const data = useMemo<uPlot.AlignedData>(() => seriesColumns(series), [series]);
  const [days] = seriesColumns(series);
  const first = days[0] ?? 0;
  const last = days.at(-1) ?? first;
  const heading = title ?? series.label;
  return (
    <figure className="trend">
      <figcaption className="trend-head">
        <span className="trend-title">{heading}</span>
        <DirectionTag series={series} />
      </figcaption>
      <UplotChart
        label={`${heading} per week, ${series.points.length} ${series.points.length === 1 ? 'week' : 'weeks'}`}
        describedBy={sentenceId}
        height={height}
        data={data}
        options={({ accent, axis }) => ({
          legend: { show: false },
          cursor: { drag: { x: false, y: false }, points: { size: 8 } },
          scales: {
            x: { time: false, range: [first - HALF_WEEK, last + HALF_WEEK] },
            y: { range: yRange(scale, data[1] as number[]) },
          },
          axes: [
            {
              ...axis,
              splits: (plot) => tickWeeks(days, Math.max(2, Math.floor(plot.bbox.width / 160))),
              values: (_plot, ticks) => ticks.map(formatDay),
            },
            {
              ...axis,
              size: scale === 'level' ? 96 : scale === 'ms' ? 64 : 52,
              splits: scale === 'level' ? () => [1, 2, 3, 4] : undefined,
              incrs: scale === 'ms' ? MS_STEPS : scale === 'count' ? COUNT_STEPS : undefined,
              values: (_plot, ticks) => ticks.map((tick) => formatTick(scale, tick)),
            },
          ],
          series: [
            {},
            {
              label: heading,
              stroke: accent,
              width: 2,
              spanGaps: true,
              points: { show: true, size: 7, fill: accent, stroke: accent },
              value: (_plot, value) => formatValue(scale, value),
            },
          ],
        })}
      />
      <p id={sentenceId} className="trend-sentence">
        <InlineCode text={series.sentence} />
      </p>
    </figure>
  );
};
