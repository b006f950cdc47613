import type { Evidence } from '../../types';
import { IRREGULAR_ACTION_PAST, NON_ACTION_VERBS, PRESENT_ACTION_VERBS } from './lexicon';
import { findSubjectActions } from './ownership';
import { clauseAt, countWords, perSentence, tokenize, type Sentence, type Token } from './text';

/**
 * What a sentence does in a story, read from its grammar rather than from cue
 * phrases alone: who acts (the candidate, "we", someone else, or nobody named,
 * as in a résumé bullet), whether it states how things were or what happened,
 * whether it marks time after the events, and whether a step is concrete.
 * The STAR decoder (segment.ts) turns these into parts for the whole sequence.
 */
export interface SentenceFeatures {
  /** Steps the candidate took with a concrete object: "I batched the badge queries by order id". */
  readonly concreteSteps: number;
  /** Concrete steps told as "we" or "the team": real work, though whose is unclear (that is `we-not-i`'s business). */
  readonly concreteTeamSteps: number;
  /** Steps in the candidate's voice with nothing concrete to check: "I drove alignment", "I introduced PagerDuty, Grafana, …". */
  readonly abstractSteps: number;
  /** The first such step, quoted: what a missing-action message can point at. */
  readonly abstractStep?: Evidence;
  /** A line that starts with a verb of doing and no subject ("Pulled three months of logs"): the candidate's step. */
  readonly isSubjectlessStep: boolean;
  /** A clause about someone or something other than the candidate: "the dashboard took 38 seconds", "she replied", "it was slow". */
  readonly hasOtherSubjectEvent: boolean;
  /** Such a clause with a verb of doing or change, not of being: "refunds went out", "she replied" (not "it was busy"). */
  readonly hasOtherSubjectAction: boolean;
  /** A time marker saying a state has held up to now: "since then", "these days", "anymore". */
  readonly hasPersistentTime: boolean;
  /** A verb of being in the past: "was", "were", "had been", "used to". */
  readonly hasPastState: boolean;
  /** Something wrong with the world: slow, failing, complaints, a bug, a deadline at risk. */
  readonly hasProblem: boolean;
  /** A time marker placing it after the events: "since then", "a year later", "by Friday", "the same afternoon". */
  readonly hasLaterTime: boolean;
  /** A plan, not an outcome: "we'd delete the copies within 48 hours". */
  readonly isPlan: boolean;
  /** An opinion or a creed in the present tense, which no story part is: "I believe transparency is…". */
  readonly isGeneralisation: boolean;
  /** A goal, constraint or decision: "I didn't want them to find out from auditors", "I decided", "rather than". */
  readonly hasGoalOrDecision: boolean;
  /**
   * The sentence brings something new into the story: an indefinite noun
   * phrase ("a database migration", "an ML model") or a date ("two years ago").
   * Not in a list of tools.
   */
  readonly introducesEntity: boolean;
  /** A list of tools or products ("MLflow, Kubeflow, Feast, Evidently…"): a claim of a stack, neither a step nor a scene. */
  readonly isToolList: boolean;
  /** Words in the sentence (after any STAR label). */
  readonly wordCount: number;
}

/**
 * Verbs of doing that name no step anyone could check: management language
 * ("drove", "championed", "leveraged") and help without a part ("helped",
 * "supported"). With them a sentence claims work instead of telling it.
 */
const VAGUE_STEP_VERBS: ReadonlySet<string> = new Set([
  'drove',
  'championed',
  'spearheaded',
  'leveraged',
  'fostered',
  'facilitated',
  'aligned',
  'helped',
  'supported',
  'ensured',
  'transformed',
  'empowered',
  'partnered',
  'collaborated',
  'worked',
  'approached',
  'established',
  'evangelized',
  'evangelised',
  'orchestrated',
  'streamlined',
  'revolutionized',
  'revolutionised',
  'elevated',
  'enabled',
  'embraced',
  'crafted',
  'navigated',
  'handled',
  'dealt',
  'tried',
  'owned',
  // "I proved her wrong with data" claims the outcome of a step without telling it.
  'proved',
  // Verbs of stewardship: "I invested heavily in documentation", "I cultivated a habit of…".
  'invested',
  'cultivated',
  'nurtured',
  'instilled',
  'advocated',
  'socialised',
  'socialized',
  'shepherded',
  'steered',
  'oversaw',
  'transitioned',
  // "I made sure that nothing fell through the cracks", "made myself available": a guarantee, not a step.
  'made sure',
  'made certain',
  'made myself',
]);

/**
 * Nouns of corporate abstraction: objects that make "I built a strong bridge
 * with support" sound like a step without saying what was done.
 */
const ABSTRACT_OBJECTS: ReadonlySet<string> = new Set([
  'ownership',
  'alignment',
  'stakeholders',
  'stakeholder',
  'narrative',
  'empathy',
  'bridge',
  'bridges',
  'culture',
  'vision',
  'strategy',
  'synergy',
  'synergies',
  'excellence',
  'mindset',
  'trust',
  'partnership',
  'partnerships',
  'collaboration',
  'communication',
  'transparency',
  'rituals',
  'ritual',
  'initiative',
  'initiatives',
  'practices',
  'values',
  'humility',
  'intent',
  'way',
  'things',
  'stuff',
  'everything',
  'lot',
  'bunch',
  'impact',
  'value',
  'success',
  'change',
  'changes',
  'improvements',
  'transformation',
  'journey',
  'conversation',
  'conversations',
  'approach',
  'goals',
  'priorities',
  'experience',
  'accountability',
  'quality',
  'bar',
  'loops',
  'loop',
  'feedback',
  'voice',
  'program',
  'programme',
  'team',
  'teams',
  'org',
  'organisation',
  'organization',
  'company',
  'role',
  'sure',
  'observability',
  'work',
  'project',
  'effort',
  'efforts',
  'completion',
  'delivery',
  'execution',
  'planning',
  // Puffery that modifies nothing checkable: "end-to-end observability", "a robust, scalable solution".
  'end',
  'entire',
  'overall',
  'robust',
  'scalable',
  'seamless',
  'holistic',
  'comprehensive',
  'solution',
  'solutions',
]);

/** The short prepositions, which neither name a thing nor open a subject. */
const PREPOSITIONS: readonly string[] = [
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'into',
];

/** Function words and pronouns: an object made only of these names nothing ("I fixed it"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'it',
  'this',
  'that',
  'these',
  'those',
  'them',
  'they',
  'him',
  'her',
  'his',
  'its',
  'my',
  'our',
  'their',
  'your',
  'me',
  'us',
  'and',
  'or',
  'but',
  ...PREPOSITIONS,
  'onto',
  'up',
  'out',
  'over',
  'about',
  'across',
  'around',
  'all',
  'some',
  'any',
  'more',
  'much',
  'many',
  'very',
  'really',
  'strong',
  'full',
  'clear',
  'whole',
  'great',
  'good',
  'better',
  'best',
  'new',
  'both',
  'also',
  'then',
  'so',
  'just',
  'again',
  'which',
  'what',
  'who',
  'how',
  'as',
  'well',
]);

/** A past verb of doing at the start of a line, with the candidate understood as its subject ("Pulled three months of logs"). */
const isSubjectlessStepVerb = (word: string): boolean =>
  IRREGULAR_ACTION_PAST.has(word) ||
  // In a résumé bullet, "Joined four sales calls" is a step though "I joined the company" is context.
  ['joined', 'used', 'noticed'].includes(word) ||
  (!NON_ACTION_VERBS.has(word) && word.length > 4 && word.endsWith('ed') && !word.endsWith('eed'));

/** A verb of doing after its subject, past or historic present. */
const isStepVerb = (word: string): boolean =>
  PRESENT_ACTION_VERBS.has(word) || isSubjectlessStepVerb(word);

/** "was", "had", "has" and their negatives: the verbs of a state, in any clause. */
const BE_AND_HAVE: readonly string[] = [
  'was',
  'were',
  "wasn't",
  "weren't",
  'had',
  "hadn't",
  'has',
  'have',
];

/** Past forms of "to be" and state verbs of another subject's clause. */
const PAST_FINITE: ReadonlySet<string> = new Set([
  ...BE_AND_HAVE,
  "didn't",
  "couldn't",
  "wouldn't",
  'could',
  'would',
  'kept',
  'became',
  'came',
  'went',
  'fell',
  'rose',
  'grew',
  'lost',
  'left',
  'stayed',
  'took',
  'gave',
  'told',
  'said',
  'saw',
  'ran',
  'won',
  'began',
  'got',
  'made',
  'broke',
  'held',
  'hit',
  'cut',
  'sent',
  'showed',
  'shows',
  'is',
  'are',
  'stopped',
]);

/** Words that open another subject: "it", "she", "the dashboard", "our pager", "Priya". */
const OTHER_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'it',
  'they',
  'he',
  'she',
  'this',
  'that',
  'there',
  'everyone',
  'nobody',
  'none',
  'people',
  'customers',
  'users',
  'the',
  'our',
  'their',
  'his',
  'her',
  'its',
  'a',
  'an',
  'every',
  'each',
  'all',
  'both',
  'no',
  'some',
  'most',
  'half',
  'two',
  'three',
]);

/** How many words a subject may run before its verb: "a teammate's design for our new file upload service stored…". */
const SUBJECT_WINDOW = 10;

/** Words that start a new clause inside a sentence. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'so',
  'because',
  'when',
  'until',
  'while',
  'then',
  'which',
  'since',
  'where',
]);

const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'we',
  "i'd",
  "i've",
  "we'd",
  "we've",
  "i'm",
  "we're",
]);

/** Verbs of being and modals: another subject's state ("it was", "there were"), not an event. */
const STATE_VERBS: ReadonlySet<string> = new Set([
  ...BE_AND_HAVE,
  'is',
  'are',
  'could',
  'would',
  "couldn't",
  "wouldn't",
  "didn't",
]);

/**
 * Verbs of saying and feeling: "teams said they wanted to use it" reports a
 * reaction, not a changed state of the world.
 */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'told',
  'mentioned',
  'thanked',
  'praised',
  'agreed',
  'liked',
  'loved',
  'seemed',
  'felt',
  'thought',
  'asked',
  'replied',
  'wanted',
  'noticed',
  'looked',
]);

const isFiniteVerbOfOther = (token: Token): boolean => {
  const word = token.lower;
  return (
    PAST_FINITE.has(word) ||
    IRREGULAR_ACTION_PAST.has(word) ||
    (word.length > 3 && word.endsWith('ed') && !word.endsWith('eed'))
  );
};

/** Words that cannot open a subject: prepositions, conjunctions, adverbs of sequence. */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set([
  ...CLAUSE_OPENERS,
  ...PREPOSITIONS,
  'about',
  'like',
  'as',
  'if',
  'or',
  'not',
  'also',
  'just',
  'only',
  'even',
  'yeah',
  'um',
  'uh',
  'well',
  'okay',
  'honestly',
  'basically',
  'actually',
  'really',
  'maybe',
  'probably',
  'after',
  'before',
  'during',
  'once',
  'every',
  'each',
]);

/**
 * Whether a clause of the sentence has a subject other than the candidate and
 * a finite verb within a few words: "the dashboard took 38 seconds", "p95 was
 * back to 310 ms", "she replied", "Phone-first lost 11%".
 */
const otherSubjectClause = (
  sentence: Sentence,
  tokens: readonly Token[],
): 'event' | 'state' | undefined => {
  let found: 'state' | undefined;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    const before = sentence.text.slice(Math.max(0, token.start - 3), token.start);
    const previous = tokens[index - 1];
    const startsClause =
      index === 0 ||
      /[,;:—–(]\s*$/u.test(before) ||
      (previous !== undefined && CLAUSE_OPENERS.has(previous.lower));
    if (!startsClause) continue;
    if (FIRST_PERSON_SUBJECTS.has(token.lower) || token.lower === 'my') continue;
    const isOpener =
      OTHER_SUBJECT_OPENERS.has(token.lower) ||
      // A bare noun or a name: "scope grew", "Priya posted", "p95 went".
      (!NOT_A_SUBJECT.has(token.lower) && !isStepVerb(token.lower));
    if (!isOpener) continue;
    for (let offset = index + 1; offset <= index + SUBJECT_WINDOW; offset += 1) {
      const candidate = tokens[offset];
      if (candidate === undefined || FIRST_PERSON_SUBJECTS.has(candidate.lower)) break;
      if (/[,;:.]/u.test(sentence.text.slice(token.end, candidate.start))) break;
      if (isFiniteVerbOfOther(candidate)) {
        if (!STATE_VERBS.has(candidate.lower) && !SPEECH_VERBS.has(candidate.lower)) return 'event';
        found = 'state';
        break;
      }
    }
  }
  return found;
};

const PAST_STATE =
  /\b(?:(?:i|we) had (?!to\b)|(?:had|'d|hadn't) (?:already |just |never |not )?(?:[a-z]+ed|been|[a-z]+en|grown|become|built|made|written|chosen|set up)\b|was|were|wasn't|weren't|had been|'d been|had grown|had become|used to|there (?:was|were)|kept \w+ing|(?:was|were) \w+ing)\b/iu;

/**
 * Words for a state of things that is wrong: a goal is implied by them ("our
 * webhook started charging customers twice") even when nobody says "my task".
 */
const PROBLEM =
  /\b(?:slow(?:er|ness|ed|ing)?|broke|broken|break(?:s|ing)|fail(?:s|ed|ing|ures?)|errors?|bugs?|buggy|crash(?:es|ed|ing)?|outages?|incidents?|complain(?:ts?|ed|ing)?|late|delay(?:s|ed)?|behind|miss(?:ed|ing)|wrong|leak(?:s|ed|ing)?|time(?:d)? ?outs?|pain(?:ful)?|mess(?:y)?|tired|burn(?:ed|t)? ?out|churn(?:ed|ing)?|risk(?:s|y)?|block(?:ed|ing|er|ers)|stuck|flak(?:y|iness)|regress(?:ed|ion|ions)?|overload(?:ed)?|backlog|escalat(?:ed|ing|ions?)|unhappy|frustrat(?:ed|ing|ion)|confus(?:ed|ing|ion)|conflict(?:s)?|disagree(?:d|ment)?|overdue|short|twice|duplicat(?:e|ed|es)|dropp(?:ed|ing) (?:rows|data|events|messages|requests|packets)|lost|losing|worse|degrad(?:ed|ation)|underperform(?:ed|ing)?|spik(?:e|es|ed|ing)|toil|noisy|painful|hard to|couldn't|could not|didn't work|wasn't working|stopped working|unreliable|inconsistent|vulnerab(?:le|ility|ilities)|exposed|breach|threat(?:ened)?|angry|upset|quit|resign(?:ed)?|leaving|afraid|concern(?:s|ed)?|problems?|issues?|flaw(?:s|ed)?|mistakes?|lag|(?:did not|didn't|doesn't|don't) agree|kept \w+ing|went from|had gone (?:from|up)|(?:rose|grew|jumped|climbed) (?:to|from)|too (?:many|much|slow|long|late)|(?:was|were) taking|took (?:\w+ )?(?:minutes|hours|days|weeks)|embarrass\w*|differently|unexpected(?:ly)?|(?:wasn't|weren't|isn't|aren't) (?:quite |really )?(?:right|working|good|great|enough|reliable|clear|fair)|(?:times|twice) as (?:many|much|long|slow)|but|however|although|though|yet|(?:had|has|have|with) no|without|lack(?:ed|ing|s)?|(?:none of (?:us|them)|nobody|no one|(?:did ?n't|did not|don't|do not)) (?:\w+ )?(?:know|knew|understood|understand|own|owned)|inherit(?:ed|ing)?)\b/iu;

/**
 * A time marker that places the sentence after the events it follows: the
 * mark of a changed state, which is a result even with no number.
 */
const LATER_TIME =
  /\b(?:since then|since(?= *[.,;!]| *$)|ever since|from then on|(?:a|one|two|three|four|five|six|a few|several|\d+) (?:days?|weeks?|months?|quarters?|years?|sprints?) later|later that (?:day|week|month|year|quarter)|by (?:the )?(?:end of|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|afternoon|launch|release|then)|the (?:same|next) (?:day|afternoon|morning|evening|week|month|quarter|sprint|release)|(?:within|after) (?:the next |the first |the following |a few |a couple of |a |an |one |two |three |four |five |six |\d+ )?(?:hours?|days?|weeks?|months?|quarters?|sprints?|releases?|years?)|(?:over|in) the (?:next|first|following) (?:few |couple of |\w+ )?(?:hours?|days?|weeks?|months?|quarters?|sprints?|releases?|years?)|the following (?:day|week|month|quarter|year|sprint|release)|after (?:that|this|the (?:change|fix|release|rollout|launch|migration))|that (?:quarter|month|year)|today|now|still|anymore|any more|eventually|in the end|these days)\b/iu;

/** Time markers of a state that has held since the events: a changed practice or a harm that stayed away. */
const PERSISTENT_TIME =
  /\b(?:since then|ever since|from then on|since (?:launch|the (?:fix|change|release|rollout))|these days|nowadays|anymore|any more|to this day)\b|^(?:now|today|since)\b/iu;

/** Future forms after a subject: a plan or a promise, not something that happened. */
const FUTURE =
  /\b(?:i|we|they|she|he|it)(?:'ll| will| (?:am|are|is|was|were) going to| planned to| promised to| hoped to)\b/iu;
/** "We'd delete…", "I would send…": a conditional; "I'd said", "I'd been" are past perfect. The verb is captured. */
const CONDITIONAL = /\b(?:i|we|they|she|he|it)(?:'d| would)\s+(?:[\w-]+ly\s+)?([\w']+)/giu;
const PERFECT_AFTER_D: ReadonlySet<string> = new Set([
  'have',
  'been',
  'had',
  'done',
  'said',
  'told',
  'made',
  'written',
  'seen',
  'gone',
  'taken',
  'given',
  'built',
  'run',
  'set',
  'put',
  'never',
  'already',
  'just',
  'not',
  'always',
]);

/** A plan told as a plan: "the plan was to look at the results after a month", "agreed to try it". */
const PLANNED =
  /\b(?:the plan (?:was|is)|agreed to (?:try|trial|pilot|test|revisit)|to (?:try it|pilot it)|would (?:take|look into)|look into (?:it|things) further)\b/iu;

const isPlan = (text: string): boolean =>
  FUTURE.test(text) ||
  PLANNED.test(text) ||
  [...text.matchAll(CONDITIONAL)].some((match) => {
    const verb = (match[1] ?? '').toLowerCase();
    return !PERFECT_AFTER_D.has(verb) && !verb.endsWith('ed') && !IRREGULAR_ACTION_PAST.has(verb);
  });

/**
 * Opinions and creeds in the present: they close many weak answers and end no
 * story. A hedge inside a story ("I think it went from 55 to 10") is not one.
 */
const GENERALISATION =
  /\b(?:i (?:think|believe|feel|guess) (?:that )?(?:(?:it|this|that)(?:'s| is| was) )?(?:an? )?(?:important|key|crucial|essential|valuable|better|always)|i (?:have )?always (?:believed|approach|try|make sure)|i believe (?:that )?\w+(?: \w+)? (?:is|are)\b|i'm (?:a )?(?:strong )?believer|what matters (?:is|most)|it(?:'s| is) (?:always )?(?:important|key|crucial|essential)|you (?:have|need) to|you should|you can't|(?:is|are) (?:one of )?the (?:foundation|highest)|is something i (?:care|value|believe)|sometimes (?:you|projects|things)|the main thing i would say|as everyone has|some people are just|(?:is|are) (?:the |a |an |one of the )?(?:most |really |very |so |super )?(?:important|key|crucial|essential|critical|valuable|vital)\b|(?:it's|it is|this is|that's) a good example of|it (?:shows|showed) (?:that|how)|this shows)\b/iu;

/** How the candidate always does things, not what they did: "When I review a design, I look at…", "I've led several such investigations". */
const HABITUAL =
  /\b(?:when(?:ever)? i (?:review|look|see|get|work|realise|realize|find|make|write|am|lead|join|start|give|receive)|i (?:always|usually|generally|typically|tend to|try to)|i(?:'ve| have) (?:\w+ ){0,2}(?:several|many|multiple|countless|numerous|dozens of|hundreds of|a number of) (?:such )?\w+s)\b/iu;

/** "a database migration", "an outage", "two years ago", "in March": something or some time new to the story. */
const INTRODUCES_ENTITY =
  /\b(?:(?:a|an) ['"‘“]?(?!lot\b|bit\b|few\b|couple\b|little\b|way\b|sense\b)[\w-]+|\w+ (?:days?|weeks?|months?|years?) ago|in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d))\b/iu;

/** A goal, a constraint or a decision: the task of a story, said or implied. */
const GOAL_OR_DECISION =
  /\b(?:my (?:\w+ )?(?:goal|task|job|role|responsibility|aim|plan)|the (?:goal|task|aim|ask|plan|target|question) (?:was|is)|i (?:needed|had|wanted|decided|chose|volunteered|offered|set out|aimed|committed|agreed|was asked|was tasked|was supposed) to|we (?:needed|had|wanted|decided|chose|agreed|committed) to|(?:didn't|did not|don't) want|had to|needed to|in order to|so that|to make sure|to avoid|to prevent|to stop|instead of|rather than|decided|chose|deadline|before (?:the|our|their) (?:launch|release|deadline|audit|cutover|demo|renewal)|asked (?:me|us) to|responsible for|in charge of|took (?:it )?on|took ownership|priorit(?:y|ies|ised|ized|ise|ize)|wanted|(?:was|were) asked|proposed|suggested|pushed back|recommended|insisted|argued|opted|went with|settled on|agreed (?:to|on|that)|committed to|said no|turned down|fixed (?:date|deadline|launch)|(?:was|were) fixed|the only|only one|on my own|by myself|(?:i|we) (?:decide|choose|propose|suggest|want|need) )\b/iu;

const TOOL_LIST_NAMES = 4;

/** Capitalised names after the first word, and commas: a sentence that lists tools or products. */
const isToolList = (sentence: Sentence, tokens: readonly Token[]): boolean => {
  const names = tokens
    .slice(1)
    .filter((token) => /^\p{Lu}/u.test(token.text) && token.text !== 'I');
  const commas = (sentence.text.match(/,/gu) ?? []).length;
  return names.length >= TOOL_LIST_NAMES && commas >= TOOL_LIST_NAMES - 1;
};

/** A word that could name what a step was done to: no function word, and three letters or a digit ("S3"). */
const isContentWord = (word: string): boolean =>
  !FUNCTION_WORDS.has(word) && (word.length >= 3 || /\d/u.test(word));

/** The verb of a step quote ("I quickly rewrote the parser") and the content words after it: what the step was done to. */
const objectWordsAfterVerb = (quote: string): { verb: string; objects: string[] } => {
  const words = tokenize(quote).map((token) => token.lower);
  // Past the subject ("I", "we", "my team and I") and any adverbs, the first verb of doing.
  let verbIndex = 1;
  while (verbIndex < words.length && verbIndex < 6 && !isStepVerb(words[verbIndex] ?? ''))
    verbIndex += 1;
  // "Worked out the exact amount" is a step; "worked closely with" is not.
  const next = words[verbIndex + 1] ?? '';
  const verb =
    words[verbIndex] === 'worked' && next === 'out'
      ? 'worked out'
      : words[verbIndex] === 'made' && ['sure', 'certain', 'myself'].includes(next)
        ? `made ${next}`
        : (words[verbIndex] ?? '');
  // The object ends where the next verb starts: "organised the work and ensured alignment" is two claims.
  const rest = words.slice(verbIndex + 1);
  const nextVerb = rest.findIndex(
    (word, index) =>
      ['and', 'then', 'or'].includes(rest[index - 1] ?? '') &&
      (VAGUE_STEP_VERBS.has(word) || isSubjectlessStepVerb(word)),
  );
  // "The feedback I received was positive": a verb of being straight after is the clause's own; "I received" was no step.
  if (BE_AND_HAVE.includes(next)) return { verb, objects: [] };
  const objects = (nextVerb === -1 ? rest : rest.slice(0, nextVerb)).filter(isContentWord);
  // "I cleaned it up", "I rewrote them": the pronoun stands for a thing the story has named.
  if (objects.length === 0 && ['it', 'them'].includes(next)) return { verb, objects: [next] };
  return { verb, objects };
};

/** "We did not have…", "I never got…": a step denied is no step. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'nothing', 'no']);

const isConcreteStep = (verb: string, objects: readonly string[]): boolean =>
  !VAGUE_STEP_VERBS.has(verb) &&
  !NEGATIONS.has(objects[0] ?? '') &&
  objects.some((word) => !ABSTRACT_OBJECTS.has(word));

/** Subjects that are the candidate's own team: "we", "my team", "Priya and I". */
const OWN_TEAM_SUBJECT = /^(?:we\b|we'|my team|our team|\w+ and i\b)/iu;
/** Words after which "we" opens its own clause rather than a relative one. */
const CLAUSE_BEFORE =
  /(?:^|[^\p{L}\p{N}\s]\s*|\b(?:and|but|so|then|because|when|after|before|until|once|while|that|where|which)\s+)$/iu;

/**
 * A "we" step that is the team's own: "we rolled back", not "the data team we
 * depended on delivered late", where "we" opens a relative clause after a noun.
 */
const isOwnTeamStep = (sentence: Sentence, start: number): boolean => {
  const offset = start - sentence.start;
  return (
    OWN_TEAM_SUBJECT.test(sentence.text.slice(offset)) &&
    CLAUSE_BEFORE.test(sentence.text.slice(Math.max(0, offset - 40), offset))
  );
};

/** The story-grammar features of one sentence (cached: the decoder and the flags both read them). */
export const sentenceFeatures = perSentence((sentence: Sentence): SentenceFeatures => {
  const tokens = tokenize(sentence.text);
  const toolList = isToolList(sentence, tokens);
  const { mine, ours } = findSubjectActions(sentence);
  const isConcrete = (quote: string): boolean => {
    const { verb, objects } = objectWordsAfterVerb(quote);
    return !toolList && isConcreteStep(verb, objects);
  };
  const isConcreteMine = mine.map((step) => isConcrete(step.quote));
  let concreteSteps = isConcreteMine.filter(Boolean).length;
  let abstractSteps = mine.length - concreteSteps;
  let abstractStep = mine.find((_step, index) => isConcreteMine[index] !== true);
  // The candidate's own team ("we", "my team and I"); another team's work is context, not a step.
  const concreteTeamSteps = ours.filter(
    (step) => isOwnTeamStep(sentence, step.start) && isConcrete(step.quote),
  ).length;
  const first = tokens[0];
  const isSubjectlessStep =
    first !== undefined &&
    /^\p{Lu}/u.test(first.text) &&
    first.text !== 'I' &&
    isSubjectlessStepVerb(first.lower) &&
    !VAGUE_STEP_VERBS.has(first.lower) &&
    // "Joined four sales calls", not "Looking back" or "Used to be…".
    tokens.length >= 3;
  if (isSubjectlessStep) {
    const objects = tokens
      .slice(1)
      .map((token) => token.lower)
      .filter(isContentWord);
    if (!toolList && objects.some((word) => !ABSTRACT_OBJECTS.has(word))) concreteSteps += 1;
    else {
      abstractSteps += 1;
      abstractStep ??= clauseAt(sentence, 0);
    }
  }
  const otherClause = otherSubjectClause(sentence, tokens);
  const isHabitual = HABITUAL.test(sentence.text);
  const hasPersistentTime = PERSISTENT_TIME.test(sentence.text);
  const hasLaterTime = LATER_TIME.test(sentence.text);
  // "I always run the migration on staging first" after "after this" is a changed practice, not a creed.
  const isGeneralisation =
    (isHabitual && !hasLaterTime) || (GENERALISATION.test(sentence.text) && concreteSteps === 0);
  if (isHabitual) {
    abstractSteps += concreteSteps;
    concreteSteps = 0;
    abstractStep ??= mine[0];
  }
  return {
    concreteSteps,
    concreteTeamSteps,
    abstractSteps,
    ...(abstractStep === undefined ? {} : { abstractStep }),
    isSubjectlessStep,
    hasOtherSubjectEvent: otherClause !== undefined,
    hasOtherSubjectAction: otherClause === 'event',
    hasPersistentTime,
    hasPastState: PAST_STATE.test(sentence.text),
    hasProblem: PROBLEM.test(sentence.text),
    hasLaterTime,
    isPlan: isPlan(sentence.text),
    isGeneralisation,
    hasGoalOrDecision: GOAL_OR_DECISION.test(sentence.text),
    introducesEntity: !toolList && INTRODUCES_ENTITY.test(sentence.text),
    isToolList: toolList,
    wordCount: countWords(sentence.text),
  };
});
