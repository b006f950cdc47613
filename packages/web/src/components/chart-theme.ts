/**
 * The colours and axis style every uPlot chart shares, read from the theme's
 * CSS variables when the chart is drawn, so charts follow light and dark mode.
 */
const cssVar = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

export interface ChartTheme {
  readonly accent: string;
  /** Spread into each uPlot axis: tick labels, grid and tick lines in the theme's colours. */
  readonly axis: {
    stroke: string;
    grid: { stroke: string; width: number };
    ticks: { stroke: string; width: number };
    font: string;
    labelFont: string;
  };
}

export const chartTheme = (fontSizePx: number): ChartTheme => {
  const grid = cssVar('--border', '#e3e3e8');
  const font = `${String(fontSizePx)}px Inter Variable, system-ui`;
  return {
    accent: cssVar('--accent', '#4f46e5'),
    axis: {
      stroke: cssVar('--text-3', '#62626f'),
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
      font,
      labelFont: font,
    },
  };
};
