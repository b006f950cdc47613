import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ScorePoint {
  /** Seconds since the epoch, as uPlot expects. */
  readonly time: number;
  readonly score: number;
}

const cssVar = (name: string, fallback: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** Scores over time as a line; the 60–75 band ("Hire") is drawn as a guide. */
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
        scales: { y: { range: [0, 100] } },
        axes: [axis, { ...axis, values: (_plot, ticks) => ticks.map((tick) => String(tick)) }],
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
      [points.map((point) => point.time), points.map((point) => point.score)],
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
