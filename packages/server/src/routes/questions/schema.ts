import { COMPETENCIES, type Competency, isPrincipleId, type QuestionFilter } from '@onsite/core';
import type { QuestionListQuery } from '../../contract';

export { QuestionListQuerySchema } from '../../contract';

const isCompetency = (value: string): value is Competency =>
  (COMPETENCIES as readonly string[]).includes(value);

/**
 * Narrows the query to the bank's filter. A competency or principle nobody
 * uses cannot match any question, so the answer is null (an empty list), not an error.
 */
export const toQuestionFilter = (query: QuestionListQuery): QuestionFilter | null => {
  if (query.competency !== undefined && !isCompetency(query.competency)) return null;
  if (query.principle !== undefined && !isPrincipleId(query.principle)) return null;
  return {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.competency !== undefined && isCompetency(query.competency)
      ? { competency: query.competency }
      : {}),
    ...(query.principle !== undefined && isPrincipleId(query.principle)
      ? { principle: query.principle }
      : {}),
    ...(query.company ? { company: query.company } : {}),
    ...(query.difficulty ? { difficulty: query.difficulty } : {}),
    ...(query.search !== undefined && query.search.trim() !== ''
      ? { search: query.search.trim() }
      : {}),
  };
};
