import type { Evidence } from '../../types';
import {
  AGENTLESS_BLAME_PATTERNS,
  BLAME_NEGATIONS,
  DEFLECTION_PATTERNS,
  LESSONS_ABOUT_OTHERS,
  OBSERVABLE_OUTCOME_PATTERNS,
  PRAISE_PATTERNS,
  CAUSAL_PHRASES,
  FELT_OUTCOME_PATTERNS,
  FIRST_PERSON_LEARNING_PHRASES,
  LEARNING_PHRASES,
  SELF_ACCOUNTABILITY_PHRASES,
  SOFT_BLAME_PATTERNS,
  SPOKEN_FILLERS,
  STRONG_BLAME_PATTERNS,
  TECHNICAL_TERMS,
  TRADE_OFF_PHRASES,
  UNCERTAINTY_PHRASES,
  VAGUE_PHRASES,
  phraseRegex,
} from './lexicon';
import { evidenceIn, evidenceOf, findAll, perSentence, tokenize, type Sentence } from './text';

/** Detectors for word-level signals: vagueness, blame, learning, technical vocabulary. */

const VAGUE = phraseRegex(VAGUE_PHRASES);
const LEARNING = phraseRegex(LEARNING_PHRASES);
const SELF_ACCOUNTABILITY = phraseRegex(SELF_ACCOUNTABILITY_PHRASES);
const UNCERTAINTY = phraseRegex(UNCERTAINTY_PHRASES);
const TECHNICAL = phraseRegex(TECHNICAL_TERMS);
const TRADE_OFF = phraseRegex(TRADE_OFF_PHRASES);
const CAUSAL = phraseRegex(CAUSAL_PHRASES);

/**
 * "some discussions", "some fixes": an unnamed plural in place
 * of the thing itself. Not "some of", "some time" or "some people", which are
 * ordinary phrasing.
 */
const UNNAMED_PLURAL =
  /\bsome (?!of\b|more\b|times\b|people\b|days\b|weeks\b|months\b|years\b)[a-z]{3,}(?:s|es)\b/gi;

/** "um", "you know": a filler of speech, which costs clarity but hides no fact (unlike "I think" or "tried to"). */
export const isSpokenFiller = (hit: Evidence): boolean =>
  SPOKEN_FILLERS.has(hit.quote.toLowerCase());

export const findVaguePhrases = perSentence((sentence: Sentence): Evidence[] => {
  const phrases = findAll(sentence, VAGUE);
  // "made some changes" is one vague phrase, not two.
  const plurals = findAll(sentence, UNNAMED_PLURAL).filter(
    (hit) => !phrases.some((other) => hit.start < other.end && hit.end > other.start),
  );
  return [...phrases, ...plurals].sort((a, b) => a.start - b.start);
});
const FIRST_PERSON_LEARNING = phraseRegex(FIRST_PERSON_LEARNING_PHRASES);
const FIRST_PERSON = /(?<![\p{L}'])(?:I|I'm|I've|I'd|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}'])/u;

/** Reflection phrases; the framing ones ("looking back") only in a sentence about the candidate. */
export const findLearning = perSentence((sentence: Sentence): Evidence[] =>
  [
    // Under a "Lessons:" label the whole line is the lesson.
    ...(sentence.isLessonLabel === true && findAll(sentence, LEARNING).length === 0
      ? [evidenceOf(sentence)]
      : []),
    ...findAll(sentence, LEARNING),
    // "Looking back, I think maybe it was teamwork" frames a lesson without giving one.
    ...(FIRST_PERSON.test(sentence.text) && findVaguePhrases(sentence).length === 0
      ? findAll(sentence, FIRST_PERSON_LEARNING)
      : []),
  ].sort((a, b) => a.start - b.start),
);
export const findTradeOffs = (sentence: Sentence): Evidence[] => findAll(sentence, TRADE_OFF);
export const findCausal = (sentence: Sentence): Evidence[] => findAll(sentence, CAUSAL);
/** Technical terms (cached: the analysis, the depth reading and the probe outcomes all ask). */
export const findTechnicalTerms = perSentence((sentence: Sentence): Evidence[] =>
  findAll(sentence, TECHNICAL),
);
/** "there was not much I could have done": the words of accountability, negated. */
const DENIED_BEFORE =
  /\b(?:nothing|not much|little|no more|not a lot|none of (?:it|this|that) was)\b[^.;!?]{0,20}$/iu;

export const hasSelfAccountability = (sentence: Sentence): boolean =>
  findAll(sentence, SELF_ACCOUNTABILITY).some(
    (hit) =>
      !DENIED_BEFORE.test(
        sentence.text.slice(
          Math.max(0, hit.start - sentence.start - 40),
          hit.start - sentence.start,
        ),
      ),
  );

/** "I'm not sure how we measured it": such a sentence is not evidence of anything. */
export const isUncertain = perSentence(
  (sentence: Sentence): boolean => findAll(sentence, UNCERTAINTY).length > 0,
);

/** Common capitalised words that are not names of tools or systems. */
const COMMON_CAPITALISED = new Set([
  'I',
  'A',
  'An',
  'The',
  'We',
  'Our',
  'My',
  'It',
  'OK',
  'CEO',
  'CTO',
  'VP',
  'PM',
  'TL',
  'EM',
  'QA',
  'HR',
  'US',
  'UK',
  'EU',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  // Business and calendar shorthand, and buzzword acronyms: capitals that name no mechanism.
  'ASAP',
  'OKR',
  'OKRs',
  'KPI',
  'KPIs',
  'ROI',
  'FAQ',
  'NDA',
  'ETA',
  'EOD',
  'EOW',
  'FYI',
  'TBD',
  'USA',
  'NYC',
  'SF',
  'AM',
  'IT',
  'TV',
  'MVP',
  'SaaS',
  'PaaS',
  'B2B',
  'B2C',
  'AI',
  'ML',
  'GenAI',
  'LLM',
  'LLMs',
  'VC',
  'IPO',
  'H1',
  'H2',
  'FY',
  'LinkedIn',
  'PowerPoint',
  'YouTube',
  'WhatsApp',
  'FaceTime',
  'iPad',
  'OK',
  'ID',
  'IDs',
  'PTO',
  'WFH',
  'SVP',
  'EVP',
  'CFO',
  'COO',
  'CPO',
  'PMs',
  'EMs',
  'TLs',
  'NPS',
  'CSAT',
  'SLT',
  'AMA',
  'RACI',
  'TL;DR',
  'DM',
  'DMs',
  'UX',
  'PR',
]);

/** People's names that look like product names ("McKenzie", "DeShawn"), not tools. */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Le|La|Van|Von)[A-Z][a-z]+$/u;

/**
 * Names of tools, systems and artefacts: CamelCase (PostgreSQL), acronyms
 * (CDN), or letters with digits (S3, p95). Capitalised plain words are skipped
 * because sentence starts and people's names would count too.
 */
export const findNamedThings = perSentence((sentence: Sentence): Evidence[] =>
  tokenize(sentence.text)
    .filter((token) => !COMMON_CAPITALISED.has(token.text))
    .filter(
      (token) =>
        /^[A-Z]{2,6}s?$/u.test(token.text) ||
        // Mixed case names a product: WebKit, PostgreSQL, GitHub, iOS, macOS, gRPC.
        ((/^[A-Za-z]*[a-z][A-Z][A-Za-z]*$/u.test(token.text) ||
          /^[a-z]+[A-Z]{2,}[a-z]*$/u.test(token.text)) &&
          !NAME_PREFIX.test(token.text)) ||
        (/\p{L}/u.test(token.text) &&
          /\d/u.test(token.text) &&
          /^[A-Za-z]{1,8}\d{1,4}[A-Za-z]*$/u.test(token.text)),
    )
    .map((token) => ({
      quote: token.text,
      turn: sentence.turn,
      start: sentence.start + token.start,
      end: sentence.start + token.end,
    })),
);

/** Matches of a global regex that are not inside one of the `exclusions` spans. */
const matchesOutside = (
  sentence: Sentence,
  patterns: readonly RegExp[],
  exclusions: readonly Evidence[],
): Evidence[] =>
  patterns
    .flatMap((pattern) => findAll(sentence, pattern))
    .filter(
      (hit) => !exclusions.some((excluded) => hit.start < excluded.end && hit.end > excluded.start),
    );

export interface BlameHits {
  readonly strong: readonly Evidence[];
  readonly soft: readonly Evidence[];
}

/**
 * Words every blame pattern contains; a sentence without any is skipped, which
 * spares most sentences the expensive patterns.
 */
const BLAME_GATE =
  /fault|ball|useless|incompeten|lazy|clueless|hopeless|careless|sloppy|negligen|stupid|avoidable|bus\b|nothing i could|hands|not my|messed|screwed|mistake|mess\b|should|care|work with|look bad|on (?:them|him|her)|make up|n't|did not|had not|would not|never|fail|forgot|ignored|refused|missed|broke|overlooked|only|slow|unresponsive|unhelpful|late|difficult|vague|busy|if |blam|around their|not helpful|not responsive|usually went|always do|control|some people/i;

const DEFLECTION = DEFLECTION_PATTERNS;
const AGENTLESS = AGENTLESS_BLAME_PATTERNS;

/**
 * Blame of others, ignoring negated blame ("instead of blaming QA"). Strong
 * blame is open fault-finding or a deflection (vindication, politics, fate,
 * contempt, credit-taking, lessons for others); soft blame is tone-dependent
 * (others' omissions, passive voice, circumstance).
 */
export const findBlame = perSentence((sentence: Sentence): BlameHits => {
  const negations = BLAME_NEGATIONS.flatMap((pattern) => findAll(sentence, pattern));
  const deflections = matchesOutside(sentence, DEFLECTION, negations);
  const agentless = matchesOutside(sentence, AGENTLESS, negations);
  if (!BLAME_GATE.test(sentence.text)) return { strong: deflections, soft: agentless };
  return {
    strong: [...matchesOutside(sentence, STRONG_BLAME_PATTERNS, negations), ...deflections],
    soft: [...matchesOutside(sentence, SOFT_BLAME_PATTERNS, negations), ...agentless],
  };
});

/** "The lesson is that product needs to…": a lesson about others. */
export const findLessonsAboutOthers = perSentence((sentence: Sentence): Evidence[] =>
  LESSONS_ABOUT_OTHERS.flatMap((pattern) => findAll(sentence, pattern)),
);

/** A quoted string ('my prints came out cropped', "z" became "y"): the candidate names the exact thing. */
const QUOTED_TEXT = /(?<![\p{L}\p{N}])['"‘“][^'"‘’“”\n]{1,80}['"’”](?![\p{L}])/gu;
/** A hyphenated compound ("server-assigned", "scroll-to-first-error"): usually a specific thing, not a feeling. */
const HYPHENATED = /(?<![\p{L}-])\p{L}{2,}(?:-\p{L}+)+(?![\p{L}-])/gu;
/** Compounds that are idioms, not things. */
const IDIOM_COMPOUNDS: ReadonlySet<string> = new Set([
  'follow-up',
  'one-on-one',
  'one-on-ones',
  'long-term',
  'short-term',
  'day-to-day',
  'well-known',
  'high-level',
  'low-level',
  'so-called',
  'co-worker',
  'co-workers',
  'non-technical',
  'self-aware',
  'up-to-date',
  'in-depth',
  'hands-on',
  'win-win',
  'data-driven',
  'customer-centric',
  'low-hanging',
  'game-changer',
  'next-level',
  'world-class',
  'cutting-edge',
  'value-add',
  'end-to-end',
]);

/**
 * Concrete details of a sentence: quoted text, hyphenated compounds and
 * capitalised names inside the sentence (a person, a product, a customer).
 * With technical terms and numbers they tell a story with a mechanism from
 * one told in abstractions ("some discussions", "a compromise").
 */
export const findConcreteDetails = perSentence((sentence: Sentence): Evidence[] => {
  const quoted = findAll(sentence, QUOTED_TEXT);
  const compounds = findAll(sentence, HYPHENATED).filter(
    (hit) => !IDIOM_COMPOUNDS.has(hit.quote.toLowerCase()),
  );
  const names = tokenize(sentence.text)
    .filter(
      (token, index) =>
        index > 0 &&
        /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
        !COMMON_CAPITALISED.has(token.text) &&
        // After a colon or a quote mark a capital starts a new clause, not a name.
        !/[.:!?"'“‘]\s*$/u.test(sentence.text.slice(0, token.start)),
    )
    .map((token) => evidenceIn(sentence, token.start, token.end));
  return [...quoted, ...compounds, ...names];
});

/**
 * A sentence that lists tools ("PagerDuty, Grafana, Prometheus and Loki"):
 * naming four or more products in one breath shows a stack, not a decision.
 */
export const isToolList = perSentence((sentence: Sentence): boolean => {
  const names = new Set(
    [
      ...findNamedThings(sentence),
      ...findConcreteDetails(sentence).filter((hit) => /^\p{Lu}\p{Ll}+$/u.test(hit.quote)),
    ].map((hit) => hit.quote),
  );
  return names.size >= 4 && (sentence.text.match(/,/gu) ?? []).length >= 3;
});

/** "Things got much better", "they trust us more": an outcome felt, not shown. */
export const findFeltOutcomes = perSentence((sentence: Sentence): Evidence[] =>
  FELT_OUTCOME_PATTERNS.flatMap((pattern) => findAll(sentence, pattern)),
);

/** "No charge has doubled since", "they renewed": an outcome anyone could check. */
export const findObservableOutcomes = perSentence((sentence: Sentence): Evidence[] =>
  OBSERVABLE_OUTCOME_PATTERNS.flatMap((pattern) => findAll(sentence, pattern)),
);

/** "My manager said he'd never seen anyone handle it so gracefully": praise as the payoff. */
export const findPraise = perSentence((sentence: Sentence): Evidence[] =>
  PRAISE_PATTERNS.flatMap((pattern) => findAll(sentence, pattern)),
);
