/**
 * Which question Today offers: the first one in bank order that no session
 * has answered yet; once every one has been answered, the one answered
 * longest ago. Decided by the history alone (no clock, no randomness), so it
 * moves on as soon as the offered question is answered and stays put otherwise.
 */
export const pickNextQuestion = <Q extends { readonly id: string }>(
  questions: readonly Q[],
  history: readonly {
    readonly answeredQuestionIds: readonly string[];
    readonly createdAt: string;
  }[],
): Q | undefined => {
  const lastAnsweredAt = new Map<string, string>();
  for (const session of history) {
    for (const id of session.answeredQuestionIds) {
      const seen = lastAnsweredAt.get(id);
      if (seen === undefined || session.createdAt > seen) lastAnsweredAt.set(id, session.createdAt);
    }
  }
  const unanswered = questions.find((question) => !lastAnsweredAt.has(question.id));
  if (unanswered !== undefined) return unanswered;
  let oldest: Q | undefined;
  for (const question of questions) {
    const at = lastAnsweredAt.get(question.id) ?? '';
    if (oldest === undefined || at < (lastAnsweredAt.get(oldest.id) ?? '')) oldest = question;
  }
  return oldest;
};
