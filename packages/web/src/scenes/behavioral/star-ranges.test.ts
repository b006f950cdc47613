import { describe, expect, it } from 'vitest';
import { evaluateBehavioralAnswer, type SegmentedSentence, type StarPart } from '@onsite/core';
import { countStarParts, countWords, toStarRanges, wordCountState } from './star-ranges';

const sentence = (text: string, quote: string, part: StarPart): SegmentedSentence => {
  const start = text.indexOf(quote);
  return { quote, part, start, end: start + quote.length, turn: 0 };
};

describe('toStarRanges', () => {
  const text = 'Our API was slow. I owned the fix. I added a cache. Latency fell 60%.';

  it('covers the whole text, tinting each classified sentence', () => {
    const segments = [
      sentence(text, 'Our API was slow.', 'situation'),
      sentence(text, 'I added a cache.', 'action'),
      sentence(text, 'Latency fell 60%.', 'result'),
    ];
    const ranges = toStarRanges(text, segments);
    expect(ranges.map((range) => text.slice(range.start, range.end)).join('')).toBe(text);
    expect(ranges.filter((range) => range.part !== null).map((range) => range.part)).toEqual([
      'situation',
      'action',
      'result',
    ]);
    expect(
      ranges.find(
        (range) => range.part === null && text.slice(range.start, range.end).includes('owned'),
      ),
    ).toBeDefined();
  });

  it('drops segments from an older version of the text whose words moved', () => {
    const stale = sentence(text, 'I added a cache.', 'action');
    const edited = `Context first. ${text}`;
    const ranges = toStarRanges(edited, [stale]);
    expect(ranges).toEqual([{ start: 0, end: edited.length, part: null }]);
  });

  it('accepts segments given out of order and ignores overlaps', () => {
    const late = sentence(text, 'Latency fell 60%.', 'result');
    const early = sentence(text, 'Our API was slow.', 'situation');
    const overlapping: SegmentedSentence = { ...early, part: 'task', end: early.end };
    const ranges = toStarRanges(text, [late, early, overlapping]);
    expect(ranges.filter((range) => range.part !== null)).toHaveLength(2);
  });

  it('returns no range for empty text', () => {
    expect(toStarRanges('', [])).toEqual([]);
  });
});

describe('word counting', () => {
  it('counts words across lines and extra spaces', () => {
    expect(countWords('  I led\n\nthe   migration. ')).toBe(4);
    expect(countWords('   ')).toBe(0);
  });

  it("gives the editor the scorecard's count: dashes and bullets are not words, a hyphenated word is one", () => {
    const answer =
      'I owned the roll-out — three regions.\n- I wrote the runbook\n- I paged the on-call team when p95 rose';
    expect(countWords(answer)).toBe(evaluateBehavioralAnswer({ prompt: '', answer }).wordCount);
    expect(countWords(answer)).toBe(18);
  });

  it('places a count against the 200–450 target', () => {
    expect(wordCountState(0)).toBe('empty');
    expect(wordCountState(199)).toBe('short');
    expect(wordCountState(200)).toBe('on-target');
    expect(wordCountState(450)).toBe('on-target');
    expect(wordCountState(451)).toBe('long');
  });

  it('counts sentences per STAR part', () => {
    const text = 'A. B. C.';
    expect(
      countStarParts([
        sentence(text, 'A.', 'action'),
        sentence(text, 'B.', 'action'),
        sentence(text, 'C.', 'result'),
      ]),
    ).toEqual({
      situation: 0,
      task: 0,
      action: 2,
      result: 1,
    });
  });
});
