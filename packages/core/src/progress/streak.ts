/**
 * The practice streak: local days with a finished round, in a row. One missed day between two
 * practised days is forgiven (life happens); two missed days in a row end the streak.
 */
import { addDays, daysBetween, localDate } from './calendar';
import type { PracticeRecord, Streak } from './types';

/**
 * The streak as of `now`. Days counts the practised days of the current run (a forgiven day is
 * not counted, it only keeps the run alive). Today not practised yet does not end it: the run is
 * alive while its last practised day is today, yesterday, or the day before (yesterday then
 * being the forgiven day); in that last case `atRisk` says missing today too would end it.
 */
export const streakOf = (
  records: readonly PracticeRecord[],
  options: { readonly now: string; readonly timeZone: string },
): Streak => {
  const nowMs = Date.parse(options.now);
  const today = localDate(options.now, options.timeZone);
  const practised = new Set<string>();
  for (const record of records) {
    if (Date.parse(record.finishedAt) <= nowMs)
      practised.add(localDate(record.finishedAt, options.timeZone));
  }
  const days = [...practised].sort();

  let best = 0;
  let run = 0;
  let forgiven: string | null = null;
  let previous: string | null = null;
  for (const day of days) {
    const gap = previous === null ? Number.POSITIVE_INFINITY : daysBetween(previous, day) - 1;
    if (gap <= 1) {
      run += 1;
      if (gap === 1 && previous !== null) forgiven = addDays(previous, 1);
    } else {
      run = 1;
      forgiven = null;
    }
    best = Math.max(best, run);
    previous = day;
  }

  const sinceLast = previous === null ? Number.POSITIVE_INFINITY : daysBetween(previous, today);
  const isAlive = sinceLast <= 2;
  return {
    days: isAlive ? run : 0,
    best,
    practisedToday: sinceLast === 0,
    forgivenDay: !isAlive ? null : sinceLast === 2 ? addDays(today, -1) : forgiven,
    atRisk: isAlive && sinceLast === 2,
  };
};
