import {
  companyOfPrinciple,
  isBehavioralQuestion,
  isPrincipleId,
  type Question,
  type QuestionBank,
  type QuestionFilter,
} from '@onsite/core';

const principlesOf = (question: Question): readonly string[] =>
  isBehavioralQuestion(question) ? question.principles : [];
const competenciesOf = (question: Question): readonly string[] =>
  isBehavioralQuestion(question) ? question.competencies : [];

/** Every word of the search must appear somewhere in the title, prompt or tags. */
function matchesSearch(question: Question, search: string): boolean {
  const haystack = [question.title, question.prompt, ...question.tags].join('\n').toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word));
}

function matches(question: Question, filter: QuestionFilter): boolean {
  if (filter.kind !== undefined && question.kind !== filter.kind) return false;
  if (filter.difficulty !== undefined && question.difficulty !== filter.difficulty) return false;
  if (filter.competency !== undefined && !competenciesOf(question).includes(filter.competency))
    return false;
  if (filter.principle !== undefined && !principlesOf(question).includes(filter.principle))
    return false;
  if (filter.company !== undefined) {
    const company = filter.company;
    // Behavioral questions belong to a company through its principles; coding ones name companies.
    const asked =
      question.kind === 'coding'
        ? question.companies.some((name) => name.toLowerCase() === company)
        : principlesOf(question).some(
            (id) => isPrincipleId(id) && companyOfPrinciple(id) === company,
          );
    if (!asked) return false;
  }
  if (
    filter.pattern !== undefined &&
    !(question.kind === 'coding' && question.patterns.includes(filter.pattern))
  )
    return false;
  if (filter.search !== undefined && !matchesSearch(question, filter.search)) return false;
  return true;
}

/**
 * An in-memory `QuestionBank` over already-validated questions (from `loadBank`).
 * `list` keeps the order it was given; `get` takes an id `kind/slug`.
 */
export function createQuestionBank(questions: readonly Question[]): QuestionBank {
  const byId = new Map(questions.map((question) => [question.id, question]));
  return {
    list: (filter = {}) => questions.filter((question) => matches(question, filter)),
    get: (id) => byId.get(id),
  };
}
