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

/** A verb of doing that is not negated: "the team did not like it" is no step anyone took. */
const isStep = (tokens: readonly Token[], verb: Token): boolean => {
  if (!isActionVerb(verb.lower)) return false;
  const next = tokens[tokens.indexOf(verb) + 1];
  return next?.lower !== 'not' && next?.lower !== 'never';
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

/**
 * "My lead and I rebuilt it" shares a subject only when "my lead" opens its
 * clause; in "I explained my reasoning and I listened", "my reasoning" is an
 * object and the second "I" acts alone.
 */
const opensClause = (sentence: Sentence, start: number): boolean =>
  /(?:^|[,;:.()!?—–]|\b(?:and|but|so|then|when|after|before|because|while|once|together))\s*$/iu.test(
    sentence.text.slice(Math.max(0, start - 40), start),
  );

const collectiveLength = (tokens: readonly Token[], index: number): number => {
  for (const subject of COLLECTIVE_SUBJECTS) {
    const words = subject.split(' ');
    if (words.every((word, offset) => tokens[index + offset]?.lower === word)) return words.length;
  }
  return 0;
};

/** Nouns of time that may stand right before a subject: "Last year we migrated". */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'quarter',
  'sprint',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'time',
  'later',
  'ago',
]);

/**
 * "the data team we depended on", "the way we did reviews": "we" right after
 * a noun phrase with no punctuation starts a relative clause describing that
 * noun, not a step the team took.
 */
const isRelativeClauseWe = (
  sentence: Sentence,
  tokens: readonly Token[],
  index: number,
): boolean => {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (token?.lower !== 'we' || previous === undefined) return false;
  if (TIME_NOUNS.has(previous.lower) || !/^\p{Ll}+$/u.test(previous.text)) return false;
  if (/[,;:.()!?]/u.test(sentence.text.slice(previous.end, token.start))) return false;
  // A determiner shortly before marks a noun phrase: "the data team", "a way", "every request".
  return tokens
    .slice(Math.max(0, index - 4), index - 1)
    .some((word) =>
      ['the', 'a', 'an', 'every', 'each', 'this', 'that', 'any'].includes(word.lower),
    );
};

/**
 * "I suggested we let users decide": the "we" clause is the content of the
 * candidate's own proposal, already counted as theirs.
 */
const isProposalOf = (
  sentence: Sentence,
  tokens: readonly Token[],
  index: number,
  mine: readonly Evidence[],
): boolean => {
  const before = tokens.slice(Math.max(0, index - 3), index).map((word) => word.lower);
  const proposalAt = before.findIndex((word) =>
    ['suggested', 'proposed', 'recommended', 'insisted', 'argued'].includes(word),
  );
  if (proposalAt === -1 || !before.slice(0, proposalAt).includes('i')) return false;
  const start = tokens[index - 3]?.start ?? 0;
  return mine.some((action) => action.start >= sentence.start + start);
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
        !isClauseBreakBefore(sentence, tokens[index - 1]) &&
        opensClause(sentence, sharedSubjectStart(tokens, index));
      const verb =
        token.text === 'I' ? verbAfter(tokens, index + 1) : contractionVerb(tokens, index, 'i');
      if (verb !== undefined && isStep(tokens, verb) && isSameClause(sentence, token, verb)) {
        (isShared ? ours : mine).push(
          clauseAt(sentence, isShared ? sharedSubjectStart(tokens, index) : token.start),
        );
      }
      return;
    }
    if (token.lower === "we've" || token.lower === "we'd") {
      const verb = contractionVerb(tokens, index, 'we');
      if (verb !== undefined && isStep(tokens, verb) && isSameClause(sentence, token, verb))
        ours.push(clauseAt(sentence, token.start));
      return;
    }
    const length = collectiveLength(tokens, index);
    // "to the team" or "with everyone" is an object, not who acted.
    if (
      length > 0 &&
      !OBJECT_MARKERS.has(tokens[index - 1]?.lower ?? '') &&
      !isRelativeClauseWe(sentence, tokens, index) &&
      !isProposalOf(sentence, tokens, index, mine)
    ) {
      const verb = verbAfter(tokens, index + length);
      if (
        verb !== undefined &&
        isStep(tokens, verb) &&
        isSameClause(sentence, tokens[index + length - 1], verb)
      ) {
        ours.push(clauseAt(sentence, token.start));
      }
    }
  });
  return { mine, ours };
});
