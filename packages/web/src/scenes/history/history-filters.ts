import { isCalendarDate, type HiringLevel } from '@onsite/core';
import type { HistoryQuery } from '../../api/queries';

/** The history's filters as they sit in the URL, so a filtered view can be linked and survives a reload. */
export const HISTORY_FILTER_KEYS = [
  'kind',
  'question',
  'topic',
  'level',
  'from',
  'to',
  'search',
] as const;
export type HistoryFilterKey = (typeof HISTORY_FILTER_KEYS)[number];

export const HISTORY_PAGE_SIZE = 50;

const LEVELS: readonly HiringLevel[] = [1, 2, 3, 4];

const text = (params: URLSearchParams, key: string): string | undefined => {
  const value = params.get(key)?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/** The page number in the URL (1 when absent or not a whole number). */
export const pageFromParams = (params: URLSearchParams): number => {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
};

/** Reads the filters from the URL, dropping values the server would refuse (a level of 7, a date of "soon"). */
export const historyQueryFromParams = (params: URLSearchParams): HistoryQuery => {
  const level = LEVELS.find((each) => String(each) === params.get('level'));
  const from = text(params, 'from');
  const to = text(params, 'to');
  const kind = text(params, 'kind');
  const questionId = text(params, 'question');
  const topic = text(params, 'topic');
  const search = text(params, 'search');
  const datesInOrder = from === undefined || to === undefined || from <= to;
  return {
    ...(kind === undefined ? {} : { kind }),
    ...(questionId === undefined ? {} : { questionId }),
    ...(topic === undefined ? {} : { topic }),
    ...(level === undefined ? {} : { level }),
    ...(from !== undefined && isCalendarDate(from) && datesInOrder ? { from } : {}),
    ...(to !== undefined && isCalendarDate(to) && datesInOrder ? { to } : {}),
    ...(search === undefined ? {} : { search: search.slice(0, 200) }),
    limit: HISTORY_PAGE_SIZE,
    offset: (pageFromParams(params) - 1) * HISTORY_PAGE_SIZE,
  };
};

/** The URL with one filter set (or cleared, for ''); any filter change goes back to the first page. */
export const withFilter = (
  params: URLSearchParams,
  key: HistoryFilterKey,
  value: string,
): URLSearchParams => {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(key);
  else next.set(key, value);
  next.delete('page');
  // A question belongs to one kind: another kind drops it.
  if (key === 'kind' && value !== '' && !(next.get('question') ?? '').startsWith(`${value}/`))
    next.delete('question');
  return next;
};

export const hasFilters = (params: URLSearchParams): boolean =>
  HISTORY_FILTER_KEYS.some((key) => (params.get(key) ?? '') !== '');
