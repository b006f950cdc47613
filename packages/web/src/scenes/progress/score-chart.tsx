import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartTheme } from '../../components/chart-theme';
import { useTheme } from '../../theme';

export interface ScorePoint {
  /** 1 for the first scored round, 2 for the next… */
  readonly round: number;
  readonly score: number;
}

/** Scores round by round, oldest first, as a line. */
export const ScoreChart = ({ points, label }: { points: readonly ScorePoint[]; label: string }) => {
  const hostRef = useRef<HTMLDivElement>(null);
  const { theme } = useTheme();
  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const { accent, axis } = chartTheme(12);
    const plot = new uPlot(
      {
        width: Math.max(host.clientWidth, 280),
        height: 260,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: false, range: [0.5, Math.max(points.length, 1) + 0.5] },
          y: { range: [0, 100] },
        },
        axes: [
          // Whole rounds only: no "1.5" ticks.
          {
            ...axis,
            label: 'Round',
            incrs: [1, 2, 5, 10, 20, 50, 100],
            values: (_plot, ticks) => ticks.map((tick) => String(tick)),
          },
          { ...axis, label: 'Score', values: (_plot, ticks) => ticks.map((tick) => String(tick)) },
        ],
        series: [
          {},
          {
            label: 'Score',
            stroke: accent,
            width: 2,
            points: { show: true, size: 7, fill: accent, stroke: accent },
          },
        ],
      },
      [points.map((point) => point.round), points.map((point) => point.score)],
      host,
    );
    const observer = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(host.clientWidth, 280), height: 260 }),
    );
    observer.observe(host);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
    // Redrawn when the theme changes: the chart's colours are read from the theme when it is drawn.
  }, [points, theme]);
  return <div ref={hostRef} className="chart" role="img" aria-label={label} />;
};
