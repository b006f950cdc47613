import {
  COMPANIES,
  COMPETENCIES,
  PRINCIPLES,
  storyTextOf,
  type Story,
  type StoryText,
} from '@onsite/core';
import { useId, useState, type SyntheticEvent } from 'react';
import type { StoryInput } from '../../api/contract';
import { humanize } from '../../components/ui';

export interface StoryFormValue extends StoryText {
  readonly principles: readonly string[];
  readonly competencies: readonly string[];
  /** Comma-separated, as typed. */
  readonly tags: string;
}

export const emptyStory = (principles: readonly string[] = []): StoryFormValue => ({
  ...storyTextOf({ title: '', situation: '', task: '', action: '', result: '', learning: '' }),
  principles,
  competencies: [],
  tags: '',
});

export const storyToForm = (story: Story): StoryFormValue => ({
  ...storyTextOf(story),
  principles: story.principles,
  competencies: story.competencies,
  tags: story.tags.join(', '),
});

export const formToInput = (value: StoryFormValue): StoryInput => ({
  ...storyTextOf(value),
  title: value.title.trim(),
  principles: [...value.principles],
  competencies: [...value.competencies],
  tags: value.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== ''),
});

const STAR_FIELDS = [
  {
    key: 'situation',
    label: 'Situation',
    hint: 'The team, the system, what was at stake.',
    rows: 3,
  },
  { key: 'task', label: 'Task', hint: 'What you were responsible for, and by when.', rows: 2 },
  {
    key: 'action',
    label: 'Action',
    hint: 'What you did, step by step, and why. Say “I”.',
    rows: 5,
  },
  { key: 'result', label: 'Result', hint: 'What changed, with a number and a baseline.', rows: 3 },
  { key: 'learning', label: 'Learning', hint: 'What you now do differently.', rows: 2 },
] as const;

const toggle = (list: readonly string[], item: string): readonly string[] =>
  list.includes(item) ? list.filter((value) => value !== item) : [...list, item];

export const StoryForm = ({
  initial,
  isNew,
  isSaving,
  fieldErrors,
  onSave,
  onCancel,
  onDelete,
}: {
  initial: StoryFormValue;
  isNew: boolean;
  isSaving: boolean;
  fieldErrors: Readonly<Record<string, string>>;
  onSave: (value: StoryFormValue) => void;
  onCancel: () => void;
  onDelete?: () => void;
}) => {
  const ids = useId();
  const [value, setValue] = useState(initial);
  const set = <K extends keyof StoryFormValue>(key: K, next: StoryFormValue[K]) =>
    setValue((current) => ({ ...current, [key]: next }));
  const errorFor = (key: string): string | undefined =>
    fieldErrors[key] ??
    Object.entries(fieldErrors).find(([path]) => path.startsWith(`${key}.`))?.[1];

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSave(value);
  };

  const titleError = errorFor('title');
  return (
    <form
      className="form story-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={isNew ? 'New story' : `Edit ${initial.title}`}
    >
      <div className="field">
        <label htmlFor={`${ids}-title`}>Title</label>
        <input
          id={`${ids}-title`}
          value={value.title}
          onChange={(event) => set('title', event.target.value)}
          placeholder="Checkout outage during the holiday peak"
          // The editor opens below the coverage matrix: focusing the title brings it into view.
          autoFocus
          maxLength={160}
          required
          aria-invalid={titleError !== undefined}
          aria-describedby={titleError === undefined ? undefined : `${ids}-title-error`}
        />
        {titleError !== undefined && (
          <p className="field-error" id={`${ids}-title-error`}>
            {titleError}
          </p>
        )}
      </div>
      {STAR_FIELDS.map((field) => {
        const error = errorFor(field.key);
        return (
          <div key={field.key} className={`field field-star field-${field.key}`}>
            <label htmlFor={`${ids}-${field.key}`}>
              <span className={`star-swatch star-${field.key}`} aria-hidden="true" />
              {field.label}
            </label>
            <p className="field-hint" id={`${ids}-${field.key}-hint`}>
              {field.hint}
            </p>
            <textarea
              id={`${ids}-${field.key}`}
              rows={field.rows}
              value={value[field.key]}
              onChange={(event) => set(field.key, event.target.value)}
              aria-describedby={`${ids}-${field.key}-hint${error === undefined ? '' : ` ${ids}-${field.key}-error`}`}
              aria-invalid={error !== undefined}
            />
            {error !== undefined && (
              <p className="field-error" id={`${ids}-${field.key}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}

      <fieldset className="field checks">
        <legend>Competencies it shows</legend>
        <div className="check-chips">
          {COMPETENCIES.map((competency) => (
            <label key={competency} className="check-chip">
              <input
                type="checkbox"
                checked={value.competencies.includes(competency)}
                onChange={() => set('competencies', toggle(value.competencies, competency))}
              />
              {humanize(competency)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="field checks">
        <legend>Principles it covers</legend>
        {COMPANIES.map((company) => (
          <details
            key={company}
            className="disclosure"
            open={value.principles.some((id) => id.startsWith(`${company}/`))}
          >
            <summary>
              {humanize(company)}
              <span className="muted small">
                {' '}
                · {value.principles.filter((id) => id.startsWith(`${company}/`)).length} selected
              </span>
            </summary>
            <div className="check-chips">
              {PRINCIPLES.filter((principle) => principle.company === company).map((principle) => (
                <label key={principle.id} className="check-chip" title={principle.listensFor}>
                  <input
                    type="checkbox"
                    checked={value.principles.includes(principle.id)}
                    onChange={() => set('principles', toggle(value.principles, principle.id))}
                  />
                  {principle.name}
                </label>
              ))}
            </div>
          </details>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={`${ids}-tags`}>
          Tags <span className="optional">comma-separated</span>
        </label>
        <input
          id={`${ids}-tags`}
          value={value.tags}
          onChange={(event) => set('tags', event.target.value)}
          placeholder="payments, on-call"
        />
      </div>

      <div className="form-actions">
        {onDelete !== undefined && (
          <button
            type="button"
            className="btn btn-danger-ghost"
            onClick={onDelete}
            disabled={isSaving}
          >
            Delete
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={isSaving}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : isNew ? 'Save story' : 'Save changes'}
        </button>
      </div>
    </form>
  );
};
