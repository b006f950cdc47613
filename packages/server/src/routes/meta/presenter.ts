import { COMPANIES, COMPETENCIES, FLAG_COPY, PRINCIPLES, type Judge } from '@onsite/core';
import type { HealthResponse, MetaResponse } from '../../contract';
import { judgeStatusOf } from '../../judge';

export const presentHealth = (version: string, judge: Pick<Judge, 'isolation' | 'syscallFilter'>): HealthResponse => ({
  ok: true,
  version,
  judge: judgeStatusOf(judge.isolation, judge.syscallFilter),
});

export const presentMeta = (version: string): MetaResponse => ({
  version,
  principles: PRINCIPLES,
  competencies: COMPETENCIES,
  companies: COMPANIES,
  flags: FLAG_COPY,
});
