import {
  COMPANIES,
  COMPETENCIES,
  FLAG_COPY,
  PRINCIPLES,
  ROUND_KINDS,
  type Judge,
  type Question,
} from '@onsite/core';
import type { StorageCheck } from '@onsite/db';
import type { HealthResponse, MetaResponse } from '../../contract';
import { judgeStatusOf } from '../../server-judge';

export const presentHealth = (
  version: string,
  judge: Pick<Judge, 'isolation' | 'syscallFilter'>,
  storage?: StorageCheck,
): HealthResponse => ({
  ok: storage?.ok ?? true,
  version,
  judge: judgeStatusOf(judge.isolation, judge.syscallFilter),
  ...(storage === undefined
    ? {}
    : {
        storage: storage.ok
          ? { ok: true }
          : { ok: false, file: storage.file, problem: storage.problem },
      }),
});

/** The kinds that have at least one question, in the order of ROUND_KINDS: a filter never offers an empty list. */
const kindsOf = (questions: readonly Question[]): MetaResponse['kinds'] =>
  ROUND_KINDS.map((kind) => ({
    kind,
    count: questions.filter((question) => question.kind === kind).length,
  })).filter((entry) => entry.count > 0);

export const presentMeta = (version: string, questions: readonly Question[]): MetaResponse => ({
  version,
  kinds: kindsOf(questions),
  principles: PRINCIPLES,
  competencies: COMPETENCIES,
  companies: COMPANIES,
  flags: FLAG_COPY,
});
