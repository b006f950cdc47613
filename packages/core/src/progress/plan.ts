/**
 * The study plan: from today to the interview, week by week, what to practise and why. A pure
 * function of the history (through the weak areas and review cards it is given), so it adapts by
 * itself: every finished round changes the cards and the weak areas, and the next read of the
 * plan follows.
 */
import { COMPANIES, type Company } from '../question/principles';
import type { RoundRegistry } from '../rounds/registry';
import { HIRING_LEVEL_LABEL, type Evaluation } from '../rounds/types';
import { sessionRoundTimeLimitMs } from '../session/round-duration';
import { addDays, daysBetween, isCalendarDate, localDate, mondayOf } from './calendar';
import {
  describeDaysAgo,
  freshFirstOrder,
  indexPractice,
  listInWords,
  reviewTargetsOf,
  weakDimensionsReason,
  type PracticeIndex,
  type PracticeQuestion,
  type ReviewTarget,
} from './queue';
import type {
  PlanItem,
  PlanSettings,
  PlanWeek,
  PracticeRecord,
  ReviewCard,
  StudyPlan,
  WeakArea,
} from './types';

export type PlanLoop = 'general' | Company;

/**
 * What each loop is made of, as a share of its time by round kind. A weight is "rounds' worth of
 * interview time", so the general loop reads as the standard onsite it is.
 */
export const LOOP_WEIGHTS: Readonly<
  Record<PlanLoop, { readonly label: string; readonly weights: Readonly<Record<string, number>> }>
> = {
  // The standard onsite: two coding rounds, one system design, one object-oriented design, one behavioral.
  general: {
    label: 'standard onsite',
    weights: { coding: 2, 'system-design': 1, 'object-oriented-design': 1, behavioral: 1 },
  },
  // Amazon asks leadership-principle questions in every round, on top of the bar raiser's: about
  // three rounds' worth of stories beside two coding rounds and one system design.
  amazon: { label: 'Amazon', weights: { behavioral: 3, coding: 2, 'system-design': 1 } },
  // Google's loop is mostly coding (three rounds), one system design, one "Googleyness" round.
  google: { label: 'Google', weights: { coding: 3, 'system-design': 1, behavioral: 1 } },
  // Meta: two coding rounds, one system (or product) design, one behavioral.
  meta: { label: 'Meta', weights: { coding: 2, 'system-design': 1, behavioral: 1 } },
  // Microsoft's loop is balanced: coding, design (system and object-oriented) and behavioral alike.
  microsoft: {
    label: 'Microsoft',
    weights: { coding: 1, 'system-design': 1, 'object-oriented-design': 1, behavioral: 1 },
  },
};

/** How many rounds the rehearsal in the last week holds: one onsite. */
export const REHEARSAL_ROUNDS = 5;
/** Questions from the week's focus area: the first before due reviews, the next after them. */
export const FOCUS_ITEMS = 2;

type Registry = RoundRegistry<Evaluation>;

/**
 * Minutes a round of this question takes, as the session engine times it: a kind answered by code
 * runs as an interview of the kind's length; any other takes the question's own limit or the
 * default (session/round-duration.ts).
 */
export const plannedRoundMinutes = (question: PracticeQuestion, registry: Registry): number => {
  const kind = registry.get(question.kind);
  const interview = kind?.answeredBy === 'submission' ? kind.interview : null;
  return Math.round(sessionRoundTimeLimitMs(question, interview) / 60_000);
};

const isLoop = (loop: string): loop is PlanLoop =>
  loop === 'general' || COMPANIES.some((c) => c === loop);

const kindName = (kind: string, registry: Registry): string =>
  registry.get(kind)?.label ?? kind.charAt(0).toUpperCase() + kind.slice(1).replaceAll('-', ' ');

/** The loop's share of time by kind, moved onto the kinds Onsite runs; and the note saying so. */
const sharesOf = (
  loop: PlanLoop,
  registry: Registry,
): { readonly shares: ReadonlyMap<string, number>; readonly note: string | null } => {
  const { weights } = LOOP_WEIGHTS[loop];
  const run = Object.entries(weights).filter(([kind]) => registry.get(kind) !== undefined);
  const missing = Object.keys(weights).filter((kind) => registry.get(kind) === undefined);
  const shares = new Map<string, number>();
  const total = run.reduce((sum, [, weight]) => sum + weight, 0);
  if (total === 0) {
    for (const kind of registry.kinds) shares.set(kind.id, 1 / registry.kinds.length);
  } else {
    // Proportionally: each kind Onsite runs keeps its place relative to the others.
    for (const [kind, weight] of run) shares.set(kind, weight / total);
  }
  const note =
    missing.length === 0
      ? null
      : `${listInWords(missing.map((kind) => kindName(kind, registry)))} rounds are not in Onsite yet: their share of the ${LOOP_WEIGHTS[loop].label} loop goes to ${listInWords([...shares.keys()].map((kind) => kindName(kind, registry).toLowerCase()))}.`;
  return { shares, note };
};

/** The rehearsal's rounds by kind: REHEARSAL_ROUNDS split by share (largest remainder), kinds alternating. */
const rehearsalKinds = (shares: ReadonlyMap<string, number>): string[] => {
  const entries = [...shares.entries()];
  const counts = entries.map(([kind, share]) => ({
    kind,
    count: Math.floor(share * REHEARSAL_ROUNDS),
    rest: share * REHEARSAL_ROUNDS - Math.floor(share * REHEARSAL_ROUNDS),
  }));
  let left = REHEARSAL_ROUNDS - counts.reduce((sum, each) => sum + each.count, 0);
  for (const each of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    each.count += 1;
    left -= 1;
  }
  const order: string[] = [];
  for (let round = 0; order.length < REHEARSAL_ROUNDS && round < REHEARSAL_ROUNDS; round += 1)
    for (const each of counts) if (each.count > round) order.push(each.kind);
  return order;
};

interface Candidate {
  readonly kind: string;
  /** The review cards it answers. */
  readonly cardIds: readonly string[];
  /** The item, or null when nothing is left for it (its question already planned). */
  readonly resolve: (used: ReadonlySet<string>) => Omit<PlanItem, 'minutes'> | null;
}

/**
 * A week-by-week plan from today to the day before `settings.targetDate`. Each week's minutes stay
 * within `hoursPerWeek` (a part week gets its part); the loop decides the mix of kinds; the weeks
 * before the last work on the top weak areas (one a week as its focus) and the cards falling due;
 * the last week is a rehearsal of the loop on questions not seen. No question is planned twice.
 */
export const buildStudyPlan = (options: {
  readonly settings: PlanSettings;
  readonly records: readonly PracticeRecord[];
  readonly weakAreas: readonly WeakArea[];
  readonly cards: readonly ReviewCard[];
  readonly questions: readonly PracticeQuestion[];
  readonly registry: Registry;
  readonly now: string;
  readonly timeZone: string;
  /** The history already indexed (the dashboard indexes it once). */
  readonly index?: PracticeIndex;
}): StudyPlan => {
  const { settings, registry, timeZone } = options;
  const notes: string[] = [];
  const today = localDate(options.now, timeZone);
  if (!isCalendarDate(settings.targetDate)) {
    return {
      settings,
      daysLeft: 0,
      weeks: [],
      notes: [`"${settings.targetDate}" is not a date: write the interview date as YYYY-MM-DD.`],
    };
  }
  const daysLeft = daysBetween(today, settings.targetDate);
  if (daysLeft < 0)
    return {
      settings,
      daysLeft,
      weeks: [],
      notes: [
        `The interview date, ${settings.targetDate}, has passed: set the date of your next interview to plan towards it.`,
      ],
    };
  if (daysLeft === 0)
    return {
      settings,
      daysLeft,
      weeks: [],
      notes: ['The interview is today: nothing left to plan. Go over your notes and rest.'],
    };

  let loop: PlanLoop = 'general';
  if (isLoop(settings.loop)) loop = settings.loop;
  else
    notes.push(
      `Onsite does not know the "${settings.loop}" loop: the plan prepares for the standard onsite.`,
    );
  const { shares, note } = sharesOf(loop, registry);
  if (note !== null) notes.push(note);
  const loopLabel = LOOP_WEIGHTS[loop].label;

  const weeklyMinutes = Math.max(0, Math.floor(settings.hoursPerWeek * 60));
  const { lastRoundOf, lastDimensionLevel } =
    options.index ?? indexPractice(options.records, options.now);

  const bank = new Map<string, PracticeQuestion>();
  const questionsOfKind = new Map<string, PracticeQuestion[]>();
  for (const question of options.questions) {
    if (!shares.has(question.kind)) continue;
    bank.set(question.id, question);
    const list = questionsOfKind.get(question.kind) ?? [];
    list.push(question);
    questionsOfKind.set(question.kind, list);
  }
  const minutesOf = (question: PracticeQuestion): number => plannedRoundMinutes(question, registry);
  const nounOf = (kind: string): string => registry.get(kind)?.progress.noun.one ?? 'question';
  const daysAgo = (questionId: string): string => {
    const last = lastRoundOf.get(questionId);
    return last === undefined
      ? ''
      : describeDaysAgo(daysBetween(localDate(last.finishedAt, timeZone), today));
  };
  const freshFirstOf = freshFirstOrder(questionsOfKind, lastRoundOf);
  const freshness = (question: PracticeQuestion): string =>
    lastRoundOf.has(question.id)
      ? `a ${nounOf(question.kind)} you last practised ${daysAgo(question.id)}`
      : `a ${nounOf(question.kind)} you have not tried yet`;

  const item = (
    question: PracticeQuestion,
    reason: string,
    weakAreaId: string | null,
  ): Omit<PlanItem, 'minutes'> => ({
    kind: question.kind,
    questionId: question.id,
    title: question.title,
    reason,
    weakAreaId,
  });
  const weakAreaCandidate = (area: WeakArea): Candidate => ({
    kind: area.kind,
    cardIds: [],
    resolve: (used) => {
      const question = area.questionIds
        .map((id) => bank.get(id))
        .find((each) => each !== undefined && !used.has(each.id));
      if (question === undefined) return null;
      const reason =
        area.type === 'story-gap'
          ? `${area.label} has no story yet: this question asks for one.`
          : area.reason;
      return item(question, reason, area.id);
    },
  });
  const weakAreaById = new Map(options.weakAreas.map((area) => [area.id, area]));
  const targetCandidate = (target: ReviewTarget): Candidate => ({
    kind: target.kind,
    cardIds: target.type === 'question' ? [target.card.id] : target.cards.map((card) => card.id),
    resolve: (used) => {
      if (target.type === 'question') {
        const { card } = target;
        const question = card.questionId === null ? undefined : bank.get(card.questionId);
        const last = card.questionId === null ? undefined : lastRoundOf.get(card.questionId);
        if (question === undefined || last === undefined || used.has(question.id)) return null;
        return item(
          question,
          `Due for review: you scored ${HIRING_LEVEL_LABEL[last.level]} on it ${daysAgo(question.id)}.`,
          null,
        );
      }
      const question = freshFirstOf(target.kind).find(
        (each) => !used.has(each.id) && !reserved.has(each.id),
      );
      if (question === undefined) return null;
      const area = target.cards.find((card) => weakAreaById.has(card.id));
      return item(
        question,
        `${weakDimensionsReason(target.cards, registry, lastDimensionLevel)}: ${freshness(question)}.`,
        area?.id ?? null,
      );
    },
  });
  const breadthCandidates = (kind: string): Candidate[] =>
    freshFirstOf(kind)
      .filter((question) => !reserved.has(question.id))
      .map((question) => ({
        kind,
        cardIds: [],
        resolve: (used) =>
          used.has(question.id)
            ? null
            : item(
                question,
                lastRoundOf.has(question.id)
                  ? `Keeps it fresh: you last practised it ${daysAgo(question.id)}.`
                  : `Breadth: a ${nounOf(kind)} you have not tried yet.`,
                null,
              ),
      }));

  // Weeks: today's to the one holding the day before the interview; a part week gets its part.
  const lastDay = addDays(settings.targetDate, -1);
  const spans: { start: string; end: string }[] = [];
  for (let start = today; start <= lastDay; start = addDays(mondayOf(start), 7)) {
    const sunday = addDays(mondayOf(start), 6);
    spans.push({ start, end: sunday < lastDay ? sunday : lastDay });
  }

  const areas = options.weakAreas.filter(
    (area) => shares.has(area.kind) && area.questionIds.some((id) => bank.has(id)),
  );
  // Questions that exercise a weak area are kept for that work, not spent on breadth.
  const reserved = new Set(areas.flatMap((area) => area.questionIds));
  // Each card with the local day it falls due, worked out once for all the weeks.
  const practisableCards = options.cards
    .filter((card) => shares.has(card.kind))
    .map((card) => ({ card, day: localDate(card.due, timeZone) }));
  // The shortest round of each kind: a week with less time left takes no more of that kind.
  const shortestOfKind = new Map<string, number>();
  for (const question of bank.values()) {
    const minutes = minutesOf(question);
    shortestOfKind.set(
      question.kind,
      Math.min(minutes, shortestOfKind.get(question.kind) ?? Number.POSITIVE_INFINITY),
    );
  }
  const placedCards = new Set<string>();
  const used = new Set<string>();

  // The rehearsal's questions are chosen first, so the weeks before cannot use them up: one the
  // candidate has not seen (one no weak area lists first), otherwise the one practised longest
  // ago, even if planned earlier.
  const rehearsal = rehearsalKinds(shares).flatMap((kind) => {
    const ordered = freshFirstOf(kind);
    const isUnseen = (each: PracticeQuestion): boolean =>
      !used.has(each.id) && !lastRoundOf.has(each.id);
    const question =
      ordered.find((each) => isUnseen(each) && !reserved.has(each.id)) ??
      ordered.find(isUnseen) ??
      ordered.find((each) => !used.has(each.id) && !reserved.has(each.id)) ??
      ordered.find((each) => !used.has(each.id)) ??
      ordered[0];
    if (question === undefined) return [];
    used.add(question.id);
    return [{ kind, question }];
  });
  const focused = new Set<string>();

  const focusName = (area: WeakArea): string => {
    const label = `${area.label.charAt(0).toUpperCase()}${area.label.slice(1)}`;
    const rounds = `your ${kindName(area.kind, registry).toLowerCase()} rounds`;
    return area.type === 'story-gap'
      ? `A story for ${area.label}`
      : area.type === 'topic'
        ? label
        : `${label} in ${rounds}`;
  };

  const weeks: PlanWeek[] = spans.map((span, index): PlanWeek => {
    const days = daysBetween(span.start, span.end) + 1;
    const budget = Math.floor((weeklyMinutes * days) / 7);
    const isLast = index === spans.length - 1;
    // The week's focus: the weakest area not focused on yet that still has a question to give.
    const focus = isLast
      ? undefined
      : areas.find(
          (area) =>
            !focused.has(area.id) && area.questionIds.some((id) => bank.has(id) && !used.has(id)),
        );
    if (focus !== undefined) focused.add(focus.id);
    const dueThisWeek = practisableCards
      .filter(({ card, day }) => !placedCards.has(card.id) && day <= span.end)
      .map(({ card }) => card);

    const chosen: { item: PlanItem; rank: number; isReview: boolean }[] = [];
    const minutesByKind = new Map<string, number>();
    let spent = 0;
    const take = (
      found: Omit<PlanItem, 'minutes'>,
      rank: number,
      cardIds: readonly string[],
    ): boolean => {
      const question = found.questionId === null ? undefined : bank.get(found.questionId);
      if (question === undefined) return false;
      const minutes = minutesOf(question);
      if (spent + minutes > budget) return false;
      spent += minutes;
      used.add(question.id);
      for (const cardId of cardIds) placedCards.add(cardId);
      minutesByKind.set(found.kind, (minutesByKind.get(found.kind) ?? 0) + minutes);
      chosen.push({ item: { ...found, minutes }, rank, isReview: cardIds.length > 0 });
      return true;
    };

    // The rehearsal: one loop, kinds alternating, each round timed as in the interview.
    if (isLast) {
      let held = 0;
      let needed = 0;
      for (const [position, { kind, question }] of rehearsal.entries()) {
        const minutes = minutesOf(question);
        needed += minutes;
        const isSeen = lastRoundOf.has(question.id);
        const fitted = take(
          item(
            question,
            `Rehearsal of the ${loopLabel} loop, round ${position + 1} of ${rehearsal.length}: ${kindName(kind, registry).toLowerCase()}, ${minutes} minutes as in the interview, on ${isSeen ? `a ${nounOf(kind)} you last practised ${daysAgo(question.id)}` : `a ${nounOf(kind)} you have not seen`}.`,
            null,
          ),
          position - rehearsal.length,
          [],
        );
        if (fitted) held += 1;
      }
      if (held < rehearsal.length && needed > budget)
        notes.push(
          `The last week has ${budget} minutes, less than the ${needed} a rehearsal of the ${loopLabel} loop takes: it holds ${held} of its ${rehearsal.length} rounds. More hours that week fit the whole loop.`,
        );
    }

    // The rest of the week, in order of priority: the focus area's first question, what falls
    // due, the focus area's next, the other weak areas, then breadth (questions not tried yet,
    // then those practised longest ago).
    const focusCandidates =
      focus === undefined
        ? []
        : Array.from({ length: FOCUS_ITEMS }, () => weakAreaCandidate(focus));
    const candidates: Candidate[] = [
      ...focusCandidates.slice(0, 1),
      ...reviewTargetsOf(dueThisWeek).map(targetCandidate),
      ...focusCandidates.slice(1),
      ...(isLast ? [] : areas.filter((area) => area !== focus).map(weakAreaCandidate)),
      ...[...shares.keys()].flatMap(breadthCandidates),
    ];
    const perKind = new Map<string, { candidate: Candidate; rank: number }[]>();
    for (const [rank, candidate] of candidates.entries()) {
      const list = perKind.get(candidate.kind) ?? [];
      list.push({ candidate, rank });
      perKind.set(candidate.kind, list);
    }
    // Kinds take turns by how far each is below its share of the week.
    const exhausted = new Set<string>();
    const nextOfKind = new Map<string, number>();
    while (exhausted.size < perKind.size) {
      let pickKind: string | null = null;
      let largestGap = Number.NEGATIVE_INFINITY;
      for (const kind of perKind.keys()) {
        if (exhausted.has(kind)) continue;
        const gap = (shares.get(kind) ?? 0) * budget - (minutesByKind.get(kind) ?? 0);
        if (gap > largestGap) {
          largestGap = gap;
          pickKind = kind;
        }
      }
      if (pickKind === null) break;
      const list = perKind.get(pickKind) ?? [];
      let placed = false;
      const fits = spent + (shortestOfKind.get(pickKind) ?? 0) <= budget;
      while (fits && !placed) {
        const position = nextOfKind.get(pickKind) ?? 0;
        const next = list[position];
        if (next === undefined) break;
        nextOfKind.set(pickKind, position + 1);
        const found = next.candidate.resolve(used);
        if (found === null) continue;
        placed = take(found, next.rank, next.candidate.cardIds);
      }
      if (!placed) exhausted.add(pickKind);
    }

    const items = chosen.sort((a, b) => a.rank - b.rank).map((each) => each.item);
    const dueCount = chosen.filter((each) => each.isReview).length;
    const reviews = dueCount === 1 ? '1 due review' : `${dueCount} due reviews`;
    return {
      start: span.start,
      focus: isLast
        ? `Rehearsal of the ${loopLabel} loop`
        : focus !== undefined
          ? `${focusName(focus)}${dueCount > 0 ? ` and ${reviews}` : ''}`
          : dueCount > 0
            ? `${reviews.charAt(0).toUpperCase()}${reviews.slice(1)} and new questions`
            : 'New questions across the loop',
      items,
      minutes: spent,
    };
  });

  const shortest = Math.min(...shortestOfKind.values(), Number.POSITIVE_INFINITY);
  if (weeklyMinutes < shortest)
    notes.push(
      `${settings.hoursPerWeek} hours a week is less than one round (${shortest} minutes): set more hours to get a plan.`,
    );
  return { settings, daysLeft, weeks, notes };
};
