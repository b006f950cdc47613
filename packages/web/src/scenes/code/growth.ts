import {
  formatComplexityClass,
  type ComplexityClass,
  type ComplexityReport,
  type ComplexityVerdict,
} from '@onsite/core';

/**
 * Words and tones for the growth report shown after an Accepted submit. The
 * verdict always has a word next to its colour.
 */
export type GrowthTone = 'good' | 'ok' | 'bad' | 'neutral';

export const GROWTH_VERDICT: Readonly<
  Record<ComplexityVerdict, { readonly label: string; readonly tone: GrowthTone }>
> = {
  'as-expected': { label: 'As expected', tone: 'good' },
  'slower-than-expected': { label: 'Slower than expected', tone: 'bad' },
  faster: { label: 'Faster than expected', tone: 'ok' },
  inconclusive: { label: 'Inconclusive', tone: 'neutral' },
};

/** `O(n²)`, or a dash when no class could be fitted or none is expected. */
export const formatClass = (value: ComplexityClass | null): string =>
  value === null ? '—' : formatComplexityClass(value);

const sizeFormat = new Intl.NumberFormat('en-US');
/** Input sizes as people read them: 128,000. */
export const formatSize = (n: number): string => sizeFormat.format(n);

/** Times with the precision that means something at their scale: 0.42 ms, 12.3 ms, 240 ms, 1.25 s. */
export const formatDuration = (ms: number): string => {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
};

/** How much the time grew when n grew, from the first to the last measurement: "n ×32, time ×30". */
export const describeGrowth = (report: Pick<ComplexityReport, 'measurements'>): string | null => {
  const first = report.measurements[0];
  const last = report.measurements.at(-1);
  if (
    first === undefined ||
    last === undefined ||
    first === last ||
    first.n <= 0 ||
    first.timeMs <= 0
  )
    return null;
  const times = (value: number) => (value >= 10 ? Math.round(value).toString() : value.toFixed(1));
  return `n grew ×${times(last.n / first.n)}, time ×${times(last.timeMs / first.timeMs)}`;
};

/** A one-line alternative to the chart, for screen readers. */
export const describeChart = (report: Pick<ComplexityReport, 'measurements'>): string =>
  `Running time at ${report.measurements.length} input sizes: ${report.measurements.map((point) => `${formatDuration(point.timeMs)} at n = ${formatSize(point.n)}`).join(', ')}`;
