import { describe, expect, it } from 'vitest';
import { MAX_PAGE_LIMIT, pageOf, readEveryPage } from './paging';

describe('pageOf', () => {
  it('gives the first 50 items when no page is asked for', () => {
    expect(pageOf(undefined)).toEqual({ limit: 50, offset: 0 });
    expect(pageOf({ offset: 10 })).toEqual({ limit: 50, offset: 10 });
  });

  it('passes a whole-number page within bounds through unchanged', () => {
    expect(pageOf({ limit: 0, offset: 0 })).toEqual({ limit: 0, offset: 0 });
    expect(pageOf({ limit: MAX_PAGE_LIMIT, offset: 7 })).toEqual({
      limit: MAX_PAGE_LIMIT,
      offset: 7,
    });
  });

  it.each([-1, 1.5, MAX_PAGE_LIMIT + 1, Number.NaN])(
    'refuses limit %s, naming the field',
    (limit) => {
      expect(() => pageOf({ limit })).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED', fields: { limit: 'out of range' } }),
      );
    },
  );

  it.each([-1, 0.5, Number.POSITIVE_INFINITY])('refuses offset %s, naming the field', (offset) => {
    expect(() => pageOf({ offset })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', fields: { offset: 'out of range' } }),
    );
  });
});

describe('readEveryPage', () => {
  const listOf = (size: number) => {
    const items = Array.from({ length: size }, (_, index) => index);
    const asked: { limit: number; offset: number }[] = [];
    const page = (options: { limit: number; offset: number }) => {
      asked.push(options);
      return Promise.resolve(items.slice(options.offset, options.offset + options.limit));
    };
    return { items, asked, page };
  };

  it('reads a list longer than a page to its end, in order', async () => {
    const { items, asked, page } = listOf(2 * MAX_PAGE_LIMIT + 3);
    expect(await readEveryPage(page)).toEqual(items);
    expect(asked.map((options) => options.offset)).toEqual([0, MAX_PAGE_LIMIT, 2 * MAX_PAGE_LIMIT]);
  });

  it('asks once more after a full last page, and stops at the empty one', async () => {
    const { items, asked, page } = listOf(MAX_PAGE_LIMIT);
    expect(await readEveryPage(page)).toEqual(items);
    expect(asked).toHaveLength(2);
  });
});
