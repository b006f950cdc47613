import type { Question } from '../question/schema';
import type { Topic, PracticeRecord, WeakArea, WeakAreaType } from './types';
import { HIRING_LEVEL_LABEL, type HiringLevel } from '../rounds/types';
import { daysBetween, localDate } from './calendar';
import { datedRecords, type DatedRecord, type ProgressOptions } from './trends';

/**
 * Recency: a round weighs 0.5^(age in days / 21). A half-life of three weeks: last week's rounds
 * count ~80%, a month ago ~37%, three months ago ~5%, so what the candidate has since fixed fades
 * within a few weeks of practice while a month-long pattern still shows.
 */
const HALF_LIFE_DAYS = 21;
/**
 * How bad one round is for an area, 0–1: a dimension or a round's overall level at No hire is 1,
 * at Lean no hire 0.5, Hire or better 0. A flag counts 0.5: one specific fault, about what takes a
 * dimension down one band (its dimension, if low, is an area of its own).
 */
const severityOfLevel = (level: HiringLevel): number => (level <= 2 ? (3 - level) / 2 : 0);
const FLAG_SEVERITY = 0.5;
/**
 * An area's weight is the recency-weighted mean severity over the rounds that could show it, with
 * one more round of no weakness added in (as recent as the latest round): one bad round alone
 * weighs half what the same share over many rounds does, and every type lands on the same 0–1
 * scale. The prior takes the latest round's recency, not 1, so weights do not depend on how long
 * ago the candidate last practised, only on what their rounds show and how recent each is.
 */
const PRIOR_ROUNDS = 1;
/**
 * Below this an area is an occasional slip, not a pattern: 0.15 is Lean no hire in about one
 * round in three (or No hire in one in seven, or a flag in one in three) over many rounds.
 */
const WEIGHT_FLOOR = 0.15;
/**
 * A principle with no story is a gap, with no evidence of how bad: it sits at the floor, so every
 * area with real evidence (above the floor) ranks above it, and it still shows.
 */
const STORY_GAP_WEIGHT = WEIGHT_FLOOR;
/** The sentence and the counts speak of the last rounds that could show an area. */
const RECENT_ROUNDS = 10;
const MAX_QUESTIONS = 5;
const LOW = `${HIRING_LEVEL_LABEL[2]} or lower`;

export interface WeakAreaOptions extends ProgressOptions {
  /** The bank: which questions exercise an area, and which principles it asks about. */
  readonly questions: readonly Question[];
  /** Principles the candidate has a story for. */
  readonly storyPrinciples: ReadonlySet<string>;
}

/** What one area gathers, newest round first. */
interface Tally extends TallyFields {
  /** Σ recency × severity, and Σ recency, over the rounds that could show it. */
  weighted: number;
  exposure: number;
  /** Among its last RECENT_ROUNDS rounds: how many could show it and how many did. */
  outOf: number;
  occurrences: number;
  lastSeenAt: string | null;
}

/** What names an area. */
interface TallyFields {
  readonly id: string;
  readonly type: Exclude<WeakAreaType, 'story-gap'>;
  readonly kind: string;
  readonly label: string;
  /** How a round is named in its sentence: "coding rounds", "stories", "sliding window problems". */
  readonly noun: { readonly one: string; readonly other: string };
  /** For a topic: the topic itself, to find its questions. */
  readonly topic: Topic | null;
}

/** "5 of your last 7 coding rounds", "each of your last 3 stories", "your only story". */
const ofYourLast = (occurrences: number, outOf: number, noun: Tally['noun']): string =>
  outOf === 1
    ? `your only ${noun.one}`
    : occurrences === outOf
      ? `each of your last ${outOf} ${noun.other}`
      : `${occurrences} of your last ${outOf} ${noun.other}`;

const reasonOf = (tally: Tally): string => {
  const rounds = ofYourLast(tally.occurrences, tally.outOf, tally.noun);
  if (tally.type === 'dimension') return `${tally.label} was ${LOW} in ${rounds}.`;
  if (tally.type === 'flag') return `“${tally.label}” came up in ${rounds}.`;
  return `You scored ${LOW} on ${rounds}.`;
};

/** One round's evidence for one area. */
const count = (tally: Tally, entry: DatedRecord, recency: number, severity: number): void => {
  tally.weighted += recency * severity;
  tally.exposure += recency;
  if (tally.outOf < RECENT_ROUNDS) {
    tally.outOf += 1;
    if (severity > 0) tally.occurrences += 1;
  }
  if (severity > 0 && tally.lastSeenAt === null) tally.lastSeenAt = entry.record.finishedAt;
};

/**
 * The candidate's weak areas as of `now`, weakest first: rubric dimensions, flags and topics their
 * recent rounds show, then principles of the bank with no story. Each names the questions that
 * exercise it, never practised first, then the least recently practised (at most five).
 */
export const findWeakAreas = (
  records: readonly PracticeRecord[],
  options: WeakAreaOptions,
): WeakArea[] => {
  const { registry } = options;
  const today = localDate(options.now, options.timeZone);
  // Newest first: the first rounds an area meets are its recent ones.
  const dated = datedRecords(records, options.now, options.timeZone)
    .filter((entry) => registry.get(entry.record.kind) !== undefined)
    .reverse();
  // Days repeat across a history: each distinct day's recency is computed once.
  const recencyByDay = new Map<string, number>();
  const recencyOf = (entry: DatedRecord): number => {
    let recency = recencyByDay.get(entry.day);
    if (recency === undefined) {
      recency = 0.5 ** (Math.max(0, daysBetween(entry.day, today)) / HALF_LIFE_DAYS);
      recencyByDay.set(entry.day, recency);
    }
    return recency;
  };
  const newest = dated[0];
  const prior = newest === undefined ? 0 : PRIOR_ROUNDS * recencyOf(newest);

  const tallies: Tally[] = [];
  const tallyIn = (map: Map<string, Tally>, key: string, fields: () => TallyFields): Tally => {
    let tally = map.get(key);
    if (tally === undefined) {
      tally = { ...fields(), weighted: 0, exposure: 0, outOf: 0, occurrences: 0, lastSeenAt: null };
      map.set(key, tally);
      tallies.push(tally);
    }
    return tally;
  };
  /** Per kind: its rounds' total recency (what every flag of the kind could have shown in). */
  const kinds = new Map<
    string,
    {
      exposure: number;
      rounds: number;
      readonly dimensions: Map<string, Tally>;
      readonly flags: Map<string, Tally>;
    }
  >();
  const topics = new Map<string, Tally>();

  for (const entry of dated) {
    const { record } = entry;
    const kind = registry.get(record.kind);
    if (kind === undefined) continue;
    const recency = recencyOf(entry);
    let state = kinds.get(kind.id);
    if (state === undefined) {
      state = { exposure: 0, rounds: 0, dimensions: new Map(), flags: new Map() };
      kinds.set(kind.id, state);
    }
    state.exposure += recency;
    state.rounds += 1;
    for (const dimension of record.dimensions)
      count(
        tallyIn(state.dimensions, dimension.id, () => ({
          id: `dimension:${kind.id}:${dimension.id}`,
          type: 'dimension',
          kind: kind.id,
          label: kind.dimensions[dimension.id] ?? dimension.name,
          noun: {
            one: `${kind.label.toLowerCase()} round`,
            other: `${kind.label.toLowerCase()} rounds`,
          },
          topic: null,
        })),
        entry,
        recency,
        severityOfLevel(dimension.level),
      );
    // Only raised flags are counted here; every round of the kind could have raised any of its
    // flags, so their exposure and window are the kind's, filled in below.
    for (const flag of new Set(record.flags)) {
      const tally = tallyIn(state.flags, flag, () => ({
        id: `flag:${kind.id}:${flag}`,
        type: 'flag',
        kind: kind.id,
        label: kind.flags[flag]?.label ?? flag,
        noun: kind.progress.noun,
        topic: null,
      }));
      tally.weighted += recency * FLAG_SEVERITY;
      if (state.rounds <= RECENT_ROUNDS) tally.occurrences += 1;
      tally.lastSeenAt ??= record.finishedAt;
    }
    for (const topic of record.topics)
      count(
        tallyIn(topics, `${topic.type}:${topic.id}`, () => ({
          id: `topic:${topic.type}:${topic.id}`,
          type: 'topic',
          kind: kind.id,
          label: topic.label,
          noun: {
            one: `${topic.label} ${kind.progress.noun.one}`,
            other: `${topic.label} ${kind.progress.noun.other}`,
          },
          topic,
        })),
        entry,
        recency,
        severityOfLevel(record.level),
      );
  }
  for (const state of kinds.values())
    for (const tally of state.flags.values()) {
      tally.exposure = state.exposure;
      tally.outOf = Math.min(RECENT_ROUNDS, state.rounds);
    }

  // The bank, best first: never practised (in bank order), then least recently practised.
  const lastPractised = new Map<string, number>();
  for (const entry of dated)
    if (entry.record.questionId !== null && !lastPractised.has(entry.record.questionId))
      lastPractised.set(entry.record.questionId, entry.at);
  const bank = options.questions
    .map((question, order) => ({
      question,
      order,
      last: lastPractised.get(question.id) ?? null,
      topics: registry.get(question.kind)?.progress.topicsOf(question) ?? [],
    }))
    .sort((a, b) =>
      a.last === null || b.last === null
        ? (a.last === null ? 0 : 1) - (b.last === null ? 0 : 1) || a.order - b.order
        : a.last - b.last || a.order - b.order,
    );
  const questionsWhere = (exercises: (entry: (typeof bank)[number]) => boolean): string[] => {
    const found: string[] = [];
    for (const entry of bank) {
      if (found.length === MAX_QUESTIONS) break;
      if (exercises(entry)) found.push(entry.question.id);
    }
    return found;
  };
  const hasTopic = (topics: readonly Topic[], topic: Topic): boolean =>
    topics.some((each) => each.type === topic.type && each.id === topic.id);

  const evidenced = tallies.flatMap((tally): WeakArea[] => {
    const weight = tally.weighted / (tally.exposure + prior);
    if (!(weight > WEIGHT_FLOOR) || tally.occurrences === 0) return [];
    const { topic } = tally;
    return [
      {
        id: tally.id,
        type: tally.type,
        kind: tally.kind,
        label: tally.label,
        weight,
        occurrences: tally.occurrences,
        outOf: tally.outOf,
        lastSeenAt: tally.lastSeenAt,
        reason: reasonOf(tally),
        questionIds: questionsWhere((entry) =>
          topic === null ? entry.question.kind === tally.kind : hasTopic(entry.topics, topic),
        ),
      },
    ];
  });

  // Principles the bank asks about, with how many questions ask; the candidate's stories cover some.
  const principles = new Map<string, { topic: Topic; kind: string; questions: number }>();
  for (const { question, topics } of bank)
    for (const topic of topics) {
      if (topic.type !== 'principle' || options.storyPrinciples.has(topic.id)) continue;
      const principle = principles.get(topic.id) ?? { topic, kind: question.kind, questions: 0 };
      principle.questions += 1;
      principles.set(topic.id, principle);
    }
  const gaps = [...principles.values()]
    .sort((a, b) => b.questions - a.questions || (a.topic.label < b.topic.label ? -1 : 1))
    .map(({ topic, kind, questions }): WeakArea => ({
      id: `story-gap:${topic.id}`,
      type: 'story-gap',
      kind,
      label: topic.label,
      weight: STORY_GAP_WEIGHT,
      occurrences: 0,
      outOf: 0,
      lastSeenAt: null,
      reason: `You have no story yet for ${topic.label}, which ${questions} ${questions === 1 ? 'question in the bank asks' : 'questions in the bank ask'} about.`,
      questionIds: questionsWhere((entry) => hasTopic(entry.topics, topic)),
    }));

  // Heaviest first. A gap weighs the floor, which evidence exceeds; at a tie evidence still comes
  // first, and gaps keep their own order (most asked about first).
  const isGap = (each: WeakArea): number => (each.type === 'story-gap' ? 1 : 0);
  return [...evidenced, ...gaps].sort(
    (a, b) =>
      b.weight - a.weight ||
      isGap(a) - isGap(b) ||
      (isGap(a) === 1 ? 0 : b.occurrences - a.occurrences || (a.id < b.id ? -1 : 1)),
  );
};
