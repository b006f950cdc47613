import { z } from 'zod';
import {
  COMPANIES,
  isCalendarDate,
  isKnownTimeZone,
  ROUND_KINDS,
  type HiringLevel,
  type HistoryFilter,
} from '@onsite/core';
import { ListQuerySchema } from '../sessions/schema';

/** An IANA time zone the runtime knows; days (streaks, weeks, date filters) are counted in it. */
const TimeZoneSchema = z
  .string()
  .max(64, 'the time zone is too long')
  .refine(isKnownTimeZone, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a time zone this server knows; use an IANA name such as Europe/Lisbon`,
  })
  .default('UTC');

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
const calendarDate = (what: string) =>
  z.string().refine(isCalendarDate, {
    error: (issue) => `${what} ${JSON.stringify(issue.input)} is not a date written YYYY-MM-DD`,
  });

const LEVELS = ['1', '2', '3', '4'] as const;

export const ProgressQuerySchema = z.object({ timeZone: TimeZoneSchema }).strict();

/** The history's filters (all optional, combined with AND), the time zone dates are in, and the page. */
export const HistoryQuerySchema = ListQuerySchema.extend({
  kind: z
    .string()
    .max(60)
    .refine((value) => (ROUND_KINDS as readonly string[]).includes(value), {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a round kind (one of ${ROUND_KINDS.join(', ')})`,
    })
    .optional(),
  questionId: z.string().min(1).max(200).optional(),
  /** A topic id of any type: a pattern, a principle, a competency. */
  topic: z.string().min(1).max(120).optional(),
  /** A hiring level, 1 (No hire) to 4 (Strong hire). */
  level: z
    .enum(LEVELS, { error: 'the level is a number from 1 (No hire) to 4 (Strong hire)' })
    .transform((value) => Number(value) as HiringLevel)
    .optional(),
  from: calendarDate('from').optional(),
  to: calendarDate('to').optional(),
  search: z.string().max(200, 'the search is too long (at most 200 characters)').optional(),
  timeZone: TimeZoneSchema,
})
  .strict()
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    message: 'from is after to',
    path: ['from'],
  });
export type HistoryQuery = z.output<typeof HistoryQuerySchema>;

/** The query's filters as core's HistoryFilter (empty search left out). */
export const toHistoryFilter = (query: HistoryQuery): HistoryFilter => ({
  ...(query.kind === undefined ? {} : { kind: query.kind }),
  ...(query.questionId === undefined ? {} : { questionId: query.questionId }),
  ...(query.topic === undefined ? {} : { topic: query.topic }),
  ...(query.level === undefined ? {} : { level: query.level }),
  ...(query.from === undefined ? {} : { from: query.from }),
  ...(query.to === undefined ? {} : { to: query.to }),
  ...(query.search === undefined || query.search.trim() === ''
    ? {}
    : { search: query.search.trim() }),
});

/** Two rounds to put side by side: attempts at the same question. */
export const CompareQuerySchema = z
  .object({
    a: z.string({ error: 'give the first round id as a' }).min(1).max(200),
    b: z.string({ error: 'give the second round id as b' }).min(1).max(200),
  })
  .strict();

/** The study plan's settings: the interview date, whose loop, and the hours a week. */
export const PlanSettingsSchema = z
  .object({
    targetDate: z
      .string({ error: 'give the interview date as YYYY-MM-DD' })
      .refine(isCalendarDate, 'the interview date is not a date written YYYY-MM-DD'),
    loop: z.enum(['general', ...COMPANIES], {
      error: `the loop is "general" or a company (${COMPANIES.join(', ')})`,
    }),
    hoursPerWeek: z
      .number({ error: 'hours per week is a number from 1 to 60' })
      .min(1, 'hours per week is at least 1')
      .max(60, 'hours per week is at most 60'),
  })
  .strict()
  .describe('plan');
