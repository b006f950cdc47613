import { codingRound } from '@onsite/core';
import { Link } from 'react-router';
import type { QuestionSummary } from '../../api/contract';
import { questionPath } from '../../api/client';
import { useQuestions, useStartRound } from '../../api/queries';
import { Icon } from '../../components/icons';
import { ButtonLink, DifficultyTag, EmptyState, Loaded } from '../../components/ui';

/** Where a coding question is solved: the coding room, not a session. */
export const codingRoomPath = (questionId: string): string => `/code/${questionPath(questionId)}`;

/** The coding problem for a given day: a different one each day, stable within the day. */
export const codingProblemOfTheDay = (
  questions: readonly QuestionSummary[],
  now: Date,
): QuestionSummary | undefined =>
  questions[Math.floor(now.getTime() / 86_400_000) % Math.max(questions.length, 1)];

/** Practice's coding round: every coding problem, solved alone in the coding room or in an interview. */
export const CodingPicks = () => {
  const questions = useQuestions({ kind: codingRound.id });
  const start = useStartRound();
  const list = questions.data?.questions ?? [];
  return (
    <section className="card card-flush coding-picks" aria-labelledby="coding-picks-heading">
      <div className="card-head">
        <h2 id="coding-picks-heading">Coding round: solve a problem in the editor</h2>
        <Link to={`/questions?kind=${codingRound.id}`}>In the bank</Link>
      </div>
      <Loaded query={questions} label="Loading coding problems" rows={3}>
        {() =>
          list.length === 0 ? (
            <EmptyState title="No coding problem yet">The bank has no coding questions.</EmptyState>
          ) : (
            <ul className="pick-list">
              {list.map((question) => (
                <li key={question.id} className="pick-row">
                  <div className="pick-text">
                    <Link
                      to={`/questions/${questionPath(question.id)}`}
                      className="pick-title"
                      dir="auto"
                    >
                      {question.title}
                    </Link>
                  </div>
                  <DifficultyTag difficulty={question.difficulty} />
                  <ButtonLink to={codingRoomPath(question.id)} variant="secondary">
                    <span aria-hidden="true">Solve</span>
                    <span className="visually-hidden">Solve: {question.title}</span>
                  </ButtonLink>
                  <button
                    type="button"
                    className="btn btn-ghost"
                    disabled={start.isPending}
                    onClick={() => start.mutate({ questionId: question.id })}
                  >
                    <span aria-hidden="true">Interview</span>
                    <span className="visually-hidden">
                      Practise as an interview: {question.title}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
};

/** Today's coding problem: the queue's (with its reason) when it has one, else a different one each day. */
export const TodayCodingProblem = ({
  now,
  suggestion,
}: {
  now: Date;
  suggestion?: { readonly questionId: string; readonly title: string; readonly reason: string };
}) => {
  const questions = useQuestions({ kind: codingRound.id });
  const ofTheDay =
    questions.data === undefined ? undefined : codingProblemOfTheDay(questions.data.questions, now);
  const problem =
    suggestion === undefined
      ? ofTheDay
      : questions.data?.questions.find((question) => question.id === suggestion.questionId);
  // Nothing to offer (the bank has no coding question, or the list failed: the page says so elsewhere).
  if (questions.isError || (questions.data !== undefined && problem === undefined)) return null;
  const firstParagraph =
    problem === undefined
      ? 'Loading…'
      : (problem.prompt.trim().split(/\n\s*\n/u)[0] ?? '').replace(/`/gu, '');
  return (
    <section className="hero hero-compact card" aria-labelledby="today-coding-heading">
      <div className="hero-text">
        <p className="eyebrow">Warm up in the editor</p>
        <h2 id="today-coding-heading" dir="auto">
          {problem?.title ?? suggestion?.title ?? 'A coding problem'}
        </h2>
        {suggestion === undefined ? (
          <p className="muted clamp-2">{firstParagraph}</p>
        ) : (
          <p className="hero-reason">{suggestion.reason}</p>
        )}
      </div>
      <div className="hero-actions">
        {problem !== undefined && (
          <ButtonLink to={codingRoomPath(problem.id)}>
            Solve it <Icon name="arrowRight" size={16} />
          </ButtonLink>
        )}
        <ButtonLink to="/practice" variant="ghost">
          See every coding problem
        </ButtonLink>
      </div>
    </section>
  );
};
