import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTheme } from '../theme';
import { chartTheme, type ChartTheme } from './chart-theme';

export interface UplotChartProps {
  /** What the chart shows, for screen readers (the chart itself is a picture to them). */
  readonly label: string;
  /** The id of the sentence that says the chart in words. */
  readonly describedBy?: string;
  readonly height: number;
  readonly data: uPlot.AlignedData;
  /** Built when the chart is drawn (again on a theme change), with the theme's colours. */
  readonly options: (theme: ChartTheme) => Omit<uPlot.Options, 'width' | 'height'>;
  /** Axis and label font size. */
  readonly fontSizePx?: number;
  readonly className?: string;
}

/**
 * One uPlot chart as wide as its box: drawn again when the theme changes (its colours are read from
 * the theme's CSS variables when it is drawn) and resized with its box, so it fits a phone.
 * The box keeps its height while the chart is drawn: nothing below it moves.
 */
export const UplotChart = ({
  label,
  describedBy,
  height,
  data,
  options,
  fontSizePx = 12,
  className = 'chart',
}: UplotChartProps) => {
  const hostRef = useRef<HTMLDivElement>(null);
  const { theme } = useTheme();
  // Read when the chart is drawn: callers may build options inline without redrawing on every render.
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const widthOf = () => Math.max(Math.floor(host.clientWidth), 80);
    const plot = new uPlot(
      { ...optionsRef.current(chartTheme(fontSizePx)), width: widthOf(), height },
      data,
      host,
    );
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (widthOf() !== plot.width) plot.setSize({ width: widthOf(), height });
      });
    });
    observer.observe(host);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      plot.destroy();
    };
  }, [data, theme, height, fontSizePx]);

  return (
    <div
      ref={hostRef}
      className={className}
      style={{ minHeight: height }}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
    />
  );
};
