import type { SegmentedSentence } from '@onsite/core';
import { useEffect, useState } from 'react';

export type ClassifyStar = (text: string) => readonly SegmentedSentence[];

const NONE: readonly SegmentedSentence[] = [];

/**
 * Classifies the answer's sentences by STAR part a short pause after typing
 * stops, so the editor stays responsive. A classifier failure leaves the
 * text untinted rather than breaking the editor.
 */
export const useStarSegments = (
  text: string,
  classify: ClassifyStar | null,
  delayMs = 250,
): readonly SegmentedSentence[] => {
  const [segments, setSegments] = useState<readonly SegmentedSentence[]>(NONE);
  useEffect(() => {
    if (classify === null) return;
    if (text.trim() === '') {
      setSegments(NONE);
      return;
    }
    const timer = setTimeout(() => {
      try {
        setSegments(classify(text));
      } catch {
        setSegments(NONE);
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, classify, delayMs]);
  return segments;
};
