import { COMPANIES, type Company, type PlanSettings, type StudyPlan } from '@onsite/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/errors';
import { useDeletePlan, usePlan, useSavePlan, type PlanInput } from '../../api/queries';
import { useToast } from '../../components/toast';
import { ErrorState, Loading, humanize, kindLabel } from '../../components/ui';
import { formatCalendarDate } from './series';
import { questionLink } from './weak-areas';

type Loop = PlanInput['loop'];
const LOOPS: readonly Loop[] = ['general', ...COMPANIES];
const loopLabel = (loop: string): string => (loop === 'general' ? 'General' : humanize(loop));
const isLoop = (value: string): value is Loop => (LOOPS as readonly string[]).includes(value);
const isCompany = (value: string): value is Company =>
  (COMPANIES as readonly string[]).includes(value);

/** A local calendar date, YYYY-MM-DD, `days` from today. */
const localDate = (days: number): string => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

const formatMinutes = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};

const inputOf = (settings: PlanSettings | null): PlanInput => ({
  targetDate: settings?.targetDate ?? localDate(28),
  loop: settings !== null && isCompany(settings.loop) ? settings.loop : 'general',
  hoursPerWeek: settings?.hoursPerWeek ?? 5,
});

/** The plan's three settings; saved with PUT /api/plan. */
const PlanForm = ({
  settings,
  onSaved,
}: {
  settings: PlanSettings | null;
  onSaved: () => void;
}) => {
  const ids = useId();
  const save = useSavePlan();
  const remove = useDeletePlan();
  const toast = useToast();
  const [value, setValue] = useState<PlanInput>(() => inputOf(settings));
  const [hours, setHours] = useState(String(value.hoursPerWeek));
  const fields = isApiError(save.error) ? save.error.fields : {};
  const hoursNumber = Number(hours);
  const hoursError =
    fields.hoursPerWeek ??
    (hours.trim() === '' || !Number.isFinite(hoursNumber) || hoursNumber < 1 || hoursNumber > 60
      ? 'Hours per week is a number from 1 to 60.'
      : undefined);
  const [touched, setTouched] = useState(false);

  const submit = () => {
    setTouched(true);
    if (hoursError !== undefined && fields.hoursPerWeek === undefined) return;
    save.mutate(
      { ...value, hoursPerWeek: hoursNumber },
      {
        onSuccess: () => {
          toast.show({ title: 'Plan saved', detail: 'Your weeks are below.', tone: 'success' });
          onSaved();
        },
      },
    );
  };

  const otherError =
    save.isError && Object.keys(fields).length === 0 ? describeError(save.error) : undefined;

  return (
    <form
      className="plan-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
      aria-label="Study plan settings"
    >
      <div className="field">
        <label htmlFor={`${ids}-date`}>Interview date</label>
        <input
          id={`${ids}-date`}
          type="date"
          required
          min={localDate(0)}
          value={value.targetDate}
          aria-invalid={fields.targetDate !== undefined}
          aria-describedby={fields.targetDate === undefined ? undefined : `${ids}-date-error`}
          onChange={(event) => setValue({ ...value, targetDate: event.target.value })}
        />
        {fields.targetDate !== undefined && (
          <p id={`${ids}-date-error`} className="field-error">
            {fields.targetDate}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-loop`}>Loop</label>
        <select
          id={`${ids}-loop`}
          value={value.loop}
          onChange={(event) => {
            const loop = event.target.value;
            if (isLoop(loop)) setValue({ ...value, loop });
          }}
        >
          {LOOPS.map((loop) => (
            <option key={loop} value={loop}>
              {loopLabel(loop)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-hours`}>Hours per week</label>
        <input
          id={`${ids}-hours`}
          type="number"
          inputMode="decimal"
          min={1}
          max={60}
          step={0.5}
          value={hours}
          aria-invalid={touched && hoursError !== undefined}
          aria-describedby={touched && hoursError !== undefined ? `${ids}-hours-error` : undefined}
          onChange={(event) => setHours(event.target.value)}
        />
        {touched && hoursError !== undefined && (
          <p id={`${ids}-hours-error`} className="field-error">
            {hoursError}
          </p>
        )}
      </div>
      <div className="plan-form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : settings === null ? 'Make my plan' : 'Update plan'}
        </button>
        {settings !== null && (
          <button
            type="button"
            className="btn btn-ghost"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  setValue(inputOf(null));
                  setHours('5');
                },
                onError: (error) => toast.showError(error),
              })
            }
          >
            Remove plan
          </button>
        )}
      </div>
      {otherError !== undefined && (
        <p className="inline-error" role="alert">
          <strong>{otherError.title}.</strong> {otherError.detail}
        </p>
      )}
    </form>
  );
};

/** The plan week by week: each week's focus and items, each with why it is there. */
const PlanWeeks = ({
  plan,
  titleOf,
}: {
  plan: StudyPlan;
  titleOf: (questionId: string) => string | undefined;
}) => (
  <div className="plan-weeks">
    <p className="plan-summary">
      <strong>
        {plan.daysLeft} {plan.daysLeft === 1 ? 'day' : 'days'}
      </strong>{' '}
      to your {loopLabel(plan.settings.loop)} interview on{' '}
      {formatCalendarDate(plan.settings.targetDate)}, at {plan.settings.hoursPerWeek} h a week.
    </p>
    {plan.notes.length > 0 && (
      <ul className="plan-notes">
        {plan.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    )}
    {plan.weeks.length === 0 ? (
      <p className="muted">No week left before the interview date: set a later date to plan.</p>
    ) : (
      <ol className="plan-week-list">
        {plan.weeks.map((week, index) => (
          <li key={week.start} className="plan-week">
            {/* This week open; the weeks after it a click away, so the plan reads at a glance. */}
            <details open={index === 0}>
              <summary className="plan-week-head">
                <h3>
                  Week {index + 1}{' '}
                  <span className="muted small">from {formatCalendarDate(week.start)}</span>
                </h3>
                <span className="plan-week-focus">{week.focus}</span>
                <span className="muted small">
                  {week.items.length} {week.items.length === 1 ? 'item' : 'items'},{' '}
                  {formatMinutes(week.minutes)}
                </span>
              </summary>
              <ul className="plan-items">
                {week.items.map((item, itemIndex) => (
                  <li key={`${item.questionId ?? item.title}-${itemIndex}`} className="plan-item">
                    <div className="plan-item-head">
                      {item.questionId === null ? (
                        <bdi className="plan-item-title">{item.title}</bdi>
                      ) : (
                        <Link className="plan-item-title" to={questionLink(item.questionId)}>
                          <bdi>{titleOf(item.questionId) ?? item.title}</bdi>
                        </Link>
                      )}
                      <span className="chip chip-kind">{kindLabel(item.kind)}</span>
                      <span className="muted small">{formatMinutes(item.minutes)}</span>
                    </div>
                    <p className="muted small">{item.reason}</p>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    )}
  </div>
);

/** The study plan: its settings, and the weeks the dashboard built from them. */
export const StudyPlanSection = ({
  plan,
  titleOf,
}: {
  plan: StudyPlan | null;
  titleOf: (questionId: string) => string | undefined;
}) => {
  const settings = usePlan();
  const [formKey, setFormKey] = useState(0);
  return (
    <section className="card study-plan" aria-labelledby="plan-heading">
      <div className="card-head-plain">
        <h2 id="plan-heading">Study plan</h2>
        <p className="muted">
          Set your interview date, whose loop it is and the time you have each week. The plan is
          built from your weak areas and what is due, and changes as your results come in.
        </p>
      </div>
      <div className="plan-layout">
        {settings.isPending ? (
          <Loading label="Loading your plan settings" rows={3} />
        ) : settings.isError ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <PlanForm
            key={`${formKey}-${settings.data.settings?.targetDate ?? 'none'}`}
            settings={settings.data.settings}
            onSaved={() => setFormKey((key) => key + 1)}
          />
        )}
        {plan === null ? (
          <p className="muted plan-empty">
            No plan yet. Fill in the form and your weeks appear here, each item with the reason it
            is in that week.
          </p>
        ) : (
          <PlanWeeks plan={plan} titleOf={titleOf} />
        )}
      </div>
    </section>
  );
};
