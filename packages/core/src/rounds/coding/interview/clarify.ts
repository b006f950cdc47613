import { oneLine, sentencesOf, type Sentence } from './text';

/**
 * The clarify phase: the candidate asks about what the statement leaves open, and the
 * interviewer answers from the statement itself (quoting the sentence that settles it), or, when
 * the statement is silent, says what a real interviewer says: assume what is reasonable and say it.
 * Deterministic and grounded: it never invents a constraint the problem does not state.
 */

/** What clarifying questions are usually about, and how a statement settles each. */
interface ClarifyTopic {
  readonly id: string;
  /** The candidate is asking about this. */
  readonly asked: RegExp;
  /** A statement sentence that settles it. */
  readonly settledBy: RegExp;
}

const TOPICS: readonly ClarifyTopic[] = [
  {
    id: 'empty-input',
    asked:
      /\b(empty|no (?:elements?|items?|values?|nodes?)|zero[- ](?:length|elements?|items?)|null|none|nothing)\b/iu,
    settledBy:
      /(≥|>=|at least)\s*1\b|\b1\s*(≤|<=)|\bempty\b|\b0\s*(≤|<=)\s*\w*\s*(length|size|n\b|number)/iu,
  },
  {
    id: 'negatives',
    asked: /\bnegative|\bbelow zero|\bsigned\b|\bminus\b/iu,
    settledBy:
      /\bnegative|\bsigned\b|[−-]\s*10\s*[\^⁰¹²³⁴⁵⁶⁷⁸⁹]|[−-]\s*2\s*[\^³]|\bnon-?negative\b|\bpositive\b|\b0\s*(≤|<=)/iu,
  },
  {
    id: 'duplicates',
    asked:
      /\bduplicat|\brepeat|\bsame (?:value|number|element|word|character)|\bdistinct\b|\bunique\b/iu,
    settledBy:
      /\bduplicat|\brepeat|\bsame (?:value|number|element|word|character)|\bdistinct\b|\bunique\b|\btwice\b/iu,
  },
  {
    id: 'order',
    asked: /\bsorted\b|\bascending|\bdescending|\bin order\b|\bordered\b/iu,
    settledBy: /\bsorted\b|\bascending|\bdescending|\bnon-?decreasing|\bincreasing\b/iu,
  },
  {
    id: 'size',
    asked:
      /\b(how (?:big|large|long|many)|size|length|maximum|max|limits?|constraints?|up to|bound)\b/iu,
    settledBy: /≤|<=|\bat most\b|\bconstraints?\b|\bup to [\d·,]+|\bno more than\b/iu,
  },
  {
    id: 'value-range',
    asked:
      /\b(overflow|range|how big (?:can|are) (?:the )?(?:values|numbers)|32-bit|64-bit|integers? fit)\b/iu,
    settledBy: /\b(32|64)-bit\b|\bfits?\b|10\s*[\^⁰¹²³⁴⁵⁶⁷⁸⁹]|\bmodulo\b/iu,
  },
  {
    id: 'answer-count',
    asked:
      /\b(more than one|multiple|several) (?:answers?|solutions?|pairs?|ways?)|\bno (?:answer|solution)|\balways (?:an? )?(?:answer|solution)|\bwhich one\b/iu,
    settledBy:
      /\bexactly one\b|\bany (?:of them|one|order)\b|\bif (?:there is )?no\b|\balways\b|\bunique (?:answer|solution)\b|\breturn -?1\b/iu,
  },
  {
    id: 'output-format',
    asked:
      /\b(return|output|format|print|in what order|what should (?:it|the function) (?:give|return))\b/iu,
    settledBy: /\breturns?\b|\boutput\b|\beither order\b|\bany order\b/iu,
  },
  {
    id: 'in-place',
    asked:
      /\bin[- ]place\b|\bmodify\b|\bmutat|\bchange the (?:input|array|list)|\bextra (?:space|memory)\b|\bcopy\b/iu,
    settledBy:
      /\bin[- ]place\b|\bmodif|\bextra (?:space|memory)\b|\bwithout (?:using )?(?:extra|another)\b/iu,
  },
  {
    id: 'characters',
    asked:
      /\b(characters?|letters?|ascii|unicode|lower-?case|upper-?case|case[- ]sensitive|spaces?|punctuation)\b/iu,
    settledBy:
      /\b(characters?|letters?|ascii|unicode|lower-?case|upper-?case|case|spaces?|punctuation|digits?)\b/iu,
  },
];

const STOP_WORDS = new Set(
  'a an and are as at be can could do does for from have how i if in is it its may me might of on or should so that the there this to was we what when where which will with would you your my any all each than then them they these those not no yes ok okay about'.split(
    ' ',
  ),
);

const contentWords = (text: string): Set<string> =>
  new Set(
    (text.toLowerCase().match(/[a-z][a-z'-]{2,}/gu) ?? []).filter((word) => !STOP_WORDS.has(word)),
  );

export interface ClarifyingAnswer {
  /** What the interviewer says. */
  readonly reply: string;
  /** `statement`: settled by a sentence of the statement; `assume`: the statement is silent. */
  readonly basis: 'statement' | 'assume';
  /** The statement sentences the reply quotes. */
  readonly quoted: readonly Sentence[];
}

/** The interviewer's line when the statement does not settle a question. */
export const ASSUME_REPLY =
  'The statement does not say. Assume what is reasonable, say your assumption out loud, and design for it.';

const quoteReply = (quoted: readonly Sentence[]): string =>
  `The statement covers that: ${quoted.map((sentence) => `“${oneLine(sentence.text)}”`).join(' ')}`;

/**
 * Answers one clarifying question from the problem statement. A question about a topic the
 * statement settles gets that sentence; a question about something the statement is silent on
 * gets the assume-and-say-it reply. A question on no known topic is matched by the words it
 * shares with a statement sentence (two or more).
 */
export const answerClarifyingQuestion = (statement: string, question: string): ClarifyingAnswer => {
  const sentences = sentencesOf(statement);
  const askedTopics = TOPICS.filter((topic) => topic.asked.test(question));
  const settling = (topic: ClarifyTopic): Sentence[] =>
    sentences.filter((sentence) => topic.settledBy.test(sentence.text));
  if (askedTopics.length > 0) {
    const words = contentWords(question);
    const overlap = (sentence: Sentence): number =>
      [...contentWords(sentence.text)].filter((word) => words.has(word)).length;
    const quoted = [
      ...new Set(
        askedTopics.flatMap((topic) =>
          // The sentence that settles the topic and shares most words with the question.
          settling(topic)
            .sort((left, right) => overlap(right) - overlap(left))
            .slice(0, 1),
        ),
      ),
    ].sort((left, right) => left.start - right.start);
    return quoted.length > 0
      ? { reply: quoteReply(quoted), basis: 'statement', quoted }
      : { reply: ASSUME_REPLY, basis: 'assume', quoted: [] };
  }
  const words = contentWords(question);
  let best: { sentence: Sentence; shared: number } | null = null;
  for (const sentence of sentences) {
    const shared = [...contentWords(sentence.text)].filter((word) => words.has(word)).length;
    if (shared >= 2 && (best === null || shared > best.shared)) best = { sentence, shared };
  }
  return best === null
    ? { reply: ASSUME_REPLY, basis: 'assume', quoted: [] }
    : { reply: quoteReply([best.sentence]), basis: 'statement', quoted: [best.sentence] };
};
