import type { Evidence } from '../../types';
import {
  COLLECTIVE_SUBJECTS,
  IRREGULAR_ACTION_PAST,
  NON_ACTION_VERBS,
  PRESENT_ACTION_VERBS,
  SUBJECT_VERB_ADVERBS,
} from './lexicon';
import { clauseAt, perSentence, tokenize, type Sentence, type Token } from './text';

/** Who did things in a sentence: "I rewrote…" versus "we rewrote…". */
export interface SubjectActions {
  readonly mine: readonly Evidence[];
  readonly ours: readonly Evidence[];
}

/** A word that reads as a verb of doing: regular past, a known irregular past, or historic present. */
const isActionVerb = (word: string): boolean => {
  if (NON_ACTION_VERBS.has(word)) return false;
  if (IRREGULAR_ACTION_PAST.has(word) || PRESENT_ACTION_VERBS.has(word)) return true;
  // Regular past tense: "rewrote" is irregular, "migrated", "profiled", "shipped" are not.
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed');
};

/** The first word after `from` that is not an adverb, or undefined at the end of the sentence. */
const verbAfter = (tokens: readonly Token[], from: number): Token | undefined => {
  let position = from;
  let skipped = 0;
  while (position < tokens.length && skipped < 3) {
    const token = tokens[position];
    if (token === undefined || !SUBJECT_VERB_ADVERBS.has(token.lower)) return token;
    position += 1;
    skipped += 1;
  }
  return tokens[position];
};

/** "I've", "I'd": a contracted auxiliary followed by a participle still counts. */
const contractionVerb = (
  tokens: readonly Token[],
  index: number,
  subject: string,
): Token | undefined => {
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (token.lower === `${subject}'ve` || token.lower === `${subject}'d`)
    return verbAfter(tokens, index + 1);
  return undefined;
};

/** Words before a collective noun that make it an object: "I presented it to the team". */
const OBJECT_MARKERS: ReadonlySet<string> = new Set([
  'to',
  'with',
  'for',
  'from',
  'by',
  'across',
  'on',
  'in',
  'of',
  'told',
  'asked',
  'helped',
  'showed',
  'than',
  'about',
  'at',
  'into',
]);

/** No clause punctuation between subject and verb: "to the team, walked them through" is not "the team walked". */
const isSameClause = (sentence: Sentence, subject: Token | undefined, verb: Token): boolean =>
  subject !== undefined && !/[,;:.()!?]/u.test(sentence.text.slice(subject.end, verb.start));

/** "…, and I wrote": a new clause, not a shared subject. */
const isClauseBreakBefore = (sentence: Sentence, and: Token | undefined): boolean =>
  and === undefined ||
  // A short window before "and": the whole sentence so far would make this quadratic in a run-on.
  /[,;:.()!?]\s*$/u.test(sentence.text.slice(Math.max(0, and.start - 40), and.start)) ||
  /^\s*(?:then|so)\b/iu.test(sentence.text.slice(and.end, and.end + 40));

/** Where "my team and I" starts, to quote the whole shared subject: up to three words before "and". */
const sharedSubjectStart = (tokens: readonly Token[], index: number): number => {
  const start = Math.max(0, index - 4);
  for (let position = index - 2; position >= start; position -= 1) {
    if (['my', 'our', 'the', 'a', 'two', 'three'].includes(tokens[position]?.lower ?? ''))
      return tokens[position]?.start ?? 0;
  }
  return tokens[index - 2]?.start ?? 0;
};

const collectiveLength = (tokens: readonly Token[], index: number): number => {
  for (const subject of COLLECTIVE_SUBJECTS) {
    const words = subject.split(' ');
    if (words.every((word, offset) => tokens[index + offset]?.lower === word)) return words.length;
  }
  return 0;
};

/**
 * Finds first-person actions ("I profiled the endpoint") and collective ones
 * ("we migrated the service", "the team decided") in one sentence. Each comes
 * back as a short clause quote starting at the subject.
 */
export const findSubjectActions = perSentence((sentence: Sentence): SubjectActions => {
  const tokens = tokenize(sentence.text);
  const mine: Evidence[] = [];
  const ours: Evidence[] = [];
  tokens.forEach((token, index) => {
    if (token.text === 'I' || token.lower === "i've" || token.lower === "i'd") {
      // "my team and I rebuilt it" shares the credit: the listener cannot tell who did what.
      const isShared =
        tokens[index - 1]?.lower === 'and' &&
        index >= 2 &&
        !isClauseBreakBefore(sentence, tokens[index - 1]);
      const verb =
        token.text === 'I' ? verbAfter(tokens, index + 1) : contractionVerb(tokens, index, 'i');
      if (verb !== undefined && isActionVerb(verb.lower) && isSameClause(sentence, token, verb)) {
        (isShared ? ours : mine).push(
          clauseAt(sentence, isShared ? sharedSubjectStart(tokens, index) : token.start),
        );
      }
      return;
    }
    if (token.lower === "we've" || token.lower === "we'd") {
      const verb = contractionVerb(tokens, index, 'we');
      if (verb !== undefined && isActionVerb(verb.lower) && isSameClause(sentence, token, verb))
        ours.push(clauseAt(sentence, token.start));
      return;
    }
    const length = collectiveLength(tokens, index);
    // "to the team" or "with everyone" is an object, not who acted.
    if (length > 0 && !OBJECT_MARKERS.has(tokens[index - 1]?.lower ?? '')) {
      const verb = verbAfter(tokens, index + length);
      if (
        verb !== undefined &&
        isActionVerb(verb.lower) &&
        isSameClause(sentence, tokens[index + length - 1], verb)
      ) {
        ours.push(clauseAt(sentence, token.start));
      }
    }
  });
  return { mine, ours };
});
