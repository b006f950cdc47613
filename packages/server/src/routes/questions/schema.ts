import { z } from 'zod';
import {
  CodingPatternSchema,
  COMPANIES,
  COMPETENCIES,
  DifficultySchema,
  isPrincipleId,
  RoundKindSchema,
  type Competency,
  type QuestionFilter,
} from '@onsite/core';

export const QuestionListQuerySchema = z.object({
  kind: RoundKindSchema.optional(),
  competency: z.string().max(60).optional(),
  principle: z.string().max(80).optional(),
  company: z.enum(COMPANIES).optional(),
  difficulty: DifficultySchema.optional(),
  pattern: CodingPatternSchema.optional(),
  search: z.string().max(200).optional(),
});
export type QuestionListQuery = z.infer<typeof QuestionListQuerySchema>;

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
    ...(query.pattern ? { pattern: query.pattern } : {}),
    ...(query.search !== undefined && query.search.trim() !== ''
      ? { search: query.search.trim() }
      : {}),
  };
};
