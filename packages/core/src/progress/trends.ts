import type { RoundRegistry } from '../rounds/registry';
import { HIRING_LEVEL_LABEL, type Evaluation, type HiringLevel } from '../rounds/types';
import { daysBetween, localDate, mondayOf } from './calendar';
import type {
  Direction,
  KindProgressTraits,
  KindTrends,
  MeasureDefinition,
  PracticeRecord,
  QuestionMeasures,
  RecurringFlag,
  Series,
  WeeklyPoint,
} from './types';

/** What every progress view over the history takes: `now` (ISO) and the candidate's time zone. */
export interface ProgressOptions {
  readonly registry: RoundRegistry<Evaluation>;
  readonly now: string;
  readonly timeZone: string;
}

/**
 * A series moves when its least-squares slope (per week) is steeper than the smallest change a
 * person would call a change, spread over the weeks the series spans: |slope| × span > change.
 * The bar is on the whole move rather than a fixed steepness, so a slow climb over months counts
 * as surely as a quick one over weeks (three levels in 36 weeks is 0.08 a level a week, and no
 * candidate would call it steady).
 * - Score: 8 points, a third of a level's band (bands are ~23 points wide: 38, 62, 84); one
 *   round's score moves ±10 with the question, and weekly averages halve that.
 * - Levels (1–4): half a level, the least move that can change the nearest level named.
 * - A kind's own measures have no common scale (minutes, counts near zero), so theirs is relative:
 *   20% of the series' mean. A series of zeros never moves.
 */
const SCORE_CHANGE = 8;
const LEVEL_CHANGE = 0.5;
const MEASURE_RELATIVE_CHANGE = 0.2;
/** Fewer rounds, or fewer distinct weeks, cannot show a trend. */
const MIN_ROUNDS = 3;
const MIN_WEEKS = 2;
/** Recurring flags are read over a kind's last rounds: "in 6 of your last 8 stories". */
const RECURRING_WINDOW = 8;
const RECURRING_MIN_COUNT = 3;

const TOO_FEW = 'Too few rounds yet to tell.';

/** A record with what every view needs computed once: its instant, local day and week's Monday. */
export interface DatedRecord {
  readonly record: PracticeRecord;
  readonly at: number;
  readonly day: string;
  readonly week: string;
}

/**
 * The rounds finished by `now`, oldest first, each with its local week. Linear apart from the
 * sort; dates repeat a lot in a history, so each distinct local date's Monday is computed once.
 */
export const datedRecords = (
  records: readonly PracticeRecord[],
  now: string,
  timeZone: string,
): DatedRecord[] => {
  const nowMs = Date.parse(now);
  const mondays = new Map<string, string>();
  const dated: DatedRecord[] = [];
  for (const record of records) {
    const at = Date.parse(record.finishedAt);
    if (!(at <= nowMs)) continue;
    const day = localDate(record.finishedAt, timeZone);
    let week = mondays.get(day);
    if (week === undefined) {
      week = mondayOf(day);
      mondays.set(day, week);
    }
    dated.push({ record, at, day, week });
  }
  return dated.sort(
    (a, b) =>
      a.at - b.at ||
      (a.record.roundId < b.record.roundId ? -1 : a.record.roundId > b.record.roundId ? 1 : 0),
  );
};

/** The hiring level a value on the 1–4 scale is closest to, by name. */
export const levelName = (value: number): string =>
  HIRING_LEVEL_LABEL[Math.min(4, Math.max(1, Math.round(value))) as HiringLevel];

/** Averages per week, weeks in order. `values` are [week, value] in any order. */
const weekly = (values: readonly (readonly [string, number])[]): WeeklyPoint[] => {
  const sums = new Map<string, { total: number; rounds: number }>();
  for (const [week, value] of values) {
    const sum = sums.get(week) ?? { total: 0, rounds: 0 };
    sum.total += value;
    sum.rounds += 1;
    sums.set(week, sum);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([week, { total, rounds }]) => ({ week, value: total / rounds, rounds }));
};

interface Fit {
  readonly slopePerWeek: number;
  /** The fitted line at the first and the last week. */
  readonly start: number;
  readonly end: number;
  /** Weeks from the first to the last point, both counted. */
  readonly weeks: number;
  readonly mean: number;
}

/** The least-squares line through the weekly points, x in weeks from the first (gaps count). */
const fit = (points: readonly WeeklyPoint[]): Fit | null => {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return null;
  const xs = points.map((point) => daysBetween(first.week, point.week) / 7);
  const n = points.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const mean = points.reduce((sum, point) => sum + point.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  points.forEach((point, index) => {
    const dx = (xs[index] ?? 0) - meanX;
    covariance += dx * (point.value - mean);
    variance += dx * dx;
  });
  const slopePerWeek = variance === 0 ? 0 : covariance / variance;
  const span = xs.at(-1) ?? 0;
  return {
    slopePerWeek,
    start: mean - slopePerWeek * meanX,
    end: mean + slopePerWeek * (span - meanX),
    weeks: span + 1,
    mean,
  };
};

interface Trend {
  readonly direction: Direction;
  readonly fit: Fit | null;
  /** Which way the line goes, whatever is better: for the verb ("rose", "fell"). */
  readonly moved: 'up' | 'down' | 'flat';
}

const trendOf = (
  points: readonly WeeklyPoint[],
  /** The least whole move over the span that counts as a change (see SCORE_CHANGE). */
  change: number,
  better: MeasureDefinition['better'],
): Trend => {
  const rounds = points.reduce((sum, point) => sum + point.rounds, 0);
  const line = fit(points);
  if (line === null || rounds < MIN_ROUNDS || points.length < MIN_WEEKS)
    return { direction: 'too-few', fit: line, moved: 'flat' };
  if (Math.abs(line.slopePerWeek) * (line.weeks - 1) <= change)
    return { direction: 'steady', fit: line, moved: 'flat' };
  const moved = line.slopePerWeek > 0 ? 'up' : 'down';
  const isBetter = (moved === 'up') === (better === 'higher');
  return { direction: isBetter ? 'improving' : 'declining', fit: line, moved };
};

const weeksText = (weeks: number): string => `${weeks} week${weeks === 1 ? '' : 's'}`;

/** How a series' values read: each value, then words after the change ("per problem") or the span ("over 4 weeks"). */
interface Wording {
  readonly format: (value: number) => string;
  /** " per problem" after a measure's values; empty for levels and the score. */
  readonly per: string;
  /** Whether to say the weeks the trend spans. */
  readonly saysWeeks: boolean;
}

/**
 * "Testing rose from Lean no hire to Hire over 4 weeks.", "Failed submissions fell from 3 to 1
 * per problem." The ends are the fitted line's, not the first and last week's averages: one lucky
 * week does not make the sentence contradict the trend.
 */
const sentenceOf = (label: string, trend: Trend, wording: Wording): string => {
  const { fit: line } = trend;
  if (trend.direction === 'too-few' || line === null) return TOO_FEW;
  const { format, per } = wording;
  const over = wording.saysWeeks ? ` over ${weeksText(line.weeks)}` : '';
  if (trend.moved === 'flat') return `${label} held steady at ${format(line.mean)}${per}${over}.`;
  const from = format(line.start);
  const to = format(line.end);
  if (from === to)
    return `${label} ${trend.moved === 'up' ? 'edged up' : 'edged down'}${over}, still ${to}${per}.`;
  return `${label} ${trend.moved === 'up' ? 'rose' : 'fell'} from ${from} to ${to}${per}${over}.`;
};

const seriesOf = (
  id: string,
  label: string,
  points: readonly WeeklyPoint[],
  scale: { readonly change: number; readonly better: MeasureDefinition['better'] },
  wording: Wording,
): Series => {
  const trend = trendOf(points, scale.change, scale.better);
  return {
    id,
    label,
    points,
    direction: trend.direction,
    sentence: sentenceOf(label, trend, wording),
  };
};

/**
 * A measure's value as a person reads it: "12 min", "45 s", "3", "0.5". Counts are averages per
 * round: whole numbers read at a glance, tenths only below one, where they are all there is.
 */
export const formatMeasure = (value: number, unit: MeasureDefinition['unit']): string => {
  const positive = Math.max(0, value);
  if (unit === 'count')
    return String(positive < 0.95 ? Math.round(positive * 10) / 10 : Math.round(positive));
  const seconds = Math.round(positive / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
};

/** A flag in at least 3 of the last 8 rounds, or in half of them when there are only 3 to 7. */
const recurringFlagsOf = (
  dated: readonly DatedRecord[],
  kind: { readonly flags: Readonly<Record<string, { readonly label: string }>> },
  noun: KindProgressTraits['noun'],
): RecurringFlag[] => {
  const window = dated.slice(-RECURRING_WINDOW);
  const outOf = window.length;
  if (outOf < MIN_ROUNDS) return [];
  const threshold = Math.min(RECURRING_MIN_COUNT, Math.ceil(outOf / 2));
  const counts = new Map<string, number>();
  for (const { record } of window)
    for (const flag of new Set(record.flags)) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, count]) => count >= threshold)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .map(([flag, count]) => {
      const label = kind.flags[flag]?.label ?? flag;
      return {
        flag,
        label,
        count,
        outOf,
        sentence: `“${label}” in ${count} of your last ${outOf} ${noun.other}`,
      };
    });
};

const perQuestionOf = (dated: readonly DatedRecord[]): QuestionMeasures[] => {
  const byQuestion = new Map<string, DatedRecord[]>();
  for (const entry of dated) {
    const { questionId } = entry.record;
    if (questionId === null) continue;
    const attempts = byQuestion.get(questionId) ?? [];
    attempts.push(entry);
    byQuestion.set(questionId, attempts);
  }
  // Most recently practised first; attempts stay oldest first (dated is sorted).
  return [...byQuestion.entries()]
    .sort(([a, attemptsA], [b, attemptsB]) => {
      const lastA = attemptsA.at(-1)?.at ?? 0;
      const lastB = attemptsB.at(-1)?.at ?? 0;
      return lastB - lastA || (a < b ? -1 : 1);
    })
    .map(([questionId, attempts]) => ({
      questionId,
      title: attempts.at(-1)?.record.title ?? questionId,
      attempts: attempts.map(({ record }) => ({
        roundId: record.roundId,
        finishedAt: record.finishedAt,
        measures: record.measures,
      })),
    }));
};

/**
 * Each registered kind's trends over the rounds finished by `now`, in registry order; a kind with
 * no round yet is left out, and so are rounds of a kind the registry no longer holds. Weeks start
 * on Monday in `timeZone`; a week with no round has no point.
 */
export const buildTrends = (
  records: readonly PracticeRecord[],
  options: ProgressOptions,
): KindTrends[] => {
  const byKind = new Map<string, DatedRecord[]>();
  for (const entry of datedRecords(records, options.now, options.timeZone)) {
    const list = byKind.get(entry.record.kind) ?? [];
    list.push(entry);
    byKind.set(entry.record.kind, list);
  }
  return options.registry.kinds.flatMap((kind): KindTrends[] => {
    const dated = byKind.get(kind.id);
    if (dated === undefined || dated.length === 0) return [];
    const { noun } = kind.progress;

    const score = seriesOf(
      'score',
      'Overall score',
      weekly(dated.map(({ week, record }) => [week, record.score])),
      { change: SCORE_CHANGE, better: 'higher' },
      {
        format: (value) => String(Math.round(Math.min(100, Math.max(0, value)))),
        per: '',
        saysWeeks: true,
      },
    );

    const levels = new Map<string, [string, number][]>();
    for (const { week, record } of dated)
      for (const dimension of record.dimensions) {
        const list = levels.get(dimension.id) ?? [];
        list.push([week, dimension.level]);
        levels.set(dimension.id, list);
      }
    const dimensions = Object.entries(kind.dimensions).map(([id, name]) =>
      seriesOf(
        id,
        name,
        weekly(levels.get(id) ?? []),
        { change: LEVEL_CHANGE, better: 'higher' },
        { format: levelName, per: '', saysWeeks: true },
      ),
    );

    const measures = Object.entries(kind.progress.measures).map(([id, definition]) => {
      const points = weekly(
        dated.flatMap(({ week, record }): [string, number][] => {
          const value = record.measures[id];
          return typeof value === 'number' ? [[week, value]] : [];
        }),
      );
      const mean = points.reduce((sum, point) => sum + point.value, 0) / (points.length || 1);
      const series = seriesOf(
        id,
        definition.label,
        points,
        { change: Math.abs(mean) * MEASURE_RELATIVE_CHANGE, better: definition.better },
        {
          format: (value) => formatMeasure(value, definition.unit),
          per: ` per ${noun.one}`,
          saysWeeks: false,
        },
      );
      return { ...series, unit: definition.unit };
    });

    return [
      {
        kind: kind.id,
        label: kind.label,
        rounds: dated.length,
        score,
        dimensions,
        measures,
        perQuestion: measures.length === 0 ? [] : perQuestionOf(dated),
        recurringFlags: recurringFlagsOf(dated, kind, noun),
      },
    ];
  });
};
