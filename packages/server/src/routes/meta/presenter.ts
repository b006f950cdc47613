import { COMPANIES, COMPETENCIES, FLAG_COPY, PRINCIPLES, type IsolationTier } from '@onsite/core';
import type { HealthResponse, MetaResponse } from '../../contract';
import { judgeStatusOf } from '../../judge';

export const presentHealth = (version: string, isolation: IsolationTier): HealthResponse => ({ ok: true, version, judge: judgeStatusOf(isolation) });

export const presentMeta = (version: string): MetaResponse => ({
  version,
  principles: PRINCIPLES,
  competencies: COMPETENCIES,
  companies: COMPANIES,
  flags: FLAG_COPY,
});
