import { DomainError } from './errors';
import type { ListOptions } from './ports';

const DEFAULT_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;

/**
 * The bounds of one page of a list, as every store applies them (SQL and in memory alike):
 * 50 items from the start unless asked otherwise; nonsense is a VALIDATION_FAILED, never passed on.
 */
export const pageOf = (options: ListOptions | undefined): { limit: number; offset: number } => {
  const limit = options?.limit ?? DEFAULT_LIMIT;
  const offset = options?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_LIMIT) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `limit must be a whole number from 0 to ${MAX_PAGE_LIMIT}`,
      { limit: 'out of range' },
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new DomainError('VALIDATION_FAILED', 'offset must be a whole number ≥ 0', {
      offset: 'out of range',
    });
  }
  return { limit, offset };
};

/** Reads every page of a list, `MAX_PAGE_LIMIT` at a time, in the list's own order. */
export const readEveryPage = async <T>(
  page: (options: { limit: number; offset: number }) => Promise<readonly T[]>,
): Promise<T[]> => {
  const all: T[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_LIMIT) {
    const items = await page({ limit: MAX_PAGE_LIMIT, offset });
    all.push(...items);
    if (items.length < MAX_PAGE_LIMIT) return all;
  }
};
