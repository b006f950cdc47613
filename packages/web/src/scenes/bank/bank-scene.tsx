import { COMPANIES, COMPETENCIES, PRINCIPLES, ROUND_KINDS } from '@onsite/core';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { QuestionListQuery } from '../../api/contract';
import { questionPath } from '../../api/client';
import { useMeta, useQuestions } from '../../api/queries';
import { Icon } from '../../components/icons';
import {
  DifficultyTag,
  EmptyState,
  Loaded,
  PageHeader,
  humanize,
  kindLabel,
  FilterSelect,
} from '../../components/ui';

const FILTER_KEYS = ['kind', 'competency', 'principle', 'company', 'difficulty', 'search'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the filters from the URL, dropping values the server would reject. */
export const filtersFromParams = (params: URLSearchParams): QuestionListQuery => {
  const kind = oneOf(ROUND_KINDS, params.get('kind'));
  const company = oneOf(COMPANIES, params.get('company'));
  const difficulty = oneOf(['easy', 'medium', 'hard'] as const, params.get('difficulty'));
  const competency = params.get('competency');
  const principle = params.get('principle');
  const search = params.get('search');
  return {
    ...(kind === undefined ? {} : { kind }),
    ...(company === undefined ? {} : { company }),
    ...(difficulty === undefined ? {} : { difficulty }),
    ...(competency === null || competency === '' ? {} : { competency }),
    ...(principle === null || principle === '' ? {} : { principle }),
    ...(search === null || search.trim() === '' ? {} : { search: search.trim() }),
  };
};

const principleName = (id: string): string =>
  PRINCIPLES.find((principle) => principle.id === id)?.name ?? humanize(id.split('/')[1] ?? id);

export const BankScene = () => {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const questions = useQuestions(filters);
  // Only kinds the bank has questions for: a kind still to come would be an empty list.
  const kinds = useMeta().data?.kinds ?? [];
  const [search, setSearch] = useState(filters.search ?? '');
  const ids = useId();

  const setFilter = (key: FilterKey, value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  };

  // The search box updates the URL after a short pause, not on every keystroke.
  const urlSearch = filters.search ?? '';
  useEffect(() => {
    if (search.trim() === urlSearch) return;
    const timer = setTimeout(() => setFilter('search', search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search, urlSearch]);

  const activeCount = FILTER_KEYS.filter(
    (key) => key !== 'search' && params.get(key) !== null,
  ).length;
  const companyPrinciples =
    filters.company === undefined
      ? PRINCIPLES
      : PRINCIPLES.filter((principle) => principle.company === filters.company);

  return (
    <div className="page">
      <PageHeader
        title="Question bank"
        lead="Every question is written for practice, with the probes an interviewer would follow up with."
      />

      <form
        className="filters card"
        role="search"
        aria-label="Filter questions"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="search-field">
          <Icon name="search" size={16} />
          <label htmlFor={`${ids}-search`} className="visually-hidden">
            Search questions
          </label>
          <input
            id={`${ids}-search`}
            type="search"
            placeholder="Search by words in the title, prompt or tags"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="filter-row">
          <FilterSelect
            label="Kind"
            id={`${ids}-kind`}
            value={filters.kind ?? ''}
            onChange={(value) => setFilter('kind', value)}
          >
            <option value="">All kinds</option>
            {kinds.map(({ kind }) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label="Competency"
            id={`${ids}-competency`}
            value={filters.competency ?? ''}
            onChange={(value) => setFilter('competency', value)}
          >
            <option value="">Any competency</option>
            {COMPETENCIES.map((competency) => (
              <option key={competency} value={competency}>
                {humanize(competency)}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label="Company"
            id={`${ids}-company`}
            value={filters.company ?? ''}
            onChange={(value) => setFilter('company', value)}
          >
            <option value="">Any company</option>
            {COMPANIES.map((company) => (
              <option key={company} value={company}>
                {humanize(company)}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label="Principle"
            id={`${ids}-principle`}
            value={filters.principle ?? ''}
            onChange={(value) => setFilter('principle', value)}
          >
            <option value="">Any principle</option>
            {COMPANIES.filter((company) =>
              companyPrinciples.some((principle) => principle.company === company),
            ).map((company) => (
              <optgroup key={company} label={humanize(company)}>
                {companyPrinciples
                  .filter((principle) => principle.company === company)
                  .map((principle) => (
                    <option key={principle.id} value={principle.id}>
                      {principle.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </FilterSelect>
          <FilterSelect
            label="Difficulty"
            id={`${ids}-difficulty`}
            value={filters.difficulty ?? ''}
            onChange={(value) => setFilter('difficulty', value)}
          >
            <option value="">Any difficulty</option>
            <option value="easy">Easy</option>
            <option value="medium">Medium</option>
            <option value="hard">Hard</option>
          </FilterSelect>
          {(activeCount > 0 || urlSearch !== '') && (
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => {
                setSearch('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              Clear filters
            </button>
          )}
        </div>
      </form>

      <Loaded query={questions} label="Loading questions" rows={6}>
        {(data) =>
          data.questions.length === 0 ? (
            <EmptyState
              title="No question matches these filters"
              action={
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => setParams(new URLSearchParams(), { replace: true })}
                >
                  Clear filters
                </button>
              }
            >
              Try fewer filters, or a shorter search.
            </EmptyState>
          ) : (
            <>
              <p className="result-count" aria-live="polite">
                {data.questions.length} {data.questions.length === 1 ? 'question' : 'questions'}
              </p>
              <ul className="question-list">
                {data.questions.map((question) => (
                  <li key={question.id}>
                    <Link
                      className="question-row card"
                      to={`/questions/${questionPath(question.id)}`}
                    >
                      <div className="question-row-head">
                        <h2 className="question-title" dir="auto">
                          {question.title}
                        </h2>
                        <DifficultyTag difficulty={question.difficulty} />
                      </div>
                      <p className="question-prompt">{question.prompt}</p>
                      <div className="chips">
                        <span className="chip chip-kind">{kindLabel(question.kind)}</span>
                        {question.competencies.slice(0, 3).map((competency) => (
                          <span key={competency} className="chip">
                            {humanize(competency)}
                          </span>
                        ))}
                        {question.principles.slice(0, 2).map((principle) => (
                          <span key={principle} className="chip chip-principle">
                            {principleName(principle)}
                          </span>
                        ))}
                        {question.principles.length > 2 && (
                          <span className="chip chip-more">+{question.principles.length - 2}</span>
                        )}
                      </div>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Loaded>
    </div>
  );
};
