import { COMPANIES, COMPETENCIES, FLAG_COPY, PRINCIPLES } from '@onsite/core';
import type { MetaResponse } from '../../contract';

export const presentMeta = (version: string): MetaResponse => ({
  version,
  principles: PRINCIPLES,
  competencies: COMPETENCIES,
  companies: COMPANIES,
  flags: FLAG_COPY,
});
