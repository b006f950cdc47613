/**
 * The memory of the product: what progress reads from finished rounds and what it tells the
 * candidate. Everything here is plain data; the functions in this folder are pure (no clock, no
 * storage): `now` and the time zone come in as arguments, so a test can replay six weeks in one run.
 */
import type { HiringLevel } from '../rounds/types';

/** What a question exercises, as the kind names it: a coding pattern, a company principle, a competency. */
export interface Topic {
  /** The kind's word for it, e.g. 'pattern', 'principle', 'competency'. */
  readonly type: string;
  /** e.g. 'sliding-window', 'amazon/ownership'. */
  readonly id: string;
  /** For people, e.g. 'sliding window'. */
  readonly label: string;
}

/** How a kind's own measure reads (coding: time to first Accepted, failed submissions, hints). */
export interface MeasureDefinition {
  readonly label: string;
  readonly unit: 'ms' | 'count';
  /** Which way is better, so a trend can say "improving". */
  readonly better: 'lower' | 'higher';
}

/** One finished, scored round as progress reads it: the facts every kind has, plus the kind's own measures. */
export interface PracticeRecord {
  readonly roundId: string;
  readonly sessionId: string;
  /** The round kind's id ('behavioral', 'coding', …). */
  readonly kind: string;
  /** The bank question; null for a round on a prompt of the candidate's own. */
  readonly questionId: string | null;
  readonly title: string;
  readonly startedAt: string;
  /** ISO instant the round finished: every date-based view uses it. */
  readonly finishedAt: string;
  /** Time spent in the round; null when not recorded. */
  readonly elapsedMs: number | null;
  /** 0–100. */
  readonly score: number;
  readonly level: HiringLevel;
  readonly dimensions: readonly {
    readonly id: string;
    readonly name: string;
    readonly level: HiringLevel;
  }[];
  /** Flag ids raised on the scorecard (each once). */
  readonly flags: readonly string[];
  /** What the question exercises (empty for a prompt not from the bank). */
  readonly topics: readonly Topic[];
  /** The kind's own measures by id (see the kind's `progress.measures`); null when not measured. */
  readonly measures: Readonly<Record<string, number | null>>;
  /** The candidate's answer or final code, for search. */
  readonly text: string;
}

/** How a round kind plugs into progress: declared once by the kind, read by every progress view. */
export interface KindProgressTraits<E = unknown, Q = unknown> {
  /** What one round of the kind is called in sentences: "6 of your last 8 stories". */
  readonly noun: { readonly one: string; readonly other: string };
  /** What a bank question of this kind exercises. (Method syntax: a registry holds kinds of many evaluation types.) */
  topicsOf(question: Q): readonly Topic[];
  /** The kind's own measures and how each reads. */
  readonly measures: Readonly<Record<string, MeasureDefinition>>;
  /** Reads the measures off the kind's evaluation. */
  measure(evaluation: E): Readonly<Record<string, number | null>>;
}

// ── History ────────────────────────────────────────────────────────────────

export interface HistoryFilter {
  readonly kind?: string;
  readonly questionId?: string;
  /** A topic id of any type (pattern, principle, competency). */
  readonly topic?: string;
  readonly level?: HiringLevel;
  /** Inclusive local dates, YYYY-MM-DD, in the filter's time zone. */
  readonly from?: string;
  readonly to?: string;
  /** Words matched, case-insensitively, against the title and the answer or code. */
  readonly search?: string;
}

// ── Trends ─────────────────────────────────────────────────────────────────

export type Direction = 'improving' | 'declining' | 'steady' | 'too-few';

/** A value per week: the average over the week's rounds. */
export interface WeeklyPoint {
  /** Monday of the week, YYYY-MM-DD, in the candidate's time zone. */
  readonly week: string;
  readonly value: number;
  readonly rounds: number;
}

export interface Series {
  readonly id: string;
  readonly label: string;
  readonly points: readonly WeeklyPoint[];
  readonly direction: Direction;
  /** The trend in words, e.g. "Testing rose from Lean no hire to Hire over 4 weeks." */
  readonly sentence: string;
}

/** A flag that keeps coming back: "`unquantified-result` in 6 of your last 8 stories". */
export interface RecurringFlag {
  readonly flag: string;
  /** The flag's chip text from the kind's copy. */
  readonly label: string;
  readonly count: number;
  readonly outOf: number;
  readonly sentence: string;
}

/** One question's own measures over its attempts (coding: time to first Accepted, failed submits, hints). */
export interface QuestionMeasures {
  readonly questionId: string;
  readonly title: string;
  readonly attempts: readonly {
    readonly roundId: string;
    readonly finishedAt: string;
    readonly measures: Readonly<Record<string, number | null>>;
  }[];
}

export interface KindTrends {
  readonly kind: string;
  readonly label: string;
  readonly rounds: number;
  /** The overall score per week, then one series per rubric dimension (levels 1–4). */
  readonly score: Series;
  readonly dimensions: readonly Series[];
  /** One series per kind measure (weekly average). */
  readonly measures: readonly (Series & { readonly unit: MeasureDefinition['unit'] })[];
  readonly perQuestion: readonly QuestionMeasures[];
  readonly recurringFlags: readonly RecurringFlag[];
}

// ── Weak areas ─────────────────────────────────────────────────────────────

export type WeakAreaType = 'topic' | 'dimension' | 'flag' | 'story-gap';

export interface WeakArea {
  /** Stable: 'topic:pattern:sliding-window', 'dimension:coding:testing', 'flag:behavioral:vague-language', 'story-gap:amazon/ownership'. */
  readonly id: string;
  readonly type: WeakAreaType;
  readonly kind: string;
  readonly label: string;
  /** Higher is weaker; recent rounds weigh more. Comparable across types (ranked by it). */
  readonly weight: number;
  /** Rounds in which it showed up, and how many rounds could have shown it. */
  readonly occurrences: number;
  readonly outOf: number;
  readonly lastSeenAt: string | null;
  /** Why it is weak, in one sentence. */
  readonly reason: string;
  /** The questions that exercise it, best first (not practised recently first). */
  readonly questionIds: readonly string[];
}

// ── Spaced repetition ──────────────────────────────────────────────────────

/** 1 Again, 2 Hard, 3 Good, 4 Easy (FSRS's ratings). */
export type ReviewGrade = 1 | 2 | 3 | 4;

export interface ReviewCard {
  /** 'question:<questionId>' or 'dimension:<kind>:<dimensionId>'. */
  readonly id: string;
  readonly type: 'question' | 'dimension';
  readonly kind: string;
  readonly label: string;
  readonly questionId: string | null;
  readonly dimensionId: string | null;
  /** ISO instant. */
  readonly due: string;
  readonly lastReview: string | null;
  readonly reviews: number;
  readonly lapses: number;
  readonly stability: number;
  readonly difficulty: number;
  /** FSRS's state: 'new' | 'learning' | 'review' | 'relearning'. */
  readonly state: string;
}

export type SuggestionSource = 'due-question' | 'weak-dimension' | 'weak-area' | 'new';

/** One thing to practise, with the one-line reason the candidate sees. */
export interface Suggestion {
  readonly kind: string;
  readonly questionId: string;
  readonly title: string;
  readonly source: SuggestionSource;
  readonly reason: string;
  /** The card that brought it, if any. */
  readonly cardId: string | null;
}

// ── Today and the plan ─────────────────────────────────────────────────────

export interface Streak {
  /** Days in a row with a finished round, one missed day forgiven. */
  readonly days: number;
  readonly best: number;
  readonly practisedToday: boolean;
  /** The missed day the streak forgave, if it did (YYYY-MM-DD). */
  readonly forgivenDay: string | null;
  /** True when missing today would end the streak. */
  readonly atRisk: boolean;
}

/** What the candidate set for the plan. */
export interface PlanSettings {
  /** YYYY-MM-DD. */
  readonly targetDate: string;
  /** 'general' or a company id (COMPANIES): whose loop to prepare for. */
  readonly loop: string;
  readonly hoursPerWeek: number;
}

export interface PlanItem {
  readonly kind: string;
  readonly questionId: string | null;
  readonly title: string;
  readonly minutes: number;
  /** Why this item is in this week. */
  readonly reason: string;
  /** The weak area it works on, if any. */
  readonly weakAreaId: string | null;
}

export interface PlanWeek {
  /** YYYY-MM-DD (the week's first day). */
  readonly start: string;
  readonly focus: string;
  readonly items: readonly PlanItem[];
  readonly minutes: number;
}

export interface StudyPlan {
  readonly settings: PlanSettings;
  readonly daysLeft: number;
  readonly weeks: readonly PlanWeek[];
  /** Said when the plan cannot fit everything (too few hours, date in the past, kinds Onsite does not run yet). */
  readonly notes: readonly string[];
}

/** What Today and Progress show: one read, computed in one pass over the history. */
export interface ProgressDashboard {
  /** The `now` it was computed for (ISO) and the time zone days are counted in. */
  readonly now: string;
  readonly timeZone: string;
  readonly rounds: number;
  readonly streak: Streak;
  /** Today's queue, kinds mixed; the first is the next suggested session. */
  readonly today: readonly Suggestion[];
  readonly dueCount: number;
  readonly weakAreas: readonly WeakArea[];
  readonly trends: readonly KindTrends[];
  readonly plan: StudyPlan | null;
}
