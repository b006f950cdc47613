import { HIRING_LEVEL_LABEL, type HiringLevel, type Topic } from '@onsite/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useHistory, useMeta, useSessions } from '../../api/queries';
import { Icon } from '../../components/icons';
import { useDocumentTitle } from '../../components/use-document-title';
import {
  ButtonLink,
  EmptyState,
  Loaded,
  PageHeader,
  humanize,
  kindLabel,
  FilterSelect,
} from '../../components/ui';
import '../../styles/progress.css';
import { useQuestionIndex } from '../progress/question-titles';
import {
  HISTORY_PAGE_SIZE,
  hasFilters,
  historyQueryFromParams,
  pageFromParams,
  withFilter,
  type HistoryFilterKey,
} from './history-filters';
import { HistoryList } from './history-list';
import { SessionList } from './session-list';

const LEVELS: readonly HiringLevel[] = [4, 3, 2, 1];

/** Topics grouped by what the kind calls them (pattern, principle, competency), for the filter menu. */
const topicGroups = (topics: readonly Topic[]): [string, Topic[]][] => {
  const groups = new Map<string, Topic[]>();
  for (const topic of topics) groups.set(topic.type, [...(groups.get(topic.type) ?? []), topic]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
};

export const HistoryScene = () => {
  const [params, setParams] = useSearchParams();
  const query = historyQueryFromParams(params);
  const history = useHistory(query);
  const sessions = useSessions();
  const kinds = useMeta().data?.kinds ?? [];
  const { byId } = useQuestionIndex();
  const ids = useId();
  const [search, setSearch] = useState(query.search ?? '');
  const filtered = hasFilters(params);
  const page = pageFromParams(params);

  const setFilter = (key: HistoryFilterKey, value: string) =>
    setParams((current) => withFilter(current, key, value), { replace: true });
  const clearFilters = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };
  const goToPage = (next: number) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next <= 1) updated.delete('page');
      else updated.set('page', String(next));
      return updated;
    });

  // The search box updates the URL after a short pause, not on every keystroke.
  const urlSearch = query.search ?? '';
  useEffect(() => {
    if (search.trim() === urlSearch) return;
    const timer = setTimeout(() => setFilter('search', search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search, urlSearch]);

  useDocumentTitle('History');

  const questionOptions = useMemo(
    () =>
      [...byId.values()]
        .filter((question) => query.kind === undefined || question.kind === query.kind)
        .sort((a, b) => a.title.localeCompare(b.title)),
    [byId, query.kind],
  );
  const unfinished = (sessions.data?.sessions ?? []).filter(
    (session) => session.status === 'active',
  );
  const topics = history.data?.topics ?? [];

  return (
    <div className="page">
      <PageHeader
        title="History"
        lead="Every round you have finished, newest first. Open one for its scorecard and transcript, or compare two attempts at the same question."
      />

      {!filtered && unfinished.length > 0 && (
        <section className="card card-flush" aria-labelledby="unfinished-heading">
          <div className="card-head">
            <h2 id="unfinished-heading">Unfinished rounds</h2>
          </div>
          <SessionList sessions={unfinished} />
        </section>
      )}

      <form
        className="filters card"
        role="search"
        aria-label="Filter your history"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="search-field">
          <Icon name="search" size={16} />
          <label htmlFor={`${ids}-search`} className="visually-hidden">
            Search your answers
          </label>
          <input
            id={`${ids}-search`}
            type="search"
            placeholder="Search titles and your answers or code"
            value={search}
            maxLength={200}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="filter-row">
          <FilterSelect
            label="Kind"
            id={`${ids}-kind`}
            value={query.kind ?? ''}
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
            label="Question"
            id={`${ids}-question`}
            value={query.questionId ?? ''}
            onChange={(value) => setFilter('question', value)}
          >
            <option value="">Any question</option>
            {/* A question from a link that the bank no longer lists is still shown as chosen. */}
            {query.questionId !== undefined && !byId.has(query.questionId) && (
              <option value={query.questionId}>{query.questionId}</option>
            )}
            {questionOptions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.title}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label="Topic"
            id={`${ids}-topic`}
            value={query.topic ?? ''}
            onChange={(value) => setFilter('topic', value)}
          >
            <option value="">Any topic</option>
            {query.topic !== undefined && !topics.some((topic) => topic.id === query.topic) && (
              <option value={query.topic}>{query.topic}</option>
            )}
            {topicGroups(topics).map(([type, group]) => (
              <optgroup key={type} label={humanize(type)}>
                {group.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {topic.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </FilterSelect>
          <FilterSelect
            label="Level"
            id={`${ids}-level`}
            value={query.level === undefined ? '' : String(query.level)}
            onChange={(value) => setFilter('level', value)}
          >
            <option value="">Any level</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {HIRING_LEVEL_LABEL[level]}
              </option>
            ))}
          </FilterSelect>
          <DateField
            label="From"
            id={`${ids}-from`}
            value={query.from ?? ''}
            max={query.to}
            onChange={(value) => setFilter('from', value)}
          />
          <DateField
            label="To"
            id={`${ids}-to`}
            value={query.to ?? ''}
            min={query.from}
            onChange={(value) => setFilter('to', value)}
          />
          {filtered && (
            <button type="button" className="btn btn-ghost btn-sm" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      </form>

      <Loaded query={history} label="Loading your history" rows={6}>
        {(data) =>
          data.total === 0 && !filtered ? (
            <EmptyState
              title="No rounds yet"
              action={<ButtonLink to="/practice">Start your first round</ButtonLink>}
            >
              Practise one question, behavioral or coding; its scorecard will be kept here so you
              can see how you improve.
            </EmptyState>
          ) : data.rounds.length === 0 ? (
            <EmptyState
              title="No round matches these filters"
              action={
                <button type="button" className="btn btn-secondary" onClick={clearFilters}>
                  Clear filters
                </button>
              }
            >
              Try fewer filters, a wider date range or a shorter search.
            </EmptyState>
          ) : (
            <>
              <p className="result-count" aria-live="polite">
                {data.total} {data.total === 1 ? 'round' : 'rounds'}
                {data.total > data.rounds.length
                  ? `, ${query.offset + 1}–${query.offset + data.rounds.length} shown`
                  : ''}
              </p>
              <section
                className={`card card-flush${history.isPlaceholderData ? ' is-refreshing' : ''}`}
                aria-label="Finished rounds"
                aria-busy={history.isPlaceholderData}
              >
                <HistoryList rounds={data.rounds} />
              </section>
              {data.total > HISTORY_PAGE_SIZE && (
                <nav className="pager" aria-label="Pages">
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={page <= 1}
                    onClick={() => goToPage(page - 1)}
                  >
                    Newer
                  </button>
                  <span className="muted small">
                    Page {page} of {Math.ceil(data.total / HISTORY_PAGE_SIZE)}
                  </span>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={query.offset + data.rounds.length >= data.total}
                    onClick={() => goToPage(page + 1)}
                  >
                    Older
                  </button>
                </nav>
              )}
            </>
          )
        }
      </Loaded>
    </div>
  );
};

const DateField = ({
  label,
  id,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  id: string;
  value: string;
  min?: string;
  max?: string;
  onChange: (value: string) => void;
}) => (
  <div className="field field-inline field-date">
    <label htmlFor={id}>{label}</label>
    <input
      id={id}
      type="date"
      value={value}
      min={min}
      max={max}
      className={value === '' ? '' : 'is-set'}
      onChange={(event) => onChange(event.target.value)}
    />
  </div>
);
