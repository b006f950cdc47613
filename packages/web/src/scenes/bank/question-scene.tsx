import {
  behavioralRound,
  findPrinciple,
  isPublicCodingQuestion,
  type ExampleAnswer,
} from '@onsite/core';
import * as Tooltip from '@radix-ui/react-tooltip';
import { Link, useParams } from 'react-router';
import { useQuestion, useStartRound, useStorySuggestions } from '../../api/queries';
import { Icon } from '../../components/icons';
import {
  ButtonLink,
  DifficultyTag,
  EmptyState,
  ErrorState,
  isNotFoundError,
  Loaded,
  Loading,
  NoSuchQuestion,
  humanize,
  kindLabel,
} from '../../components/ui';
import { practisedKinds, roomOf } from '../../app/rooms';
import { ProblemStatement } from '../code/problem-statement';

export const QuestionScene = () => {
  const { kind = '', slug = '' } = useParams();
  const questionId = `${kind}/${slug}`;
  const query = useQuestion(questionId);
  const start = useStartRound();

  if (query.isPending)
    return (
      <div className="page">
        <Loading label="Loading the question" rows={4} />
      </div>
    );
  if (query.isError) {
    return (
      <div className="page">
        <BackLink />
        {isNotFoundError(query.error) ? (
          <NoSuchQuestion questionId={questionId} />
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  }
  const { question } = query.data;
  const isBehavioral = question.kind === behavioralRound.id;
  const room = roomOf(question.kind);

  return (
    <div className="page page-narrow">
      <BackLink />
      <article className="question-detail">
        <header className="question-detail-head">
          <div className="chips">
            <span className="chip chip-kind">{kindLabel(question.kind)}</span>
            <DifficultyTag difficulty={question.difficulty} />
            {question.timeLimitMinutes !== undefined && (
              <span className="chip">
                <Icon name="clock" size={14} /> {question.timeLimitMinutes} min
              </span>
            )}
          </div>
          <h1>{question.title}</h1>
        </header>

        {isPublicCodingQuestion(question) ? (
          <section className="card question-statement" aria-label="Problem statement">
            <ProblemStatement question={question} />
          </section>
        ) : (
          <blockquote className="prompt-card">
            <span className="prompt-label">The interviewer asks</span>
            <p>{question.prompt}</p>
          </blockquote>
        )}

        <div className="question-actions">
          {room === undefined ? (
            <p className="muted">
              {kindLabel(question.kind)} rounds are not available yet; {practisedKinds} rounds are.
            </p>
          ) : (
            <>
              {room.soloPathOf !== undefined && (
                <ButtonLink to={room.soloPathOf(question.id)}>
                  Practise this
                  <Icon name="arrowRight" size={16} />
                </ButtonLink>
              )}
              <button
                type="button"
                className={`btn ${room.soloPathOf === undefined ? 'btn-primary btn-lg' : 'btn-secondary'}`}
                disabled={start.isPending}
                onClick={() => start.mutate({ questionId: question.id })}
              >
                {start.isPending
                  ? 'Starting…'
                  : room.soloPathOf === undefined
                    ? 'Practise this'
                    : 'Practise as an interview'}
                <Icon name="arrowRight" size={16} />
              </button>
            </>
          )}
        </div>

        {isBehavioral && (
          <div className="question-columns">
            <section aria-labelledby="principles-heading" className="card">
              <h2 id="principles-heading">What this question probes</h2>
              <ul className="principle-list">
                {question.principles.map((id) => {
                  const principle = findPrinciple(id);
                  return (
                    <li key={id}>
                      <strong>{principle?.name ?? id}</strong>
                      <span className="principle-company">
                        {humanize(principle?.company ?? '')}
                      </span>
                      {principle !== undefined && <p className="muted">{principle.listensFor}</p>}
                    </li>
                  );
                })}
              </ul>
              <div className="chips">
                {question.competencies.map((competency) => (
                  <Link
                    key={competency}
                    className="chip chip-link"
                    to={`/questions?competency=${competency}`}
                  >
                    {humanize(competency)}
                  </Link>
                ))}
              </div>
            </section>
            <SuggestedStory questionId={question.id} />
          </div>
        )}

        {isBehavioral && (
          <section className="examples" aria-labelledby="examples-heading">
            <h2 id="examples-heading">Examples</h2>
            <p className="muted">Try the question first; the examples are here for afterwards.</p>
            <Example title="A strong answer" tone="good" example={question.examples.strong} />
            <Example title="A weak answer" tone="bad" example={question.examples.weak} />
            <details className="disclosure">
              <summary>What a strong answer shows, dimension by dimension</summary>
              <dl className="rubric-list">
                {question.rubric.map((dimension) => (
                  <div key={dimension.dimension}>
                    <dt>{humanize(dimension.dimension)}</dt>
                    <dd>{dimension.strong}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </section>
        )}
      </article>
    </div>
  );
};

const BackLink = () => (
  <Link className="back-link" to="/questions">
    <Icon name="arrowLeft" size={16} /> Question bank
  </Link>
);

const Example = ({
  title,
  tone,
  example,
}: {
  title: string;
  tone: 'good' | 'bad';
  example: ExampleAnswer;
}) => (
  <details className={`disclosure example example-${tone}`}>
    <summary>{title}</summary>
    <p className="example-answer">{example.answer}</p>
    <ul className="example-notes">
      {example.notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  </details>
);

const SuggestedStory = ({ questionId }: { questionId: string }) => {
  const suggestions = useStorySuggestions(questionId);
  return (
    <section aria-labelledby="suggested-heading" className="card">
      <h2 id="suggested-heading">Suggested story</h2>
      <Loaded query={suggestions} label="Finding a story that fits" rows={2}>
        {(data) =>
          data.suggestions.length === 0 ? (
            <EmptyState
              title="No story fits yet"
              action={
                <ButtonLink to="/stories" variant="secondary">
                  Write a story
                </ButtonLink>
              }
            >
              Tag a story with one of this question’s principles and it will show up here.
            </EmptyState>
          ) : (
            <ul className="suggestion-list">
              {data.suggestions.slice(0, 3).map((suggestion) => (
                <li key={suggestion.story.id}>
                  <div className="suggestion-head">
                    <Link to={`/stories?story=${encodeURIComponent(suggestion.story.id)}`}>
                      <bdi>{suggestion.story.title}</bdi>
                    </Link>
                    <Tooltip.Root>
                      <Tooltip.Trigger asChild>
                        <span
                          className="fit"
                          tabIndex={0}
                          aria-label={`Fit ${Math.round(suggestion.fit * 100)}%`}
                        >
                          {Math.round(suggestion.fit * 100)}% fit
                        </span>
                      </Tooltip.Trigger>
                      <Tooltip.Portal>
                        <Tooltip.Content className="tooltip" sideOffset={6}>
                          How many of this question’s principles and competencies the story is
                          tagged with.
                          <Tooltip.Arrow className="tooltip-arrow" />
                        </Tooltip.Content>
                      </Tooltip.Portal>
                    </Tooltip.Root>
                  </div>
                  {suggestion.reasons.length > 0 && (
                    <p className="muted small">{suggestion.reasons.join(' · ')}</p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
};
