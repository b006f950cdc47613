import { COMPANIES, COMPETENCIES, FLAG_COPY, PRINCIPLES, type Judge } from '@onsite/core';
import type { StorageCheck } from '@onsite/db';
import type { HealthResponse, MetaResponse } from '../../contract';
import { judgeStatusOf } from '../../judge';

export const presentHealth = (version: string, judge: Pick<Judge, 'isolation' | 'syscallFilter'>, storage?: StorageCheck): HealthResponse => ({
  ok: storage?.ok ?? true,
  version,
  judge: judgeStatusOf(judge.isolation, judge.syscallFilter),
  ...(storage === undefined ? {} : { storage: storage.ok ? { ok: true } : { ok: false, file: storage.file, problem: storage.problem } }),
});

export const presentMeta = (version: string): MetaResponse => ({
  version,
  principles: PRINCIPLES,
  competencies: COMPETENCIES,
  companies: COMPANIES,
  flags: FLAG_COPY,
});
