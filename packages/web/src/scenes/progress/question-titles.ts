import { useMemo } from 'react';
import type { QuestionSummary } from '../../api/contract';
import { useQuestions } from '../../api/queries';

/** Every bank question by id (all kinds), for the titles and lengths of questions named by id. */
export const useQuestionIndex = () => {
  const questions = useQuestions({});
  const byId = useMemo(
    () =>
      new Map<string, QuestionSummary>(
        (questions.data?.questions ?? []).map((question) => [question.id, question]),
      ),
    [questions.data],
  );
  return {
    byId,
    titleOf: (questionId: string): string | undefined => byId.get(questionId)?.title,
  };
};
