import { behavioralRound, DEFAULT_TIME_LIMIT_MS, findPrinciple } from '@onsite/core';
import { useId, useState, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError, questionPath } from '../../api/client';
import { useQuestions, useStartRound } from '../../api/queries';
import { Icon } from '../../components/icons';
import { formatRoundLength } from '../../components/round-length';
import { DifficultyTag, EmptyState, Loaded, PageHeader, humanize } from '../../components/ui';
import { CodingPicks } from './coding-picks';

export const PracticeScene = () => {
  const [params] = useSearchParams();
  const competency = params.get('competency') ?? undefined;
  const principle = params.get('principle') ?? undefined;
  const questions = useQuestions({
    kind: behavioralRound.id,
    ...(competency === undefined ? {} : { competency }),
    ...(principle === undefined ? {} : { principle }),
  });
  const start = useStartRound();
  const focus = [
    competency === undefined ? null : humanize(competency),
    principle === undefined ? null : (findPrinciple(principle)?.name ?? principle),
  ]
    .filter((item) => item !== null)
    .join(' · ');
  const list = questions.data?.questions ?? [];

  const surprise = () => {
    const pick = list[Math.floor(Math.random() * list.length)];
    if (pick !== undefined) start.mutate({ questionId: pick.id });
  };

  return (
    <div className="page">
      <PageHeader
        title="Practice"
        lead={
          focus === ''
            ? 'A behavioral round: answer in STAR form, then take two or three follow-ups. Each question says how long its round lasts.'
            : `Focus: ${focus}`
        }
        actions={
          <button
            type="button"
            className="btn btn-primary"
            onClick={surprise}
            disabled={list.length === 0 || start.isPending}
          >
            {start.isPending ? 'Starting…' : 'Surprise me'}
          </button>
        }
      />
      <div className="grid-2 grid-2-wide">
        <section className="card card-flush" aria-labelledby="pick-heading">
          <div className="card-head">
            <h2 id="pick-heading">{focus === '' ? 'Pick a question' : `Questions on ${focus}`}</h2>
            {focus !== '' && <Link to="/practice">Show all</Link>}
          </div>
          <Loaded query={questions} label="Loading questions" rows={4}>
            {() =>
              list.length === 0 ? (
                <EmptyState
                  title="No behavioral question matches"
                  action={<Link to="/practice">Show every question</Link>}
                >
                  Try a broader focus, or ask your own question on the right.
                </EmptyState>
              ) : (
                <ul className="pick-list">
                  {list.slice(0, 12).map((question) => (
                    <li key={question.id} className="pick-row">
                      <div className="pick-text">
                        <Link to={`/questions/${questionPath(question.id)}`} className="pick-title">
                          <bdi>{question.title}</bdi>
                        </Link>
                        <p className="muted small clamp-2">{question.prompt}</p>
                        <p className="muted small pick-length">
                          {formatRoundLength(question.timeLimitMs)}
                        </p>
                      </div>
                      <DifficultyTag difficulty={question.difficulty} />
                      <button
                        type="button"
                        className="btn btn-secondary btn-sm"
                        aria-label={`Practise: ${question.title}`}
                        onClick={() => start.mutate({ questionId: question.id })}
                        disabled={start.isPending}
                      >
                        Practise
                      </button>
                    </li>
                  ))}
                </ul>
              )
            }
          </Loaded>
        </section>
        <OwnQuestionForm />
      </div>
      <CodingPicks />
    </div>
  );
};

const OwnQuestionForm = () => {
  const ids = useId();
  const start = useStartRound();
  const [prompt, setPrompt] = useState('');
  const [title, setTitle] = useState('');
  const fields = isApiError(start.error) ? start.error.fields : {};
  const promptError = fields.prompt;

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    start.mutate({
      kind: behavioralRound.id,
      prompt: prompt.trim(),
      ...(title.trim() === '' ? {} : { title: title.trim() }),
    });
  };

  return (
    <section className="card" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Ask your own question</h2>
      <p className="muted small">
        Got a question from a recruiter’s prep email? Practise exactly that one: the round lasts{' '}
        {formatRoundLength(DEFAULT_TIME_LIMIT_MS)}.
      </p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-prompt`}>Question</label>
          <textarea
            id={`${ids}-prompt`}
            rows={4}
            value={prompt}
            onChange={(event) => setPrompt(event.target.value)}
            placeholder="Tell me about a time you changed a decision your team had already made."
            aria-invalid={promptError !== undefined}
            aria-describedby={promptError === undefined ? undefined : `${ids}-prompt-error`}
          />
          {promptError !== undefined && (
            <p className="field-error" id={`${ids}-prompt-error`}>
              {promptError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-title`}>
            Short title <span className="optional">optional</span>
          </label>
          <input
            id={`${ids}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={120}
          />
        </div>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={prompt.trim().length < 10 || start.isPending}
        >
          Start this round <Icon name="arrowRight" size={16} />
        </button>
        {prompt.trim().length > 0 && prompt.trim().length < 10 && (
          <p className="muted small">Write the question as a full sentence.</p>
        )}
      </form>
    </section>
  );
};
