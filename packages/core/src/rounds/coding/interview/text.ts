/** Small text helpers the coding interviewer shares: sentences with offsets, and cue matching. */

export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Sentences and list items, with their offsets into `text`. A line break inside a paragraph does
 * not end a sentence (statements are wrapped at 80 columns); a blank line or a bullet does.
 * `text` is the sentence as written (line breaks kept), so `text.slice(start, end)` is exact.
 */
export const sentencesOf = (text: string): Sentence[] => {
  const sentences: Sentence[] = [];
  const pattern =
    /(?:[^.!?\n]|\n(?![ \t]*\n)(?![ \t]*[-*•][ \t])|[.!?](?=\w))+(?:[.!?]+(?=\s|$)|$|(?=\n))/gu;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/^[-*•]\s+/u, '');
    if (trimmed.length < 2) continue;
    const start = match.index + lead + (raw.trim().length - trimmed.length);
    sentences.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return sentences;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Where a cue occurs in `text`, case-insensitive, as a whole word or phrase ("empty" does not
 * match "emptying"; "[]" and "-1" match as written). Null when it does not occur.
 */
/** A sentence on one line, for an interviewer's spoken reply. */
export const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export const findCue = (text: string, cue: string): { start: number; end: number } | null => {
  const trimmed = cue.trim();
  if (trimmed === '') return null;
  const before = /^\w/u.test(trimmed) ? '(?<![\\w])' : '';
  const after = /\w$/u.test(trimmed) ? '(?![\\w])' : '';
  const match = new RegExp(`${before}${escapeRegExp(trimmed)}${after}`, 'iu').exec(text);
  return match === null ? null : { start: match.index, end: match.index + match[0].length };
};

/** The sentence of `text` around offset `at`, for quoting evidence. */
export const sentenceAround = (text: string, at: number): Sentence | null =>
  sentencesOf(text).find((sentence) => sentence.start <= at && at < sentence.end) ?? null;
