import type { Evidence } from '../types';

/**
 * Hand-written tokenisation: sentences and words with exact character
 * offsets, so every quote slices the candidate's original text. Written by
 * hand (rather than with an NLP model) to stay small in the browser bundle
 * and to keep offsets exact.
 */

/** A sentence of one candidate turn; `start`/`end` slice that turn's text. */
export interface Sentence {
  readonly turn: number;
  /** Position among the sentences of its turn. */
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Token {
  readonly text: string;
  readonly lower: string;
  /** Offsets into the sentence's text. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][\p{N}]+)*(?:\+\d*)?/gu;

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'approx', 'inc', 'ltd', 'jr', 'sr', 'st', 'cf', 'al', 'fig', 'no']);

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);
const hasLetter = (text: string): boolean => /\p{L}/u.test(text);

/** The word just before `position` (letters, digits and inner periods), lower-cased. */
const wordBefore = (text: string, position: number): string => {
  let start = position;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, position).toLowerCase();
};

/** Where the sentence ending at a terminator run really ends (after closing quotes/brackets). */
const endOfTerminator = (text: string, position: number): number => {
  let end = position;
  while (end < text.length && /[.!?…]/u.test(text.charAt(end))) end += 1;
  while (end < text.length && /["'”’)\]]/u.test(text.charAt(end))) end += 1;
  return end;
};

/** True when the period at `position` belongs to an abbreviation or a number, not a sentence end. */
const isFalseStop = (text: string, position: number, after: number): boolean => {
  if (text.charAt(position) !== '.') return false;
  if (ABBREVIATIONS.has(wordBefore(text, position))) return true;
  // "...as in v2. then" — lower-case continuation means the sentence goes on.
  let next = after;
  while (isSpace(text.charAt(next)) && text.charAt(next) !== '\n') next += 1;
  return /\p{Ll}/u.test(text.charAt(next)) && text.charAt(after) !== '\n';
};

/**
 * Splits a turn into sentences at terminal punctuation followed by space, and
 * at line breaks (bulleted answers). Fragments without letters are dropped.
 */
export const splitSentences = (text: string, turn: number): Sentence[] => {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let position = 0;
  while (position < text.length) {
    const char = text.charAt(position);
    if (char === '\n') {
      ranges.push([start, position]);
      start = position + 1;
      position += 1;
      continue;
    }
    if (/[.!?…]/u.test(char)) {
      const after = endOfTerminator(text, position);
      if ((after >= text.length || isSpace(text.charAt(after))) && !isFalseStop(text, position, after)) {
        ranges.push([start, after]);
        start = after;
      }
      position = after;
      continue;
    }
    position += 1;
  }
  ranges.push([start, text.length]);

  const sentences: Sentence[] = [];
  for (const [rawStart, rawEnd] of ranges) {
    let begin = rawStart;
    let end = rawEnd;
    // Trim spaces and leading bullet markers ("- ", "* ", "1) ").
    while (begin < end && (isSpace(text.charAt(begin)) || /[-*•–]/u.test(text.charAt(begin)))) begin += 1;
    while (end > begin && isSpace(text.charAt(end - 1))) end -= 1;
    const slice = text.slice(begin, end);
    if (!hasLetter(slice)) continue;
    sentences.push({ turn, index: sentences.length, text: slice, start: begin, end });
  }
  return sentences;
};

/** Words of a piece of text, with offsets into it. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/’/gu, "'");
    tokens.push({ text: match[0], lower: word.toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
};

export const countWords = (text: string): number => {
  let count = 0;
  for (const _match of text.matchAll(WORD)) count += 1;
  return count;
};

/** Evidence for a span of a sentence, with offsets into the whole turn. */
export const evidenceIn = (sentence: Sentence, start: number, end: number): Evidence => ({
  quote: sentence.text.slice(start, end),
  turn: sentence.turn,
  start: sentence.start + start,
  end: sentence.start + end,
});

/** Evidence for a whole sentence. */
export const evidenceOf = (sentence: Sentence): Evidence => evidenceIn(sentence, 0, sentence.text.length);

/**
 * A short clause starting at `start`: up to the next clause punctuation or
 * `maxWords` words, whichever is first. Used to quote "we migrated the service".
 */
export const clauseAt = (sentence: Sentence, start: number, maxWords = 7): Evidence => {
  const rest = sentence.text.slice(start);
  const stop = rest.search(/[,;:.!?()—–]|\s-\s/u);
  let end = stop === -1 ? rest.length : stop;
  const words = [...rest.slice(0, end).matchAll(WORD)];
  const last = words[Math.min(words.length, maxWords) - 1];
  if (words.length > maxWords && last !== undefined) end = last.index + last[0].length;
  return evidenceIn(sentence, start, start + end);
};

/**
 * All matches of a global regex in a sentence, as evidence. `lastIndex` is
 * reset by matchAll, so shared regexes are safe to reuse.
 */
export const findAll = (sentence: Sentence, pattern: RegExp): Evidence[] =>
  [...sentence.text.matchAll(pattern)].map((match) => evidenceIn(sentence, match.index, match.index + match[0].length));

/** Shortens a quote for a message, at a word boundary. */
export const shorten = (quote: string, maxChars = 80): string => {
  if (quote.length <= maxChars) return quote;
  const cut = quote.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : maxChars)}…`;
};

/**
 * Caches a per-sentence detector. Sentences are created once per evaluation
 * and several steps ask the same question of them, so this saves most of the
 * evaluator's time; the WeakMap lets the cache go with the sentences.
 */
export const perSentence = <T>(detect: (sentence: Sentence) => T): ((sentence: Sentence) => T) => {
  const cache = new WeakMap<Sentence, T>();
  return (sentence) => {
    const cached = cache.get(sentence);
    if (cached !== undefined) return cached;
    const found = detect(sentence);
    cache.set(sentence, found);
    return found;
  };
};
