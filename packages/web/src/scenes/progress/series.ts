import { HIRING_LEVEL_LABEL, type Direction, type HiringLevel, type Series } from '@onsite/core';

/** What a weekly series measures, which decides its axis: a 0–100 score, a level 1–4, or a kind's own measure. */
export type SeriesScale = 'score' | 'level' | 'ms' | 'count';

const DAY_MS = 86_400_000;

/** A week's Monday (YYYY-MM-DD) as a day number, so weeks sit a week apart on the x axis. */
export const dayNumber = (isoDate: string): number =>
  Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

const weekFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
/** "Dec 1": a day number as people read it (the date is a calendar date, so it is read in UTC). */
export const formatDay = (day: number): string => weekFormat.format(new Date(day * DAY_MS));

/** A calendar date (YYYY-MM-DD) as "Dec 1". */
export const formatCalendarDate = (isoDate: string): string => formatDay(dayNumber(isoDate));

/** The series as uPlot's columns: day numbers, then values. */
export const seriesColumns = (series: Series): [number[], number[]] => [
  series.points.map((point) => dayNumber(point.week)),
  series.points.map((point) => point.value),
];

/** 95 000 → "1 min 35 s"; 4 → "4". */
export const formatMeasure = (value: number, unit: 'ms' | 'count'): string => {
  if (unit === 'count') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  const seconds = Math.round(value / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
};

/** A level axis tick (1–4) as its name; anything between levels has no label. */
export const levelName = (value: number): string =>
  Number.isInteger(value) && value >= 1 && value <= 4
    ? HIRING_LEVEL_LABEL[value as HiringLevel]
    : '';

export const DIRECTION_COPY: Readonly<Record<Direction, { word: string; arrow: string }>> = {
  improving: { word: 'Improving', arrow: '↗' },
  declining: { word: 'Slipping', arrow: '↘' },
  steady: { word: 'Steady', arrow: '→' },
  'too-few': { word: 'Too few weeks', arrow: '·' },
};
