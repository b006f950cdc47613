import type { HiringLevel, PracticeRecord } from '@onsite/core';

export interface DimensionChange {
  readonly id: string;
  readonly name: string;
  /** Null when the attempt's scorecard has no such dimension. */
  readonly before: HiringLevel | null;
  readonly after: HiringLevel | null;
  /** Levels gained (negative: lost); null when one side has no level. */
  readonly change: number | null;
}

/** What changed from one attempt to the next: the score, the overall level, each dimension, the flags. */
export interface AttemptChanges {
  readonly scoreChange: number;
  readonly levelChange: number;
  readonly dimensions: readonly DimensionChange[];
  readonly flagsAdded: readonly string[];
  readonly flagsRemoved: readonly string[];
  readonly flagsKept: readonly string[];
}

/** The earlier of the two attempts first, whatever order they were asked in. */
export const inOrder = (
  a: PracticeRecord,
  b: PracticeRecord,
): readonly [PracticeRecord, PracticeRecord] => (a.finishedAt <= b.finishedAt ? [a, b] : [b, a]);

/** Compares two attempts at the same question, the earlier as `before`. */
export const attemptChanges = (before: PracticeRecord, after: PracticeRecord): AttemptChanges => {
  const ids = [
    ...new Set([...before.dimensions, ...after.dimensions].map((dimension) => dimension.id)),
  ];
  const dimensions = ids.map((id): DimensionChange => {
    const was = before.dimensions.find((dimension) => dimension.id === id);
    const now = after.dimensions.find((dimension) => dimension.id === id);
    return {
      id,
      name: now?.name ?? was?.name ?? id,
      before: was?.level ?? null,
      after: now?.level ?? null,
      change: was === undefined || now === undefined ? null : now.level - was.level,
    };
  });
  return {
    scoreChange: Math.round(after.score) - Math.round(before.score),
    levelChange: after.level - before.level,
    dimensions,
    flagsAdded: after.flags.filter((flag) => !before.flags.includes(flag)),
    flagsRemoved: before.flags.filter((flag) => !after.flags.includes(flag)),
    flagsKept: after.flags.filter((flag) => before.flags.includes(flag)),
  };
};
