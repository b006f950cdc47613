import type { Evidence } from '../../types';
import type { StarPart } from '../evaluation';

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
  /**
   * The STAR part the candidate named themselves ("Result: …", or a line
   * under a "## Action" heading). An explicit label beats any cue.
   */
  readonly label?: StarPart;
  /** Under a "Lessons:"/"Takeaway:" label: the sentence is a lesson whatever its words. */
  readonly isLessonLabel?: boolean;
  /**
   * A continuation cut out of a long unpunctuated run at a discourse marker
   * ("…and then I…"): not a sentence the candidate wrote, so pacing ignores it.
   */
  readonly isClause?: boolean;
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
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'approx',
  'inc',
  'ltd',
  'jr',
  'sr',
  'st',
  'cf',
  'al',
  'fig',
  'no',
]);

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);
const hasLetter = (text: string): boolean => /\p{L}/u.test(text);

/** Longer than any abbreviation: how far back `wordBefore` looks, so "a.b.c.d…" stays linear. */
const ABBREVIATION_LOOKBACK = 12;

/** The word just before `position` (letters, digits and inner periods), lower-cased, up to ABBREVIATION_LOOKBACK characters. */
const wordBefore = (text: string, position: number): string => {
  let start = position;
  while (
    start > 0 &&
    position - start < ABBREVIATION_LOOKBACK &&
    /[\p{L}\p{N}.]/u.test(text.charAt(start - 1))
  )
    start -= 1;
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
 * A line break inside hard-wrapped prose ("…the view\n  controller's deinit")
 * continues the sentence: the next line starts in lower case and the line
 * before ends mid-phrase. Bullets and labels always start a new line.
 */
const isWrappedLine = (text: string, newline: number): boolean => {
  let next = newline + 1;
  while (next < text.length && (text.charAt(next) === ' ' || text.charAt(next) === '\t')) next += 1;
  let previous = newline - 1;
  while (
    previous >= 0 &&
    (text.charAt(previous) === ' ' ||
      text.charAt(previous) === '\t' ||
      text.charAt(previous) === '\r')
  )
    previous -= 1;
  const rest = text.slice(next, next + 4);
  const startsItem = /^(?:[-*•–·▪◦>#]|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/u.test(rest);
  return (
    !startsItem && /^[\p{Ll}\p{N}$€£(]/u.test(rest) && /[\p{L}\p{N},]/u.test(text.charAt(previous))
  );
};

/** Names candidates give STAR parts as labels, lower-case. */
const LABEL_PARTS: ReadonlyArray<readonly [StarPart, readonly string[]]> = [
  [
    'situation',
    [
      'situation',
      'context',
      'background',
      'the situation',
      'the context',
      'the problem',
      'problem',
      'challenge',
      'the challenge',
      'setting',
    ],
  ],
  [
    'task',
    [
      'task',
      'tasks',
      'my task',
      'the task',
      'goal',
      'my goal',
      'the goal',
      'goals',
      'objective',
      'objectives',
      'my role',
      'role',
      'responsibility',
      'my responsibility',
      'mission',
      'the ask',
    ],
  ],
  [
    'action',
    [
      'action',
      'actions',
      'my actions',
      'what i did',
      'approach',
      'my approach',
      'the approach',
      'solution',
      'the solution',
      'steps',
      'steps taken',
      'what i did about it',
    ],
  ],
  [
    'result',
    [
      'result',
      'results',
      'the result',
      'outcome',
      'outcomes',
      'the outcome',
      'impact',
      'the impact',
      'results and impact',
      'outcome and impact',
    ],
  ],
];
const LESSON_LABELS = [
  'lesson',
  'lessons',
  'lessons learned',
  'lessons learnt',
  'learning',
  'learnings',
  'key learning',
  'takeaway',
  'takeaways',
  'reflection',
  'what i learned',
  'what i learnt',
];
const LETTER_LABELS: Readonly<Record<string, StarPart>> = {
  S: 'situation',
  T: 'task',
  A: 'action',
  R: 'result',
};

const LABEL_NAMES = [...LABEL_PARTS.flatMap(([, names]) => names), ...LESSON_LABELS]
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/ /gu, '\\s+');
/**
 * A label at the start of a line or sentence: optional markdown ("## ", "**"),
 * the name, then a colon, a dash, or nothing more on the line (a heading).
 * Single letters ("S:", "T)") need their colon or bracket.
 */
const LABEL = new RegExp(
  String.raw`^(?:#{1,6}\s*)?(?:\*\*|__|\*|_)?\s*(?:(?<name>${LABEL_NAMES})(?:\s*\([^)\n]{0,30}\))?\s*(?:\*\*|__|\*|_)?\s*(?::|\s[-–—]+\s|[-–—]\s|$)|(?<letter>[STAR])\s*(?:\*\*|__)?\s*[:)])(?:\*\*|__|\*|_)?\s*`,
  'iu',
);
/** A capitalised label inside a line ("…launched Task: I had to…") starts a new sentence. */
const INLINE_LABEL = new RegExp(
  String.raw`\s(?=(?:Situation|Context|Background|Task|Goal|Action|Actions|Result|Results|Outcome|Impact|Lessons?|Takeaways?)\s*:)`,
  'gu',
);

interface FoundLabel {
  readonly part: StarPart;
  readonly isLesson: boolean;
  readonly length: number;
}

const labelAt = (line: string): FoundLabel | undefined => {
  const match = LABEL.exec(line);
  if (match === null) return undefined;
  const letter = match.groups?.letter;
  if (letter !== undefined) {
    // "A: …" is a label only in capitals; "a) …" is an enumerator.
    const part = LETTER_LABELS[letter];
    return part === undefined ? undefined : { part, isLesson: false, length: match[0].length };
  }
  const name = (match.groups?.name ?? '').toLowerCase().replace(/\s+/gu, ' ');
  if (LESSON_LABELS.includes(name))
    return { part: 'result', isLesson: true, length: match[0].length };
  const found = LABEL_PARTS.find(([, names]) => names.includes(name));
  return found === undefined
    ? undefined
    : { part: found[0], isLesson: false, length: match[0].length };
};

/** Bullet markers and enumerators at the start of a line: "- ", "* ", "• ", "1. ", "2) ", "(a) ". */
const LEADING_MARKER = /^(?:[-*•–·▪◦>]+\s*|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+|\([a-z]\)\s+)/u;

/** Long unpunctuated runs are cut before these markers of a new step or part. */
const RUN_ON_BREAK =
  /\s(?=(?:and then|and so|so then|so (?:i|we)|then (?:i|we)|after that|afterwards|as a result|in the end|by the end|eventually|finally|which meant|because of that|my (?:task|goal|job|role) was|the (?:result|outcome|goal|problem) was|since then|looking back|what i learned|i learned|i learnt|but (?:i|we)|once (?:i|we))\b)/giu;
const RUN_ON_WORDS = 45;
const MIN_CLAUSE_WORDS = 5;
/**
 * No piece is longer than this many words: a run of hundreds of words with no
 * punctuation and no marker is cut at word boundaries. No spoken sentence is
 * this long, and it keeps every per-sentence detector's cost bounded, so the
 * evaluator stays linear in the answer's length.
 */
export const MAX_SENTENCE_WORDS = 120;

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly isClause: boolean;
}

/** Start offsets of the words of `text`; with `wordsBetween`, counts words in any range in O(log n). */
const wordStartsOf = (text: string): number[] =>
  Array.from(text.matchAll(WORD), (match) => match.index);

/** How many of `starts` (sorted) lie in [from, to). */
const wordsBetween = (starts: readonly number[], from: number, to: number): number => {
  const firstAtOrAfter = (offset: number): number => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return firstAtOrAfter(to) - firstAtOrAfter(from);
};

/** Cuts a piece longer than MAX_SENTENCE_WORDS into pieces of at most that many words, at word starts. */
const capPieceLength = (piece: Piece, starts: readonly number[], base: number): Piece[] => {
  const first = starts.findIndex((offset) => offset + base >= piece.start);
  if (first === -1) return [piece];
  const pieces: Piece[] = [];
  let pieceStart = piece.start;
  let isClause = piece.isClause;
  for (let word = first + MAX_SENTENCE_WORDS; word < starts.length; word += MAX_SENTENCE_WORDS) {
    const cut = (starts[word] ?? 0) + base;
    if (cut >= piece.end) break;
    pieces.push({ start: pieceStart, end: cut, isClause });
    pieceStart = cut;
    isClause = true;
  }
  pieces.push({ start: pieceStart, end: piece.end, isClause });
  return pieces;
};

/**
 * Cuts a long run without punctuation at its discourse markers, keeping pieces
 * of five words or more, then caps each piece at MAX_SENTENCE_WORDS. Word counts
 * come from one pass over the run, so this is linear in its length.
 */
const splitRunOn = (text: string, start: number, end: number): Piece[] => {
  const slice = text.slice(start, end);
  const starts = wordStartsOf(slice);
  if (starts.length <= RUN_ON_WORDS) return [{ start, end, isClause: false }];
  const pieces: Piece[] = [];
  let pieceStart = 0;
  for (const match of slice.matchAll(RUN_ON_BREAK)) {
    if (wordsBetween(starts, pieceStart, match.index) < MIN_CLAUSE_WORDS) continue;
    if (wordsBetween(starts, match.index, slice.length) < MIN_CLAUSE_WORDS) break;
    pieces.push({
      start: start + pieceStart,
      end: start + match.index,
      isClause: pieces.length > 0,
    });
    pieceStart = match.index;
  }
  pieces.push({ start: start + pieceStart, end, isClause: pieces.length > 0 });
  return starts.length <= MAX_SENTENCE_WORDS
    ? pieces
    : pieces.flatMap((piece) => capPieceLength(piece, starts, start));
};

/**
 * Splits a turn into sentences at terminal punctuation followed by space, at
 * line breaks (bulleted answers: each line is a sentence even without a
 * period) and before an inline label. Reads explicit STAR labels: a label
 * decides its line's part and, until a blank line, the part of the lines
 * after it; a label alone on its line (a heading) holds until the next label.
 * Fragments without letters are dropped.
 */
export const splitSentences = (text: string, turn: number): Sentence[] => {
  // [start, end, ends a paragraph]
  const ranges: Array<[number, number, boolean]> = [];
  const inlineLabels = new Set([...text.matchAll(INLINE_LABEL)].map((match) => match.index + 1));
  let start = 0;
  let position = 0;
  while (position < text.length) {
    const char = text.charAt(position);
    if (char === '\n') {
      if (isWrappedLine(text, position)) {
        position += 1;
        continue;
      }
      ranges.push([
        start,
        position,
        /^\s*\n/u.test(text.slice(position + 1, position + 80)) ||
          /\n\s*$/u.test(text.slice(start, position)),
      ]);
      start = position + 1;
      position += 1;
      continue;
    }
    if (inlineLabels.has(position) && position > start) {
      ranges.push([start, position, false]);
      start = position;
    }
    if (/[.!?…]/u.test(char)) {
      const after = endOfTerminator(text, position);
      if (
        (after >= text.length || isSpace(text.charAt(after))) &&
        !isFalseStop(text, position, after)
      ) {
        ranges.push([start, after, false]);
        start = after;
      }
      position = after;
      continue;
    }
    position += 1;
  }
  ranges.push([start, text.length, true]);

  const sentences: Sentence[] = [];
  let current: { label: FoundLabel; isHeading: boolean } | undefined;
  for (const [rawStart, rawEnd, endsParagraph] of ranges) {
    let begin = rawStart;
    let end = rawEnd;
    while (begin < end && isSpace(text.charAt(begin))) begin += 1;
    const marker = LEADING_MARKER.exec(text.slice(begin, end));
    if (marker !== null) {
      begin += marker[0].length;
      // Each bullet is its own item: "- Context: …" says nothing about the next bullet. A heading still holds.
      if (current !== undefined && !current.isHeading) current = undefined;
    }
    const label = labelAt(text.slice(begin, end));
    if (label !== undefined) {
      begin += label.length;
      while (begin < end && isSpace(text.charAt(begin))) begin += 1;
      current = { label, isHeading: !hasLetter(text.slice(begin, end)) };
    }
    while (end > begin && isSpace(text.charAt(end - 1))) end -= 1;
    if (hasLetter(text.slice(begin, end))) {
      for (const piece of splitRunOn(text, begin, end)) {
        const pieceText = text.slice(piece.start, piece.end);
        const trimmed = pieceText.length - pieceText.trimStart().length;
        const applied = current?.label;
        sentences.push({
          turn,
          index: sentences.length,
          text: pieceText.trim(),
          start: piece.start + trimmed,
          end: piece.start + trimmed + pieceText.trim().length,
          ...(applied === undefined
            ? {}
            : { label: applied.part, ...(applied.isLesson ? { isLessonLabel: true } : {}) }),
          ...(piece.isClause ? { isClause: true } : {}),
        });
      }
    }
    // An inline label lasts to the end of its paragraph; a heading until the next label.
    if (endsParagraph && current !== undefined && !current.isHeading) current = undefined;
  }
  return sentences;
};

/** Words of a piece of text, with offsets into it. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/’/gu, "'");
    tokens.push({
      text: match[0],
      lower: word.toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
};

/** What a reader counts as a word: a run without spaces holding a letter or digit ("front-end", "$38,000" and "A/B" are one; a dash is none). */
const COUNTED_WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/**
 * The one word counter: the answer editor's live count and the scorecard's
 * `wordCount` both come from here, so they always agree.
 */
export const countWords = (text: string): number => {
  let count = 0;
  for (const _match of text.matchAll(COUNTED_WORD)) count += 1;
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
export const evidenceOf = (sentence: Sentence): Evidence =>
  evidenceIn(sentence, 0, sentence.text.length);

const CLAUSE_WINDOW = 240;

/** Words a quote must not end on: "We talked about it a lot in" is a fragment, not a clause. */
const DANGLING_TAIL =
  /(?:[\s,;:—–-]+(?:a|an|the|in|on|at|to|of|for|with|by|from|into|onto|over|under|about|and|or|but|so|that|which|who|our|my|their|its|his|her|your|this|these|those|is|was|were|are|be|been|being|as|than|then|some|any|very|also))+$/iu;

/** `text` without the function words a cut left dangling at its end. */
export const trimDanglingTail = (text: string): string => text.replace(DANGLING_TAIL, '');

/**
 * The clause starting at `start`: up to the next clause punctuation, or
 * `maxWords` words when it runs longer, never ending on a function word.
 * Used to quote "we migrated the service to Kubernetes".
 */
export const clauseAt = (sentence: Sentence, start: number, maxWords = 20): Evidence => {
  // A window, not the rest of the sentence: the clause fits in it, and a scan to the end for every "I" would be quadratic.
  const rest = sentence.text.slice(start, start + CLAUSE_WINDOW);
  const stop = rest.search(/[,;:.!?()—–]|\s-\s/u);
  let end = stop === -1 ? rest.length : stop;
  const words = [...rest.slice(0, end).matchAll(WORD)];
  const last = words[Math.min(words.length, maxWords) - 1];
  if (words.length > maxWords && last !== undefined) end = last.index + last[0].length;
  return evidenceIn(sentence, start, start + trimDanglingTail(rest.slice(0, end)).length);
};

/**
 * All matches of a global regex in a sentence, as evidence. `lastIndex` is
 * reset by matchAll, so shared regexes are safe to reuse.
 */
export const findAll = (sentence: Sentence, pattern: RegExp): Evidence[] =>
  [...sentence.text.matchAll(pattern)].map((match) =>
    evidenceIn(sentence, match.index, match.index + match[0].length),
  );

/** Shortens a quote for a message, at a word boundary and not after a dangling function word. */
export const shorten = (quote: string, maxChars = 80): string => {
  if (quote.length <= maxChars) return quote;
  const cut = quote.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${trimDanglingTail(cut.slice(0, lastSpace > maxChars / 2 ? lastSpace : maxChars))}…`;
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

/** Each span once: two detectors finding "learned that" in one place give one piece of evidence. */
export const distinctBySpan = (items: readonly Evidence[]): Evidence[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.turn}:${item.start}:${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
