import type { Evidence } from '../../types';
import { BASELINE_PHRASES, CHANGE_WORDS, METRIC_NOUNS, phraseRegex } from './lexicon';
import { evidenceIn, perSentence, type Sentence } from './text';

/**
 * Numbers in an answer. A *relative* quantity ("40% faster", "3x", "halved",
 * "cut by 300 ms") claims a change and so needs a baseline; an absolute one
 * ("from 800 ms to 300 ms", "$80K a year", "zero complaints") does not.
 */
export interface Quantity {
  readonly evidence: Evidence;
  readonly isRelative: boolean;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const UNITS = String.raw`(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|quarters?|sprints?|kb|mb|gb|tb|pb|rps|qps|tps|req/s|requests?|calls?|queries|users?|customers?|clients?|accounts?|tickets?|bugs?|incidents?|pages?|alerts?|errors?|tests?|services?|engineers?|developers?|people|teams?|lines?|files?|deploys?|deployments?|releases?|servers?|nodes?|instances?|machines?|jobs?|rows?|records?|events?|messages?|transactions?|orders?|downloads?|signups?|sign-ups?|complaints?|points?|k|m|million|billion|thousand|hundred|percent|per cent)`;
const NUMBER_WORDS = String.raw`(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)`;

/** Each pattern finds one kind of quantity; `isRelative` says whether it claims a change by itself. */
const QUANTITY_PATTERNS: ReadonlyArray<{
  readonly pattern: RegExp;
  readonly kind:
    'percent' | 'multiplier' | 'multiplier-word' | 'money' | 'measure' | 'number' | 'number-word';
}> = [
  {
    kind: 'percent',
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])${NUMBER}\s?(?:%|percent\b|per cent\b|percentage points\b)`,
      'gi',
    ),
  },
  {
    kind: 'multiplier',
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])${NUMBER}\s?(?:x|×)(?![A-Za-z0-9])|(?<![A-Za-z0-9])${NUMBER}[- ]?(?:times|fold)\b`,
      'gi',
    ),
  },
  {
    kind: 'multiplier-word',
    pattern:
      /\b(?:halved|doubled(?! down)|tripled|quadrupled|(?:two|three|four|five|ten)-?fold|twice as|in half|by half|an order of magnitude|orders of magnitude)\b/gi,
  },
  {
    kind: 'money',
    pattern: new RegExp(
      String.raw`[$€£]\s?${NUMBER}(?:\s?(?:k|m|mm|bn|million|billion|thousand)\b)?|(?<![A-Za-z0-9])${NUMBER}\s?(?:k|m)?\s?(?:dollars|euros|pounds|usd|eur|gbp)\b`,
      'gi',
    ),
  },
  {
    kind: 'measure',
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])${NUMBER}\s?${UNITS}(?![A-Za-z0-9])`, 'gi'),
  },
  // "two weeks", "hundreds of users"; not "a month or two to decide".
  {
    kind: 'number-word',
    pattern: new RegExp(
      String.raw`\b${NUMBER_WORDS}(?:s of|\s+(?!(?:of|to|and|or|in|on|at|the|a|an|for|with|by|from|than|more|less|that|which|who|is|was|were|are|it|we|i|they)\b)[a-z]+)`,
      'gi',
    ),
  },
  {
    kind: 'number',
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9.])${NUMBER}(?![A-Za-z0-9])`, 'gi'),
  },
];

const CHANGE_WORD = phraseRegex(CHANGE_WORDS);
const BASELINE_PHRASE = phraseRegex(BASELINE_PHRASES);
const METRIC_NOUN = phraseRegex(METRIC_NOUNS);
/** "from 800 ms to 300 ms", "went from 12 to 3": the sentence carries its own baseline. */
const AMOUNT = String.raw`(?:[$€£]?${NUMBER}|${NUMBER_WORDS}|one|a (?:handful|few|couple))`;
// "from maybe 20 a month to almost none": a hedge before the figure, or nothing as the figure after, is still a before and after.
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|up to\s+|over\s+|~)?${AMOUNT}[^.;!?]{0,40}?\bto\s+(?:about\s+|around\s+|roughly\s+|~|under\s+|below\s+|just\s+|only\s+|almost\s+|nearly\s+|practically\s+|virtually\s+)?(?:${AMOUNT}|none|zero|nothing|nil)\b`,
  'i',
);
/** A calendar year or a version is a number but not a quantity. */
const isYear = (text: string): boolean => /^(?:19|20)\d\d$/u.test(text.trim());

/**
 * Percentages and multipliers claim a change only next to a change word ("40%
 * faster", "cut 30%"). "by", "up" and "down" are change words only right before
 * the number ("down 30%", "incidents by 80%"): "grouped by stack trace and
 * found 70%" claims nothing.
 */
const hasChangeWordNear = (text: string, start: number, end: number): boolean => {
  const window = text.slice(Math.max(0, start - 30), Math.min(text.length, end + 25));
  for (const match of window.matchAll(CHANGE_WORD))
    if (!WEAK_CHANGE_WORDS.has(match[0].toLowerCase())) return true;
  return /\b(?:up|down|by)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|~)?$/iu.test(
    text.slice(Math.max(0, start - 25), start),
  );
};
const WEAK_CHANGE_WORDS: ReadonlySet<string> = new Set(['by', 'up', 'down']);

/** "reduced latency by 300 ms": a delta without its starting point is relative too. */
const isDeltaAfterBy = (text: string, start: number): boolean =>
  /\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|~)?$/iu.test(
    text.slice(Math.max(0, start - 20), start),
  );

/** "which would have doubled our bill": a road not taken claims no change. */
const isHypothetical = (text: string, start: number): boolean =>
  /\b(?:would|could|might|may|will|won't|wouldn't|'d)\s+(?:have\s+|not\s+|probably\s+|likely\s+)*(?:\w+\s+)?$/iu.test(
    text.slice(Math.max(0, start - 40), start),
  );

/**
 * "no charge has doubled since", "it never doubled again": a change that stopped happening is
 * an observable result, not a figure that wants a baseline.
 */
const isNegatedChange = (text: string, start: number): boolean =>
  /\b(?:no|none|nothing|never|not|hasn't|haven't|hadn't|didn't|wasn't|weren't)\b(?:\s+[\w']+){0,2}?\s+(?:(?:has|have|had|ever|again|since)\s+)*$/iu.test(
    text.slice(Math.max(0, start - 40), start),
  );

/** "took about six months", "spent two weeks": the cost of the work, not a result of it. */
const isEffortDuration = (text: string, start: number): boolean =>
  /\b(?:took|take|takes|taking|spent|spend|lasted|for)\s+(?:us\s+|me\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+|~)?$/iu.test(
    text.slice(Math.max(0, start - 30), start),
  );

/**
 * "8% of listings went missing", "70% came from one callback", "accounted for
 * 60%": a share of something, not a change that needs a baseline.
 */
const isProportion = (text: string, start: number, end: number): boolean =>
  /^\s+(?:of\s+(?!the\s+(?:time|baseline))|(?:of (?:them|those|these|it)\b)|(?:of|in) (?:all|our|the|their)\b|(?:came|come|comes|coming|were|was|are|is) (?:from|caused by|due to|in|on|down to|traced to|tied to|related to|because)\b|(?:had|have|has|hit|used|shared|affected|involved)\b|share\b)/iu.test(
    text.slice(end),
  ) ||
  /\b(?:accounted for|accounts for|account for|made up|makes up|make up|responsible for|share of|a share of|comprised|represented|covered)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|~)?$/iu.test(
    text.slice(Math.max(0, start - 30), start),
  );

const overlaps = (
  taken: ReadonlyArray<readonly [number, number]>,
  start: number,
  end: number,
): boolean => taken.some(([takenStart, takenEnd]) => start < takenEnd && end > takenStart);

/** All quantities of a sentence, the more specific kinds first and without overlaps. */
export const findQuantities = perSentence((sentence: Sentence): Quantity[] => {
  const taken: Array<readonly [number, number]> = [];
  const quantities: Quantity[] = [];
  const hasFromTo = FROM_TO.test(sentence.text);
  for (const { kind, pattern } of QUANTITY_PATTERNS) {
    for (const match of sentence.text.matchAll(pattern)) {
      const start = match.index;
      let end = start + match[0].length;
      if (overlaps(taken, start, end)) continue;
      if ((kind === 'number' || kind === 'measure') && isYear(match[0])) continue;
      // "the two go hand in hand", "the three of us": a number word standing for people or things named before.
      if (
        kind === 'number-word' &&
        /\b(?:the|these|those)\s+$/iu.test(sentence.text.slice(Math.max(0, start - 8), start)) &&
        /\s(?:that|who|which|go|went|together|agreed|met|talked|do|did|had|have|can|could|would|will|should|must|seem|seemed|both|all)$/iu.test(
          match[0],
        )
      )
        continue;
      if (isEffortDuration(sentence.text, start)) continue;
      // Quote "40% faster", not just "40%": the claim is what needs the baseline.
      const comparative =
        /^\s?(?:faster|slower|quicker|cheaper|smaller|larger|bigger|better|worse|higher|lower|more|fewer|less|improvement|reduction|increase|decrease)\b/iu.exec(
          sentence.text.slice(end),
        );
      if (comparative !== null && (kind === 'percent' || kind === 'multiplier'))
        end += comparative[0].length;
      taken.push([start, end]);
      const isChange =
        kind === 'multiplier-word' ||
        ((kind === 'percent' || kind === 'multiplier') &&
          !isProportion(sentence.text, start, end) &&
          hasChangeWordNear(sentence.text, start, end)) ||
        ((kind === 'measure' || kind === 'money') && isDeltaAfterBy(sentence.text, start));
      quantities.push({
        evidence: evidenceIn(sentence, start, end),
        isRelative:
          isChange &&
          !hasFromTo &&
          !isHypothetical(sentence.text, start) &&
          !isNegatedChange(sentence.text, start),
      });
    }
  }
  return quantities.sort((a, b) => a.evidence.start - b.evidence.start);
});

/** The sentence states a starting point or how the number was measured. */
export const hasBaselineCue = perSentence((sentence: Sentence): boolean => {
  BASELINE_PHRASE.lastIndex = 0;
  return FROM_TO.test(sentence.text) || BASELINE_PHRASE.test(sentence.text);
});

/** Metric nouns named in a sentence ("latency", "error rate"), lower-cased. */
export const metricNounsOf = perSentence((sentence: Sentence): string[] =>
  [...sentence.text.matchAll(METRIC_NOUN)].map((match) => match[0].toLowerCase()),
);

/** A rate after a figure: "four pages a week", "180,000 lines per second". */
const RATE_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|shift|week|sprint|month|quarter|year|release|deploy)\b/iu;
const DURATION_UNIT =
  /\d\s?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)$/iu;

/**
 * A figure that reads a metric's level after the change ("median time to
 * acknowledge was 4 minutes", "down to four pages a week", "opened by 85% of
 * account managers"), as opposed to a count of things done ("412 refunds",
 * "all seven people"). A level means little without the level before it.
 */
export const isMetricReading = (sentence: Sentence, quantity: Quantity): boolean => {
  const quote = quantity.evidence.quote.trim();
  if (/%|percent|per cent/iu.test(quote)) return true;
  if (DURATION_UNIT.test(quote) && /\d/u.test(quote)) return true;
  const after = sentence.text.slice(quantity.evidence.end - sentence.start);
  return RATE_AFTER.test(after);
};

/** What a figure counts, to find the same thing measured elsewhere: "minutes", "pages", "percent". */
export const unitKeyOf = (quantity: Quantity): string => {
  const quote = quantity.evidence.quote.trim().toLowerCase();
  if (/%|percent|per cent/u.test(quote)) return 'percent';
  const last = /([a-z]+)$/u.exec(quote)?.[1] ?? '';
  if (/^(?:ms|milliseconds?)$/u.test(last)) return 'ms';
  if (/^(?:s|secs?|seconds?)$/u.test(last)) return 'second';
  if (/^(?:mins?|minutes?)$/u.test(last)) return 'minute';
  if (/^(?:h|hrs?|hours?)$/u.test(last)) return 'hour';
  return last.replace(/s$/u, '');
};

/** "fails the build if the bundle grows by more than 10%": a threshold, not a claimed change. */
export const isConditional = (sentence: Sentence, quantity: Quantity): boolean =>
  // "if it grows by 10%", and a threshold in a clause of when: "switches when receipts drop below 95%".
  /\b(?:if|unless|whenever|once)\b[^.;]{0,80}$|\bwhen\b[^.;]{0,60}\b(?:below|above|under|over|past|exceeds?|reaches?)\s+$/iu.test(
    sentence.text.slice(0, quantity.evidence.start - sentence.start),
  );

/** "down from 12", "than before", "our goal was": a level before, or a target, to size an outcome against. */
const BEFORE_OR_TARGET =
  /\b(?:down from|up from|compared (?:with|to)|relative to|than (?:before|it was|the old|last|we had)|used to|previously|before the (?:change|fix|release|migration)|the (?:week|month|quarter|year) before|baseline|target|goal|budget)\b/iu;

export const statesBeforeOrTarget = perSentence(
  (sentence: Sentence): boolean =>
    FROM_TO.test(sentence.text) || BEFORE_OR_TARGET.test(sentence.text),
);

/** "8% of listings", "90% came from two models": a share of something, not a level that moved. */
export const isShare = (sentence: Sentence, quantity: Quantity): boolean =>
  isProportion(
    sentence.text,
    quantity.evidence.start - sentence.start,
    quantity.evidence.end - sentence.start,
  );
