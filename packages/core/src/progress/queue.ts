/**
 * Today's queue: what to practise now, from the review cards, the weak areas and the bank. Pure:
 * the same history, bank and `now` give the same queue.
 */
import type { RoundRegistry } from '../rounds/registry';
import { HIRING_LEVEL_LABEL, type Evaluation, type HiringLevel } from '../rounds/types';
import { daysBetween, localDate } from './calendar';
import { dimensionCardId } from './schedule';
import type { PracticeRecord, ReviewCard, Suggestion, SuggestionSource, WeakArea } from './types';

/** What progress reads of a bank question (a core `Question` is one). */
export interface PracticeQuestion {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  /** The question's own round length, when it sets one. */
  readonly timeLimitMinutes?: number | undefined;
}

/**
 * A question finished today or yesterday (local days) is never offered, even when FSRS says it is
 * due: Again and Hard schedule minutes ahead, and answering the same question twice in a row only
 * measures memory of the last attempt.
 */
export const RECENT_DAYS = 2;

/** How many suggestions Today shows by default. */
export const TODAY_QUEUE_SIZE = 3;

/** Whether the card falls due by the end of the candidate's `today` (YYYY-MM-DD). */
export const isDueBy = (card: ReviewCard, today: string, timeZone: string): boolean =>
  localDate(card.due, timeZone) <= today;

/** How many cards fall due by the end of the candidate's day. */
export const countDueToday = (
  cards: readonly ReviewCard[],
  options: { readonly now: string; readonly timeZone: string },
): number => {
  const today = localDate(options.now, options.timeZone);
  return cards.filter((card) => isDueBy(card, today, options.timeZone)).length;
};

/** "today", "yesterday", "6 days ago". */
export const describeDaysAgo = (days: number): string =>
  days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;

/** What the history says about each question and each kind's dimensions, read in one pass. */
export interface PracticeIndex {
  /** The latest finished round of each question. */
  readonly lastRoundOf: ReadonlyMap<string, PracticeRecord>;
  /** The latest level of each dimension, by its card id ('dimension:<kind>:<id>'). */
  readonly lastDimensionLevel: ReadonlyMap<string, HiringLevel>;
}

/** Indexes the rounds finished by `now` by question and dimension (linear in the history). */
export const indexPractice = (records: readonly PracticeRecord[], now: string): PracticeIndex => {
  const nowMs = Date.parse(now);
  const lastRoundOf = new Map<string, PracticeRecord>();
  const lastDimensionAt = new Map<string, string>();
  const lastDimensionLevel = new Map<string, HiringLevel>();
  for (const record of records) {
    if (Date.parse(record.finishedAt) > nowMs) continue;
    if (record.questionId !== null) {
      const seen = lastRoundOf.get(record.questionId);
      if (seen === undefined || seen.finishedAt < record.finishedAt)
        lastRoundOf.set(record.questionId, record);
    }
    for (const dimension of record.dimensions) {
      const id = dimensionCardId(record.kind, dimension.id);
      const at = lastDimensionAt.get(id);
      if (at === undefined || at < record.finishedAt) {
        lastDimensionAt.set(id, record.finishedAt);
        lastDimensionLevel.set(id, dimension.level);
      }
    }
  }
  return { lastRoundOf, lastDimensionLevel };
};

/**
 * What the due cards ask for, most overdue first: each due question on its own, and a kind's due
 * dimensions together, since one round of the kind reviews all of them.
 */
export type ReviewTarget =
  | { readonly type: 'question'; readonly kind: string; readonly card: ReviewCard }
  | { readonly type: 'dimensions'; readonly kind: string; readonly cards: readonly ReviewCard[] };

export const reviewTargetsOf = (cards: readonly ReviewCard[]): ReviewTarget[] => {
  // At the same due time a question comes first: practising it reviews its kind's dimensions too.
  const sorted = [...cards].sort((a, b) =>
    a.due < b.due
      ? -1
      : a.due > b.due
        ? 1
        : a.type !== b.type
          ? a.type === 'question'
            ? -1
            : 1
          : a.id < b.id
            ? -1
            : 1,
  );
  const targets: ReviewTarget[] = [];
  const dimensionsOfKind = new Map<string, ReviewCard[]>();
  for (const card of sorted) {
    if (card.type === 'question') {
      targets.push({ type: 'question', kind: card.kind, card });
      continue;
    }
    let group = dimensionsOfKind.get(card.kind);
    if (group === undefined) {
      group = [];
      dimensionsOfKind.set(card.kind, group);
      targets.push({ type: 'dimensions', kind: card.kind, cards: group });
    }
    group.push(card);
  }
  return targets;
};

/** "A, B and C". */
export const listInWords = (words: readonly string[]): string =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;

/**
 * Why a kind's due dimensions bring a question: "Testing is weak in your coding rounds", or, when
 * each has since scored Hire or better, "Testing was weak in your coding rounds; keep it up".
 */
export const weakDimensionsReason = (
  cards: readonly ReviewCard[],
  registry: RoundRegistry<Evaluation>,
  lastDimensionLevel: ReadonlyMap<string, HiringLevel>,
): string => {
  const kind = cards[0]?.kind ?? '';
  const definition = registry.get(kind);
  const nameOf = (card: ReviewCard): string =>
    (card.dimensionId === null ? undefined : definition?.dimensions[card.dimensionId]) ??
    card.dimensionId ??
    card.label;
  const weak = cards.filter((card) => (lastDimensionLevel.get(card.id) ?? 1) <= 2);
  const named = (weak.length > 0 ? weak : cards).map(nameOf);
  const words = listInWords(
    named.map((name, index) => (index === 0 ? name : name.charAt(0).toLowerCase() + name.slice(1))),
  );
  const rounds = `your ${(definition?.label ?? kind).toLowerCase()} rounds`;
  const verb = named.length === 1 ? 'is' : 'are';
  return weak.length > 0
    ? `${words} ${verb} weak in ${rounds}`
    : `${words} ${named.length === 1 ? 'was' : 'were'} weak in ${rounds}; keep it up`;
};

const sentence = (text: string): string => {
  const trimmed = text.trim();
  return /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
};
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

interface Candidate {
  /** The kind it counts for when kinds are mixed. */
  readonly kind: string;
  /** The suggestion, or null when nothing is left to offer for it. */
  readonly resolve: () => Suggestion | null;
}

/**
 * A kind's questions as Today and the plan pick them: the ones never practised first, in bank order,
 * then the ones practised longest ago. Each kind's order is built once, when first asked for.
 */
export const freshFirstOrder = (
  questionsOfKind: ReadonlyMap<string, readonly PracticeQuestion[]>,
  lastRoundOf: ReadonlyMap<string, { readonly finishedAt: string }>,
): ((kind: string) => readonly PracticeQuestion[]) => {
  const orders = new Map<string, readonly PracticeQuestion[]>();
  return (kind) => {
    let ordered = orders.get(kind);
    if (ordered === undefined) {
      const all = questionsOfKind.get(kind) ?? [];
      const practised = all
        .filter((question) => lastRoundOf.has(question.id))
        .sort((a, b) =>
          (lastRoundOf.get(a.id)?.finishedAt ?? '') < (lastRoundOf.get(b.id)?.finishedAt ?? '')
            ? -1
            : 1,
        );
      ordered = [...all.filter((question) => !lastRoundOf.has(question.id)), ...practised];
      orders.set(kind, ordered);
    }
    return ordered;
  };
};

/**
 * Today's suggestions, at most `size` (3 by default), kinds interleaved:
 *
 * 1. Cards due by the end of the candidate's day, most overdue first: a due question comes back
 *    itself; a due dimension brings a *different* question of its kind (one never practised
 *    first, then the one practised longest ago).
 * 2. When fewer than `size` are due: the top weak areas' questions, in their rank order.
 * 3. Then questions never practised, in bank order.
 *
 * At every step the next suggestion is the first candidate of the kind least represented so far,
 * so kinds take turns. A question finished today or yesterday is never offered, and no question
 * is offered twice. Only kinds in the registry are offered (others cannot be practised yet).
 */
export const todayQueue = (options: {
  readonly cards: readonly ReviewCard[];
  readonly records: readonly PracticeRecord[];
  readonly questions: readonly PracticeQuestion[];
  readonly registry: RoundRegistry<Evaluation>;
  readonly weakAreas: readonly WeakArea[];
  readonly now: string;
  readonly timeZone: string;
  readonly size?: number;
  /** The history already indexed (the dashboard indexes it once). */
  readonly index?: PracticeIndex;
}): Suggestion[] => {
  const { registry, timeZone } = options;
  const size = options.size ?? TODAY_QUEUE_SIZE;
  const today = localDate(options.now, timeZone);
  const { lastRoundOf, lastDimensionLevel } =
    options.index ?? indexPractice(options.records, options.now);

  const bank = new Map<string, PracticeQuestion>();
  const questionsOfKind = new Map<string, PracticeQuestion[]>();
  for (const question of options.questions) {
    if (registry.get(question.kind) === undefined) continue;
    bank.set(question.id, question);
    const ofKind = questionsOfKind.get(question.kind) ?? [];
    ofKind.push(question);
    questionsOfKind.set(question.kind, ofKind);
  }

  const daysSince = (questionId: string): number | null => {
    const last = lastRoundOf.get(questionId);
    return last === undefined ? null : daysBetween(localDate(last.finishedAt, timeZone), today);
  };
  const isRecent = (questionId: string): boolean => {
    const days = daysSince(questionId);
    return days !== null && days < RECENT_DAYS;
  };
  const taken = new Set<string>();
  const isOfferable = (questionId: string): boolean =>
    bank.has(questionId) && !taken.has(questionId) && !isRecent(questionId);

  const nounOf = (kind: string): string => registry.get(kind)?.progress.noun.one ?? 'question';
  const freshness = (question: PracticeQuestion): string => {
    const days = daysSince(question.id);
    return days === null
      ? `a ${nounOf(question.kind)} you have not tried yet`
      : `a ${nounOf(question.kind)} you last practised ${describeDaysAgo(days)}`;
  };
  const suggestion = (
    question: PracticeQuestion,
    source: SuggestionSource,
    reason: string,
    cardId: string | null = null,
  ): Suggestion => {
    taken.add(question.id);
    return {
      kind: question.kind,
      questionId: question.id,
      title: question.title,
      source,
      reason,
      cardId,
    };
  };

  const freshFirstOf = freshFirstOrder(questionsOfKind, lastRoundOf);

  const dueCandidates = reviewTargetsOf(
    options.cards.filter(
      (card) => isDueBy(card, today, timeZone) && registry.get(card.kind) !== undefined,
    ),
  ).map((target): Candidate => ({
    kind: target.kind,
    resolve: () => {
      if (target.type === 'question') {
        const { card } = target;
        const question = card.questionId === null ? undefined : bank.get(card.questionId);
        const last = card.questionId === null ? undefined : lastRoundOf.get(card.questionId);
        if (question === undefined || last === undefined || !isOfferable(question.id)) return null;
        return suggestion(
          question,
          'due-question',
          `Due again: you scored ${HIRING_LEVEL_LABEL[last.level]} on it ${describeDaysAgo(daysSince(question.id) ?? 0)}.`,
          card.id,
        );
      }
      const question = freshFirstOf(target.kind).find((each) => isOfferable(each.id));
      if (question === undefined) return null;
      return suggestion(
        question,
        'weak-dimension',
        `${weakDimensionsReason(target.cards, registry, lastDimensionLevel)}: ${freshness(question)}.`,
        target.cards[0]?.id ?? null,
      );
    },
  }));

  const weakAreaCandidates = options.weakAreas.map((area): Candidate => ({
    kind: area.kind,
    resolve: () => {
      const question = area.questionIds
        .map((id) => bank.get(id))
        .find((each) => each !== undefined && isOfferable(each.id));
      if (question === undefined) return null;
      return area.type === 'story-gap'
        ? suggestion(question, 'weak-area', `New: ${area.label}, a principle with no story yet.`)
        : suggestion(
            question,
            'weak-area',
            `${sentence(area.reason)} ${capitalised(freshness(question))}.`,
          );
    },
  }));

  const newCandidates = [...bank.values()]
    .filter((question) => !lastRoundOf.has(question.id))
    .map((question): Candidate => ({
      kind: question.kind,
      resolve: () =>
        isOfferable(question.id)
          ? suggestion(question, 'new', `New: a ${nounOf(question.kind)} you have not tried yet.`)
          : null,
    }));

  const queue: Suggestion[] = [];
  const perKind = new Map<string, number>();
  for (const stage of [dueCandidates, weakAreaCandidates, newCandidates]) {
    const remaining = [...stage];
    while (queue.length < size && remaining.length > 0) {
      // The first candidate of the kind least represented in the queue so far: kinds take turns.
      let pick = 0;
      let fewest = Number.POSITIVE_INFINITY;
      for (const [position, candidate] of remaining.entries()) {
        const count = perKind.get(candidate.kind) ?? 0;
        if (count < fewest) {
          fewest = count;
          pick = position;
        }
      }
      const [candidate] = remaining.splice(pick, 1);
      const chosen = candidate?.resolve() ?? null;
      if (chosen === null) continue;
      queue.push(chosen);
      perKind.set(chosen.kind, (perKind.get(chosen.kind) ?? 0) + 1);
    }
  }
  return queue;
};
