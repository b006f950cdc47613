import { describe, expect, it } from 'vitest';
import {
  HISTORY_PAGE_SIZE,
  hasFilters,
  historyQueryFromParams,
  withFilter,
} from './history-filters';

describe('the history filters in the URL', () => {
  it('reads every filter and the page from the query string', () => {
    const params = new URLSearchParams(
      'kind=coding&question=coding/two-sum&topic=sliding-window&level=2&from=2026-11-01&to=2026-11-30&search=%20cache%20&page=3',
    );
    expect(historyQueryFromParams(params)).toEqual({
      kind: 'coding',
      questionId: 'coding/two-sum',
      topic: 'sliding-window',
      level: 2,
      from: '2026-11-01',
      to: '2026-11-30',
      search: 'cache',
      limit: HISTORY_PAGE_SIZE,
      offset: 2 * HISTORY_PAGE_SIZE,
    });
  });

  it('drops values the server would refuse, so a hand-edited link still shows a list', () => {
    const params = new URLSearchParams('level=7&from=soon&to=2026-02-30&page=-1&search=%20');
    expect(historyQueryFromParams(params)).toEqual({ limit: HISTORY_PAGE_SIZE, offset: 0 });
    // Dates the wrong way round are both dropped rather than asking for an empty range.
    expect(historyQueryFromParams(new URLSearchParams('from=2026-12-01&to=2026-11-01'))).toEqual({
      limit: HISTORY_PAGE_SIZE,
      offset: 0,
    });
  });

  it('goes back to the first page when a filter changes, and drops a question of another kind', () => {
    const params = new URLSearchParams('question=behavioral/hardest-bug&page=2&search=bug');
    const next = withFilter(params, 'kind', 'coding');
    expect(next.get('page')).toBeNull();
    expect(next.get('question')).toBeNull();
    expect(next.get('kind')).toBe('coding');
    expect(next.get('search')).toBe('bug');
    expect(withFilter(next, 'search', '').has('search')).toBe(false);
    expect(
      withFilter(new URLSearchParams('question=coding/two-sum'), 'kind', 'coding').get('question'),
    ).toBe('coding/two-sum');
  });

  it('tells a filtered view from the whole history (the page number is not a filter)', () => {
    expect(hasFilters(new URLSearchParams('page=2'))).toBe(false);
    expect(hasFilters(new URLSearchParams('level=3'))).toBe(true);
  });
});
