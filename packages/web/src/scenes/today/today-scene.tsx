import { behavioralRound, pickNextQuestion } from '@onsite/core';
import { Link } from 'react-router';
import { useQuestions, useSessions, useStartRound, useStoryMatrix } from '../../api/queries';
import { Icon } from '../../components/icons';
import { formatRoundLength } from '../../components/round-length';
import { ButtonLink, EmptyState, Loaded, PageHeader } from '../../components/ui';
import { SessionList } from '../history/session-list';
import { TodayCodingProblem } from '../practice/coding-picks';

const greeting = (hour: number): string =>
  hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';

export const TodayScene = () => {
  const sessions = useSessions();
  const behavioral = useQuestions({ kind: behavioralRound.id });
  const matrix = useStoryMatrix();
  const start = useStartRound();
  const now = new Date();
  // Waits for the history too: offering a question before it is known would swap it under the user's cursor.
  const suggested =
    behavioral.data === undefined || sessions.data === undefined
      ? undefined
      : pickNextQuestion(behavioral.data.questions, sessions.data.sessions);
  const recent = sessions.data?.sessions.slice(0, 5) ?? [];
  const covered = matrix.data?.rows.filter((row) => row.storyIds.length > 0).length ?? 0;
  const total = matrix.data?.rows.length ?? 0;

  return (
    <div className="page">
      <PageHeader
        title={greeting(now.getHours())}
        lead="One focused round a day is enough. Answer out loud in your head, then write it down."
      />

      <section className="hero card" aria-labelledby="today-cta">
        <div className="hero-text">
          <p className="eyebrow">Today’s question</p>
          <h2 id="today-cta" dir="auto">
            {suggested?.title ?? 'Practise a behavioral question'}
          </h2>
          <p className="muted">
            {suggested?.prompt ??
              'Pick a question from the bank, answer it in STAR form, then handle the interviewer’s follow-ups.'}
          </p>
          {suggested !== undefined && (
            <p className="muted small hero-length">{formatRoundLength(suggested.timeLimitMs)}</p>
          )}
        </div>
        <div className="hero-actions">
          <button
            type="button"
            className="btn btn-primary btn-lg"
            disabled={suggested === undefined || start.isPending}
            onClick={() => suggested !== undefined && start.mutate({ questionId: suggested.id })}
          >
            {start.isPending ? 'Starting…' : 'Start practising'}
            <Icon name="arrowRight" size={16} />
          </button>
          <ButtonLink to={`/questions?kind=${behavioralRound.id}`} variant="ghost">
            Choose another question
          </ButtonLink>
        </div>
      </section>

      <TodayCodingProblem now={now} />

      <div className="grid-2">
        <section className="card card-flush" aria-labelledby="recent-heading">
          <div className="card-head">
            <h2 id="recent-heading">Recent rounds</h2>
            {recent.length > 0 && <Link to="/history">See all</Link>}
          </div>
          <Loaded query={sessions} label="Loading recent rounds">
            {() =>
              recent.length === 0 ? (
                <EmptyState title="Nothing practised yet">
                  Your first scorecard will appear here after you finish a round.
                </EmptyState>
              ) : (
                <SessionList sessions={recent} />
              )
            }
          </Loaded>
        </section>

        <section className="card" aria-labelledby="stories-heading">
          <div className="card-head card-head-plain">
            <h2 id="stories-heading">Story bank</h2>
          </div>
          <Loaded query={matrix} label="Loading your stories" rows={2}>
            {(data) => (
              <div className="stat-block">
                <p className="stat">
                  <span className="stat-num">{data.stories.length}</span>{' '}
                  {data.stories.length === 1 ? 'story' : 'stories'}
                </p>
                <div
                  className="meter"
                  role="meter"
                  aria-label="Principles covered by a story"
                  aria-valuemin={0}
                  aria-valuemax={total}
                  aria-valuenow={covered}
                >
                  <span style={{ width: `${total === 0 ? 0 : (covered / total) * 100}%` }} />
                </div>
                <p className="muted">
                  {covered} of {total} principles have a story ready.
                  {covered < total
                    ? ' Write one story for each gap so no question catches you empty-handed.'
                    : ''}
                </p>
                <ButtonLink to="/stories" variant="secondary">
                  {data.stories.length === 0 ? 'Write your first story' : 'Fill the gaps'}
                </ButtonLink>
              </div>
            )}
          </Loaded>
        </section>
      </div>
    </div>
  );
};
