/**
 * Days as the candidate lives them: a round finished at 23:30 in Lisbon counts for that day, not
 * the next one in UTC. Dates are plain 'YYYY-MM-DD' strings (they sort and compare as text);
 * instants are ISO strings. Pure: the time zone is an argument, never the machine's.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** Whether the runtime knows the IANA time zone (e.g. 'Europe/Lisbon'). */
export const isKnownTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

/**
 * Dates already worked out, per time zone and ISO instant: the dashboard asks for the date of each
 * finished round in several views, and Intl's format costs microseconds a call (about a fifth of
 * building a 2 000-round dashboard). A memo of a pure function: the answers are the same. Cleared
 * when it grows past a bound, so a long-running server keeps it small.
 */
const datesByZone = new Map<string, Map<string, string>>();
const MEMO_DATES = 50_000;
let memoSize = 0;

/** The candidate's calendar date of an instant. */
export const localDate = (instant: string | Date, timeZone: string): string => {
  if (typeof instant !== 'string') return formatterFor(timeZone).format(instant);
  let dates = datesByZone.get(timeZone);
  const known = dates?.get(instant);
  if (known !== undefined) return known;
  const date = formatterFor(timeZone).format(new Date(instant));
  if (memoSize >= MEMO_DATES) {
    datesByZone.clear();
    memoSize = 0;
    dates = undefined;
  }
  if (dates === undefined) {
    dates = new Map();
    datesByZone.set(timeZone, dates);
  }
  dates.set(instant, date);
  memoSize += 1;
  return date;
};

const MS_PER_DAY = 86_400_000;
const toUtcMidnight = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtcMidnight = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The date `days` days after `date` (negative goes back). */
export const addDays = (date: string, days: number): string =>
  fromUtcMidnight(toUtcMidnight(date) + days * MS_PER_DAY);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / MS_PER_DAY);

/** The Monday of the date's week: weeks in trends and plans start on Monday. */
export const mondayOf = (date: string): string => {
  const weekday = new Date(toUtcMidnight(date)).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(date, -((weekday + 6) % 7));
};

/** Whether the string is a real calendar date written YYYY-MM-DD. */
export const isCalendarDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/u.test(value) && fromUtcMidnight(toUtcMidnight(value)) === value;
