/**
 * What Today and Progress show, in one read of the history: the streak, Today's queue and what
 * is due, the weak areas, the trends and (when the candidate set one) the study plan.
 */
import type { Question } from '../question/schema';
import type { RoundRegistry } from '../rounds/registry';
import type { Evaluation } from '../rounds/types';
import { buildStudyPlan } from './plan';
import { countDueToday, indexPractice, todayQueue } from './queue';
import { reviewCards } from './schedule';
import { streakOf } from './streak';
import { buildTrends } from './trends';
import type { PlanSettings, PracticeRecord, ProgressDashboard } from './types';
import { findWeakAreas } from './weak-areas';

/**
 * The dashboard as of `now`. The history is indexed once (by question and dimension) and the
 * cards replayed once; the weak areas feed both Today's queue and the plan. Linear in the history
 * apart from sorting it, so 2 000 rounds stay well inside the 100 ms a page may take.
 */
export const buildProgressDashboard = (options: {
  readonly records: readonly PracticeRecord[];
  readonly questions: readonly Question[];
  readonly registry: RoundRegistry<Evaluation>;
  /** Principles the candidate has a story for. */
  readonly storyPrinciples: ReadonlySet<string>;
  readonly settings: PlanSettings | null;
  readonly now: string;
  readonly timeZone: string;
}): ProgressDashboard => {
  const { records, questions, registry, now, timeZone } = options;
  const nowMs = Date.parse(now);
  const index = indexPractice(records, now);
  const cards = reviewCards(records, { registry, now });
  const weakAreas = findWeakAreas(records, {
    registry,
    questions,
    storyPrinciples: options.storyPrinciples,
    now,
    timeZone,
  });
  return {
    now,
    timeZone,
    rounds: records.filter((record) => Date.parse(record.finishedAt) <= nowMs).length,
    streak: streakOf(records, { now, timeZone }),
    today: todayQueue({ cards, records, questions, registry, weakAreas, now, timeZone, index }),
    dueCount: countDueToday(cards, { now, timeZone }),
    weakAreas,
    trends: buildTrends(records, { registry, now, timeZone }),
    plan:
      options.settings === null
        ? null
        : buildStudyPlan({
            settings: options.settings,
            records,
            weakAreas,
            cards,
            questions,
            registry,
            now,
            timeZone,
            index,
          }),
  };
};
