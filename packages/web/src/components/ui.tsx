import type { HiringLevel } from '@onsite/core';
import { HIRING_LEVEL_LABEL } from '@onsite/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/client';
import { describeError } from '../api/errors';

export const levelTone = (level: HiringLevel): 'good' | 'ok' | 'warn' | 'bad' =>
  level === 4 ? 'good' : level === 3 ? 'ok' : level === 2 ? 'warn' : 'bad';

/** The hiring level as a word and a colour, never the colour alone. */
export const LevelBadge = ({
  level,
  size = 'md',
}: {
  level: HiringLevel | null;
  size?: 'md' | 'lg';
}) =>
  level === null ? (
    <span className="level level-none">Not scored</span>
  ) : (
    <span className={`level level-${levelTone(level)} level-${size}`}>
      <span className="level-dot" aria-hidden="true" />
      {HIRING_LEVEL_LABEL[level]}
    </span>
  );

/** A question id that is not in the bank (a stale link, a typo): say so and offer the bank, not a retry. */
export const NoSuchQuestion = ({ questionId }: { questionId: string }) => (
  <div className="card no-such-question" role="alert">
    <h1>No such question</h1>
    <p className="muted">
      There is no question{' '}
      <code>
        <bdi>{questionId}</bdi>
      </code>{' '}
      in the bank. The link may be old or mistyped.
    </p>
    <Link className="btn btn-primary" to="/questions">
      Browse the question bank
    </Link>
  </div>
);

export const EmptyState = ({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) => (
  <div className="empty">
    <div className="empty-art" aria-hidden="true">
      <span />
      <span />
      <span />
    </div>
    <h3>{title}</h3>
    {children !== undefined && <p className="muted">{children}</p>}
    {action !== undefined && <div className="empty-action">{action}</div>}
  </div>
);

/** Whether the server said the thing asked for does not exist: asking again cannot help. */
export const isNotFoundError = (error: unknown): boolean =>
  isApiError(error) && error.status === 404;

/** An inline error that says what happened and offers a retry, unless retrying cannot help (a 404). */
export const ErrorState = ({ error, onRetry: retry }: { error: unknown; onRetry?: () => void }) => {
  const copy = describeError(error);
  const onRetry = isNotFoundError(error) ? undefined : retry;
  return (
    <div className="error-state" role="alert">
      <div>
        <strong>{copy.title}</strong>
        <p>{copy.detail}</p>
      </div>
      {onRetry !== undefined && (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
};

/** Placeholder rows while data loads; announced once to screen readers. */
export const Loading = ({ label, rows = 3 }: { label: string; rows?: number }) => (
  <div className="loading" role="status" aria-live="polite">
    <span className="visually-hidden">{label}</span>
    {Array.from({ length: rows }, (_, index) => (
      <div key={index} className="skeleton" aria-hidden="true" />
    ))}
  </div>
);

/**
 * A query's three states in one place: placeholder rows while it loads, the error with a retry
 * when it failed, else `children` with its data.
 */
export const Loaded = <Data,>({
  query,
  label,
  rows,
  children,
}: {
  query: UseQueryResult<Data>;
  /** What is loading, for screen readers. */
  label: string;
  rows?: number;
  children: (data: Data) => ReactNode;
}) =>
  query.isPending ? (
    <Loading label={label} rows={rows} />
  ) : query.isError ? (
    <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  ) : (
    children(query.data)
  );

export const PageHeader = ({
  title,
  lead,
  actions,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
}) => (
  <header className="page-header">
    <div>
      <h1>{title}</h1>
      {lead !== undefined && <p className="lead">{lead}</p>}
    </div>
    {actions !== undefined && <div className="page-actions">{actions}</div>}
  </header>
);

export const Spinner = ({ label }: { label?: string }) => (
  <span className="spinner" role={label === undefined ? undefined : 'status'} aria-label={label} />
);

export const ButtonLink = ({
  to,
  children,
  variant = 'primary',
}: {
  to: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'ghost';
}) => (
  <Link className={`btn btn-${variant}`} to={to}>
    {children}
  </Link>
);

const DIFFICULTY_LABEL = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;
export const DifficultyTag = ({ difficulty }: { difficulty: 'easy' | 'medium' | 'hard' }) => (
  <span className={`tag tag-${difficulty}`}>{DIFFICULTY_LABEL[difficulty]}</span>
);

export const humanize = (slug: string): string => {
  const text = slug.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const KIND_LABEL: Readonly<Record<string, string>> = {
  behavioral: 'Behavioral',
  coding: 'Coding',
  'system-design': 'System design',
  'object-oriented-design': 'Object-oriented design',
  scenario: 'Scenario',
};
export const kindLabel = (kind: string): string => KIND_LABEL[kind] ?? humanize(kind);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatDate = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
};

export const formatRelative = (iso: string, now: number = Date.now()): string => {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 7) return days === 1 ? 'yesterday' : `${days} days ago`;
  return formatDate(iso);
};

/** A list filter's menu, its label beside it; a chosen value (not the "any" entry) reads as set. */
export const FilterSelect = ({
  label,
  id,
  value,
  onChange,
  children,
}: {
  label: string;
  id: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) => (
  <div className="field field-inline">
    <label htmlFor={id}>{label}</label>
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className={value === '' ? '' : 'is-set'}
    >
      {children}
    </select>
  </div>
);
