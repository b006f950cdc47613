/**
 * Spaced repetition over the history. Review state is never stored: it is derived by replaying
 * every finished round, in the order they finished, through FSRS (ts-fsrs). The same history
 * always gives the same cards, an import restores them for free, and a change to the rules
 * applies to the past as well as the future.
 */
import {
  BasicLearningStepsStrategy,
  createEmptyCard,
  dateDiffInDays,
  fsrs,
  Rating,
  State,
  type Card,
  type Grade,
} from 'ts-fsrs';
import type { RoundRegistry } from '../rounds/registry';
import type { Evaluation, HiringLevel } from '../rounds/types';
import type { PracticeRecord, ReviewCard, ReviewGrade } from './types';

/**
 * The evaluator's level is the review grade, one to one:
 *
 * - 1 No hire → Again: the candidate could not do it, which is what a lapse means; FSRS resets the
 *   card to relearning and brings it back soon.
 * - 2 Lean no hire → Hard: they got part of the way. Hard is a pass in FSRS (stability still
 *   grows, slowly), so a near miss comes back sooner than a Hire without being treated as
 *   forgotten; a lapse there would bury the queue in repeats of questions half known.
 * - 3 Hire → Good: the bar an interview sets, the normal step.
 * - 4 Strong hire → Easy: well above the bar; the interval jumps.
 *
 * Both scales have four steps with the same meaning at each (fail, weak pass, pass, strong pass),
 * so no level is merged or split and the grade stays explainable in the candidate's words.
 */
export const GRADE_OF_LEVEL: Readonly<Record<HiringLevel, ReviewGrade>> = {
  1: 1,
  2: 2,
  3: 3,
  4: 4,
};

/** The review grade a round's level gives its card (see GRADE_OF_LEVEL for why). */
export const gradeOf = (level: HiringLevel): ReviewGrade => GRADE_OF_LEVEL[level];

/** A dimension becomes a card the first time it scores at or below this level (Lean no hire). */
export const WEAK_DIMENSION_LEVEL: HiringLevel = 2;

/** The card id of a bank question. */
export const questionCardId = (questionId: string): string => `question:${questionId}`;
/** The card id of a kind's rubric dimension. */
export const dimensionCardId = (kind: string, dimensionId: string): string =>
  `dimension:${kind}:${dimensionId}`;

const RATING: Readonly<Record<ReviewGrade, Grade>> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
};

// No fuzz: the same history gives the same schedule on every machine and in every test.
const scheduler = fsrs({ enable_fuzz: false });

const STATE_NAME: Readonly<Record<State, string>> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const DAY_MS = 86_400_000;

/**
 * A review of a card in the Review state graded Hard, Good or Easy, by the same arithmetic as
 * ts-fsrs's own scheduler (BasicScheduler.reviewState: each grade's next memory state, the hard ≤
 * good < easy interval order), without building the four outcomes with their logs it builds and
 * throws away: most of a long history's reviews are these, and the dashboard replays thousands in
 * its 100 ms.
 */
const reviewPassed = (card: Card, at: Date, grade: Grade): Card | null => {
  if (card.state !== State.Review || grade === Rating.Again || card.last_review === undefined)
    return null;
  const elapsed = dateDiffInDays(card.last_review, at);
  const retrievability = scheduler.forgetting_curve(elapsed, card.stability);
  const memory = { difficulty: card.difficulty, stability: card.stability };
  const hard = scheduler.next_state(memory, elapsed, Rating.Hard, retrievability);
  const good = scheduler.next_state(memory, elapsed, Rating.Good, retrievability);
  const goodInterval: number = scheduler.next_interval(good.stability, elapsed);
  const hardDays = Math.min(scheduler.next_interval(hard.stability, elapsed), goodInterval);
  const goodDays = Math.max(goodInterval, hardDays + 1);
  let next = grade === Rating.Hard ? hard : good;
  let days = grade === Rating.Hard ? hardDays : goodDays;
  if (grade === Rating.Easy) {
    next = scheduler.next_state(memory, elapsed, Rating.Easy, retrievability);
    days = Math.max(scheduler.next_interval(next.stability, elapsed), goodDays + 1);
  }
  // A literal, not a spread: a card object from ts-fsrs is slow to copy, and there are thousands.
  return {
    due: new Date(at.getTime() + days * DAY_MS),
    stability: next.stability,
    difficulty: next.difficulty,
    elapsed_days: elapsed,
    scheduled_days: days,
    learning_steps: 0,
    reps: card.reps + 1,
    lapses: card.lapses,
    state: State.Review,
    last_review: at,
  };
};

/**
 * A review of a new, learning or relearning card, by ts-fsrs's own arithmetic
 * (BasicScheduler.newState / learningState with its default learning steps): the next memory
 * state, then the step the grade leads to (minutes ahead), or graduation to Review (days ahead).
 */
const reviewLearning = (card: Card, at: Date, grade: Grade): Card | null => {
  if (card.state === State.Review) return null;
  const elapsed =
    card.state !== State.New && card.last_review !== undefined
      ? dateDiffInDays(card.last_review, at)
      : 0;
  const memory = scheduler.next_state(
    { difficulty: card.difficulty, stability: card.stability },
    elapsed,
    grade,
  );
  const step = BasicLearningStepsStrategy(scheduler.parameters, card.state, card.learning_steps)[
    grade
  ];
  const minutes = Math.max(0, step?.scheduled_minutes ?? 0);
  const nextStep = Math.max(0, step?.next_step ?? 0);
  const reviewed = (
    due: Date,
    scheduledDays: number,
    learningSteps: number,
    state: State,
  ): Card => ({
    due,
    stability: memory.stability,
    difficulty: memory.difficulty,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- ts-fsrs 5 still sets it, and the card must equal scheduler.next's
    elapsed_days: elapsed,
    scheduled_days: scheduledDays,
    learning_steps: learningSteps,
    reps: card.reps + 1,
    lapses: card.lapses,
    state,
    last_review: at,
  });
  if (minutes > 0 && minutes < 1440)
    return reviewed(
      new Date(at.getTime() + Math.round(minutes) * 60_000),
      0,
      nextStep,
      card.state === State.New ? State.Learning : card.state,
    );
  if (minutes >= 1440)
    return reviewed(
      new Date(at.getTime() + Math.round(minutes) * 60_000),
      Math.floor(minutes / 1440),
      nextStep,
      State.Review,
    );
  const days: number = scheduler.next_interval(memory.stability, elapsed);
  return reviewed(new Date(at.getTime() + days * DAY_MS), days, 0, State.Review);
};

/**
 * The card after a review graded `grade` at `at`: exactly what `scheduler.next` gives (checked
 * review by review in schedule.test.ts), computed without the preview of every grade it builds;
 * only a lapse (Again on a card in Review) goes through `scheduler.next` itself.
 */
export const applyReview = (card: Card, at: Date, grade: Grade): Card =>
  reviewPassed(card, at, grade) ??
  reviewLearning(card, at, grade) ??
  scheduler.next(card, at, grade).card;

interface CardInProgress {
  readonly id: string;
  readonly type: ReviewCard['type'];
  readonly kind: string;
  readonly label: string;
  readonly questionId: string | null;
  readonly dimensionId: string | null;
  fsrs: Card;
}

/** Records in the order they finished (ties by round id, so the order never depends on the input's). */
export const byFinishedAt = (a: PracticeRecord, b: PracticeRecord): number =>
  a.finishedAt < b.finishedAt
    ? -1
    : a.finishedAt > b.finishedAt
      ? 1
      : a.roundId < b.roundId
        ? -1
        : a.roundId > b.roundId
          ? 1
          : 0;

/** The cards after replaying `sorted` (in order), kept to continue from (see reviewCards). */
interface Replay {
  readonly registry: RoundRegistry<Evaluation>;
  readonly sorted: readonly PracticeRecord[];
  readonly cards: ReadonlyMap<string, CardInProgress>;
}

/**
 * The last replay. A round finishing adds one record after all the others, so the next dashboard
 * replays that one record from here instead of the whole history again (the replay was the largest
 * part of a 2 000-round dashboard). Records are values never changed in place: a record reused
 * means the same record, and any other change (a record replaced, removed or inserted before the
 * end) replays everything. Only cards are kept, never a clock or anything stored.
 */
let lastReplay: Replay | null = null;

/** Copies of the cards: the replay changes its cards' `fsrs`, and a kept replay must not change. */
const copyCards = (cards: ReadonlyMap<string, CardInProgress>): Map<string, CardInProgress> =>
  new Map([...cards].map(([id, card]) => [id, { ...card }]));

/** How many records the last replay covered that start `sorted`, when all of them do. */
const replayedPrefix = (
  replay: Replay | null,
  sorted: readonly PracticeRecord[],
  registry: RoundRegistry<Evaluation>,
): number => {
  if (replay === null || replay.registry !== registry || replay.sorted.length > sorted.length)
    return 0;
  for (let index = 0; index < replay.sorted.length; index += 1)
    if (replay.sorted[index] !== sorted[index]) return 0;
  return replay.sorted.length;
};

/**
 * Every card as of `now`, soonest due first: one per practised bank question ('question:<id>'),
 * reviewed at each finished round of it with the round's level as grade; one per weak dimension
 * ('dimension:<kind>:<dimensionId>'), made the first time the dimension scores Lean no hire or
 * lower and reviewed by every later round of the kind with that dimension's level as grade.
 * Rounds finished after `now` are not counted yet.
 */
export const reviewCards = (
  records: readonly PracticeRecord[],
  options: { readonly registry: RoundRegistry<Evaluation>; readonly now: string },
): ReviewCard[] => {
  const nowMs = Date.parse(options.now);
  const sorted = records.filter((record) => Date.parse(record.finishedAt) <= nowMs);
  sorted.sort(byFinishedAt);
  const known = replayedPrefix(lastReplay, sorted, options.registry);
  const cards =
    known > 0 && lastReplay !== null
      ? copyCards(lastReplay.cards)
      : new Map<string, CardInProgress>();
  // The dimension cards of each kind, so a round reviews only its own kind's.
  const dimensionCardsOfKind = new Map<string, Map<string, CardInProgress>>();
  for (const card of cards.values()) {
    if (card.type !== 'dimension' || card.dimensionId === null) continue;
    let ofKind = dimensionCardsOfKind.get(card.kind);
    if (ofKind === undefined) {
      ofKind = new Map();
      dimensionCardsOfKind.set(card.kind, ofKind);
    }
    ofKind.set(card.dimensionId, card);
  }

  const review = (card: CardInProgress, at: Date, level: HiringLevel): void => {
    card.fsrs = applyReview(card.fsrs, at, RATING[gradeOf(level)]);
  };

  for (const record of sorted.slice(known)) {
    const at = new Date(record.finishedAt);
    if (record.questionId !== null) {
      const id = questionCardId(record.questionId);
      let card = cards.get(id);
      if (card === undefined) {
        card = {
          id,
          type: 'question',
          kind: record.kind,
          label: record.title,
          questionId: record.questionId,
          dimensionId: null,
          fsrs: createEmptyCard(at),
        };
        cards.set(id, card);
      }
      review(card, at, record.level);
    }

    let ofKind = dimensionCardsOfKind.get(record.kind);
    for (const dimension of record.dimensions) {
      let card = ofKind?.get(dimension.id);
      if (card === undefined) {
        if (dimension.level > WEAK_DIMENSION_LEVEL) continue;
        const kindLabel = options.registry.get(record.kind)?.label ?? record.kind;
        card = {
          id: dimensionCardId(record.kind, dimension.id),
          type: 'dimension',
          kind: record.kind,
          label: `${dimension.name} (${kindLabel})`,
          questionId: null,
          dimensionId: dimension.id,
          fsrs: createEmptyCard(at),
        };
        if (ofKind === undefined) {
          ofKind = new Map();
          dimensionCardsOfKind.set(record.kind, ofKind);
        }
        ofKind.set(dimension.id, card);
        cards.set(card.id, card);
      }
      review(card, at, dimension.level);
    }
  }

  lastReplay = { registry: options.registry, sorted, cards: copyCards(cards) };
  return [...cards.values()]
    .map((card): ReviewCard => ({
      id: card.id,
      type: card.type,
      kind: card.kind,
      label: card.label,
      questionId: card.questionId,
      dimensionId: card.dimensionId,
      due: card.fsrs.due.toISOString(),
      lastReview: card.fsrs.last_review?.toISOString() ?? null,
      reviews: card.fsrs.reps,
      lapses: card.fsrs.lapses,
      stability: card.fsrs.stability,
      difficulty: card.fsrs.difficulty,
      state: STATE_NAME[card.fsrs.state],
    }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1));
};
