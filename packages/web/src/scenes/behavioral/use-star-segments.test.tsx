// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { SegmentedSentence } from '@onsite/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStarSegments, type ClassifyStar } from './use-star-segments';

const asAction: ClassifyStar = (text) => [
  { quote: text, part: 'action', start: 0, end: text.length, turn: 0 } satisfies SegmentedSentence,
];

describe('useStarSegments', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('classifies once typing pauses, not on every keystroke', () => {
    const classify = vi.fn(asAction);
    const { result, rerender } = renderHook(({ text }) => useStarSegments(text, classify, 250), {
      initialProps: { text: 'I' },
    });
    rerender({ text: 'I led' });
    rerender({ text: 'I led it.' });
    expect(classify).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(classify).toHaveBeenCalledTimes(1);
    expect(result.current.map((segment) => segment.quote)).toEqual(['I led it.']);
  });

  it('leaves the text untinted when the classifier throws', () => {
    const broken: ClassifyStar = () => {
      throw new Error('bug in the classifier');
    };
    const { result } = renderHook(() => useStarSegments('I led it.', broken, 10));
    act(() => {
      vi.advanceTimersByTime(10);
    });
    expect(result.current).toEqual([]);
  });
});
