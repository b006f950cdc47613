import { describe, expect, it } from 'vitest';
import { MAX_PAGE_LIMIT, pageOf } from './paging';

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
