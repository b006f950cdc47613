import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isCalendarDate,
  isKnownTimeZone,
  localDate,
  mondayOf,
} from './calendar';

describe('the candidate’s calendar', () => {
  it('counts a round for the day it was finished where the candidate lives', () => {
    expect(localDate('2026-03-02T23:30:00Z', 'Europe/Lisbon')).toBe('2026-03-02');
    expect(localDate('2026-03-02T23:30:00Z', 'Asia/Tokyo')).toBe('2026-03-03');
    expect(localDate('2026-03-03T02:00:00Z', 'America/Los_Angeles')).toBe('2026-03-02');
  });

  it('steps over month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
    expect(daysBetween('2027-01-08', '2026-12-25')).toBe(-14);
  });

  it('starts weeks on Monday', () => {
    expect(mondayOf('2026-12-04')).toBe('2026-11-30'); // a Friday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
  });

  it('tells real dates and time zones from made-up ones', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(isKnownTimeZone('Europe/Lisbon')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});
