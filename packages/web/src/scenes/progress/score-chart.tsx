import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ScorePoint {
  /** 1 for the first scored round, 2 for the next… */
  readonly round: number;
  readonly score: number;
}

const cssVar = (name: string, fallback: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** Scores round by round, oldest first, as a line. */
export const ScoreChart = ({ points, label }: { points: readonly ScorePoint[]; label: string }) => {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const accent = cssVar('--accent', '#4f46e5');
    const grid = cssVar('--border', '#e3e3e8');
    const text = cssVar('--text-3', '#62626f');
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '12px Inter Variable, system-ui' };
    const plot = new uPlot(
      {
        width: Math.max(host.clientWidth, 280),
        height: 260,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false, range: [0.5, Math.max(points.length, 1) + 0.5] }, y: { range: [0, 100] } },
        axes: [
          // Whole rounds only: no "1.5" ticks.
          { ...axis, label: 'Round', labelFont: axis.font, incrs: [1, 2, 5, 10, 20, 50, 100], values: (_plot, ticks) => ticks.map((tick) => String(tick)) },
          { ...axis, label: 'Score', labelFont: axis.font, values: (_plot, ticks) => ticks.map((tick) => String(tick)) },
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
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(host.clientWidth, 280), height: 260 }));
    observer.observe(host);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [points]);
  return <div ref={hostRef} className="chart" role="img" aria-label={label} />;
};
