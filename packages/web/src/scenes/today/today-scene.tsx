import { codingRound, type ProgressDashboard, type Suggestion } from '@onsite/core';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { useProgress, useSessions, useStartRound, useStoryMatrix } from '../../api/queries';
import { Icon } from '../../components/icons';
import { formatRoundLength } from '../../components/round-length';
import {
  ButtonLink,
  EmptyState,
  ErrorState,
  Loaded,
  Loading,
  PageHeader,
  kindLabel,
} from '../../components/ui';
import '../../styles/today.css';
import { SessionList } from '../history/session-list';
import { TodayCodingProblem } from '../practice/coding-picks';
import { useQuestionIndex } from '../progress/question-titles';
import { formatCalendarDate } from '../progress/series';
import { questionLink } from '../progress/weak-areas';

// The chart library is loaded only once there is a trend to draw.
const TrendSparklines = lazy(() => import('./trend-sparklines'));

const greeting = (hour: number): string =>
  hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';

const plural = (count: number, one: string, other: string): string =>
  `${count} ${count === 1 ? one : other}`;

/** The next suggested session: what, why, and a button that starts it. */
const NextSession = ({
  suggestion,
  isFirstRun,
  lengthMs,
}: {
  suggestion: Suggestion;
  isFirstRun: boolean;
  lengthMs: number | undefined;
}) => {
  const start = useStartRound();
  return (
    <section className="hero card today-hero" aria-labelledby="today-cta">
      <div className="hero-text">
        <p className="eyebrow">{isFirstRun ? 'Your first question' : 'Next suggested session'}</p>
        <h2 id="today-cta" dir="auto">
          {suggestion.title}
        </h2>
        <p className="hero-meta">
          <span className="chip chip-kind">{kindLabel(suggestion.kind)}</span>
          {lengthMs !== undefined && (
            <span className="muted small hero-length">{formatRoundLength(lengthMs)}</span>
          )}
        </p>
        <p className="hero-reason">
          <span className="visually-hidden">Why: </span>
          {suggestion.reason}
        </p>
      </div>
      <div className="hero-actions">
        <button
          type="button"
          className="btn btn-primary btn-lg"
          disabled={start.isPending}
          onClick={() => start.mutate({ questionId: suggestion.questionId })}
        >
          {start.isPending ? 'Starting…' : 'Start practising'}
          <Icon name="arrowRight" size={16} />
        </button>
        <ButtonLink to="/practice" variant="ghost">
          Choose another question
        </ButtonLink>
      </div>
    </section>
  );
};

/** The hero while the dashboard loads: the same box, so nothing moves when it arrives. */
const NextSessionPlaceholder = () => (
  <section className="hero card today-hero" aria-label="Today’s question">
    <div className="hero-text hero-text-loading">
      <Loading label="Finding your next session" rows={3} />
    </div>
    <div className="hero-actions">
      <button type="button" className="btn btn-primary btn-lg" disabled>
        Start practising
        <Icon name="arrowRight" size={16} />
      </button>
    </div>
  </section>
);

const StreakCard = ({ dashboard }: { dashboard: ProgressDashboard }) => {
  const { streak } = dashboard;
  return (
    <section className="card today-stat" aria-labelledby="streak-heading">
      <h2 id="streak-heading" className="stat-label">
        Streak
      </h2>
      <p className="stat">
        <span className="stat-num">{streak.days}</span> {streak.days === 1 ? 'day' : 'days'}
      </p>
      {dashboard.rounds === 0 ? (
        <p className="muted small">Finish a round today to start one.</p>
      ) : (
        <ul className="streak-notes small">
          {streak.practisedToday ? (
            <li className="streak-done">
              <Icon name="check" size={14} /> Practised today
            </li>
          ) : streak.atRisk ? (
            <li className="streak-risk">
              <Icon name="clock" size={14} /> At risk: one round today keeps it going
            </li>
          ) : null}
          {streak.forgivenDay !== null && (
            <li className="muted">
              One missed day forgiven ({formatCalendarDate(streak.forgivenDay)})
            </li>
          )}
          {streak.best > streak.days && <li className="muted">Best: {streak.best} days</li>}
        </ul>
      )}
    </section>
  );
};

const DueCard = ({ dashboard, queued }: { dashboard: ProgressDashboard; queued: number }) => (
  <section className="card today-stat" aria-labelledby="due-heading">
    <h2 id="due-heading" className="stat-label">
      Due today
    </h2>
    <p className="stat">
      <span className="stat-num">{dashboard.dueCount}</span>{' '}
      {dashboard.dueCount === 1 ? 'review' : 'reviews'}
    </p>
    <p className="muted small">
      {dashboard.dueCount === 0
        ? dashboard.rounds === 0
          ? 'Questions come back here when it is time to practise them again.'
          : 'Nothing is due: today’s queue is new ground and weak spots.'
        : `${plural(queued, 'session', 'sessions')} in today’s queue, kinds mixed.`}
    </p>
  </section>
);

const WeakAreaCard = ({
  dashboard,
  titleOf,
}: {
  dashboard: ProgressDashboard;
  titleOf: (questionId: string) => string | undefined;
}) => {
  const top = dashboard.weakAreas[0];
  const practise = top?.questionIds[0];
  return (
    <section className="card today-stat" aria-labelledby="weak-top-heading">
      <h2 id="weak-top-heading" className="stat-label">
        Top weak area
      </h2>
      {top === undefined ? (
        <p className="muted small">
          {dashboard.rounds === 0
            ? 'After a round or two, the thing to work on most shows here.'
            : 'Nothing stands out right now. Nice.'}
        </p>
      ) : (
        <>
          <p className="weak-top-label">{top.label}</p>
          <p className="muted small clamp-2">{top.reason}</p>
          <p className="today-stat-links small">
            {practise !== undefined && (
              <Link to={questionLink(practise)}>
                Practise it<span className="visually-hidden">: {titleOf(practise) ?? ''}</span>
              </Link>
            )}
            <Link to="/progress#weak-heading">All weak areas</Link>
          </p>
        </>
      )}
    </section>
  );
};

/** The rest of today's queue, each with its reason and a button to start it. */
const QueueList = ({ rest }: { rest: readonly Suggestion[] }) => {
  const start = useStartRound();
  return rest.length === 0 ? (
    <p className="muted queue-empty">
      That is all for today. One good round beats three rushed ones.
    </p>
  ) : (
    <ol className="queue-list">
      {rest.map((suggestion) => (
        <li key={suggestion.questionId} className="queue-item">
          <div className="queue-text">
            <Link className="queue-title" to={questionLink(suggestion.questionId)}>
              <bdi>{suggestion.title}</bdi>
            </Link>
            <span className="chip chip-kind">{kindLabel(suggestion.kind)}</span>
            <p className="muted small">{suggestion.reason}</p>
          </div>
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            disabled={start.isPending}
            onClick={() => start.mutate({ questionId: suggestion.questionId })}
          >
            <span aria-hidden="true">Start</span>
            <span className="visually-hidden">Start: {suggestion.title}</span>
          </button>
        </li>
      ))}
    </ol>
  );
};

const Trends = ({ dashboard }: { dashboard: ProgressDashboard }) => {
  const drawn = dashboard.trends.filter((trends) => trends.score.points.length > 0);
  return (
    <section className="card" aria-labelledby="trends-heading">
      <div className="card-head-plain today-card-head">
        <h2 id="trends-heading">Trends</h2>
        {drawn.length > 0 && <Link to="/progress">Progress</Link>}
      </div>
      {drawn.length === 0 ? (
        <p className="muted">
          Your weekly score per kind of round shows here once you have finished a round.
        </p>
      ) : (
        <Suspense fallback={<Loading label="Drawing your trends" rows={drawn.length} />}>
          <TrendSparklines trends={drawn} />
        </Suspense>
      )}
    </section>
  );
};

export const TodayScene = () => {
  const progress = useProgress();
  const sessions = useSessions();
  const matrix = useStoryMatrix();
  const { byId, titleOf } = useQuestionIndex();
  const now = new Date();

  // A question with a round still open is not offered again: that round waits under Recent rounds.
  const queue = useMemo(() => {
    const open = new Set(
      (sessions.data?.sessions ?? [])
        .filter((session) => session.status === 'active')
        .flatMap((session) => session.answeredQuestionIds),
    );
    return (progress.data?.today ?? []).filter((suggestion) => !open.has(suggestion.questionId));
  }, [progress.data, sessions.data]);
  const next = queue[0];
  const coding = queue.slice(1).find((suggestion) => suggestion.kind === codingRound.id);
  const rest = queue.slice(1).filter((suggestion) => suggestion !== coding);
  const isFirstRun = progress.data?.rounds === 0;

  const recent = sessions.data?.sessions.slice(0, 5) ?? [];
  const covered = matrix.data?.rows.filter((row) => row.storyIds.length > 0).length ?? 0;
  const total = matrix.data?.rows.length ?? 0;

  return (
    <div className="page">
      <PageHeader
        title={greeting(now.getHours())}
        lead={
          isFirstRun
            ? 'Welcome. Start with one question: answer it as you would in the room, and the scorecard tells you what to work on. Onsite plans the rest from there.'
            : 'One focused round a day is enough. Here is what is worth your time today, and why.'
        }
      />

      {progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : progress.data === undefined || sessions.isPending ? (
        <NextSessionPlaceholder />
      ) : next === undefined ? (
        <EmptyState
          title="Nothing in today’s queue"
          action={<ButtonLink to="/practice">Pick a question</ButtonLink>}
        >
          Every question has been practised recently. Pick one you would like to redo, or write a
          story for a principle with none.
        </EmptyState>
      ) : (
        <NextSession
          suggestion={next}
          isFirstRun={isFirstRun}
          lengthMs={byId.get(next.questionId)?.timeLimitMs}
        />
      )}

      {progress.data === undefined ? (
        progress.isPending && (
          <div className="today-stats" aria-hidden="true">
            {['streak', 'due', 'weak'].map((card) => (
              <div key={card} className="card today-stat">
                <div className="skeleton" />
                <div className="skeleton" />
              </div>
            ))}
          </div>
        )
      ) : (
        <div className="today-stats">
          <StreakCard dashboard={progress.data} />
          <DueCard dashboard={progress.data} queued={queue.length} />
          <WeakAreaCard dashboard={progress.data} titleOf={titleOf} />
        </div>
      )}

      {progress.data !== undefined && (
        <div className="grid-2">
          <section className="card" aria-labelledby="queue-heading">
            <div className="card-head-plain today-card-head">
              <h2 id="queue-heading">Also in today’s queue</h2>
            </div>
            <QueueList rest={rest} />
          </section>
          <Trends dashboard={progress.data} />
        </div>
      )}

      <TodayCodingProblem now={now} suggestion={coding} />

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
