import type { SegmentedSentence, StarPart } from '@onsite/core';

/** A stretch of the answer: tinted with its STAR part, or plain. */
export interface StarRange {
  readonly start: number;
  readonly end: number;
  readonly part: StarPart | null;
}

/**
 * Cuts `text` into ranges that cover it exactly, tinting the sentences the
 * classifier found. Segments computed for an older version of the text (the
 * classifier is debounced) are kept only where their quote still matches, so
 * a tint never lands on the wrong words.
 */
export const toStarRanges = (
  text: string,
  segments: readonly SegmentedSentence[],
): readonly StarRange[] => {
  const usable = segments
    .filter(
      (segment) => segment.start >= 0 && segment.end <= text.length && segment.start < segment.end,
    )
    .filter((segment) => text.slice(segment.start, segment.end) === segment.quote)
    .slice()
    .sort((a, b) => a.start - b.start);
  const ranges: StarRange[] = [];
  let cursor = 0;
  for (const segment of usable) {
    if (segment.start < cursor) continue; // overlapping segment: the earlier one wins
    if (segment.start > cursor) ranges.push({ start: cursor, end: segment.start, part: null });
    ranges.push({ start: segment.start, end: segment.end, part: segment.part });
    cursor = segment.end;
  }
  if (cursor < text.length) ranges.push({ start: cursor, end: text.length, part: null });
  return ranges;
};

export type StarCounts = Readonly<Record<StarPart, number>>;

/** How many sentences of each part the answer has, for the legend. */
export const countStarParts = (segments: readonly SegmentedSentence[]): StarCounts => {
  const counts = { situation: 0, task: 0, action: 0, result: 0 };
  for (const segment of segments) counts[segment.part] += 1;
  return counts;
};

/** Core's counter, so the editor's count is the scorecard's count. */
export { countWords } from '@onsite/core';

export const WORD_TARGET = { min: 200, max: 450 } as const;

export type WordCountState = 'empty' | 'short' | 'on-target' | 'long';
export const wordCountState = (words: number): WordCountState =>
  words === 0
    ? 'empty'
    : words < WORD_TARGET.min
      ? 'short'
      : words <= WORD_TARGET.max
        ? 'on-target'
        : 'long';
