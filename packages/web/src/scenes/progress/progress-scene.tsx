import { HIRING_LEVEL_LABEL, type HiringLevel } from '@onsite/core';
import { useMemo } from 'react';
import { useSessions } from '../../api/queries';
import { ButtonLink, EmptyState, Loaded, PageHeader, levelTone } from '../../components/ui';
import { ScoreChart, type ScorePoint } from './score-chart';

const LEVELS: readonly HiringLevel[] = [4, 3, 2, 1];

export const ProgressScene = () => {
  const sessions = useSessions();
  const scored = useMemo(
    () =>
      (sessions.data?.sessions ?? [])
        .filter((session) => session.score !== null && session.level !== null)
        .map((session) => ({
          ...session,
          at: new Date(session.finishedAt ?? session.createdAt).getTime(),
        }))
        .sort((a, b) => a.at - b.at),
    [sessions.data],
  );
  const points: readonly ScorePoint[] = useMemo(
    () => scored.map((session, index) => ({ round: index + 1, score: session.score ?? 0 })),
    [scored],
  );
  const last = scored.at(-1);
  const average =
    scored.length === 0
      ? 0
      : Math.round(scored.reduce((sum, session) => sum + (session.score ?? 0), 0) / scored.length);

  return (
    <div className="page">
      <PageHeader title="Progress" lead="How your scored rounds have gone over time." />
      <Loaded query={sessions} label="Loading your progress" rows={4}>
        {() =>
          scored.length === 0 ? (
            <EmptyState
              title="No scored rounds yet"
              action={<ButtonLink to="/practice">Practise a round</ButtonLink>}
            >
              Finish a round and its score appears here; after a few you will see the trend.
            </EmptyState>
          ) : (
            <>
              <div className="stat-row">
                <div className="card stat-card">
                  <span className="stat-label">Rounds scored</span>
                  <span className="stat-num">{scored.length}</span>
                </div>
                <div className="card stat-card">
                  <span className="stat-label">Average score</span>
                  <span className="stat-num">{average}</span>
                </div>
                <div className="card stat-card">
                  <span className="stat-label">Latest</span>
                  <span className="stat-num">{Math.round(last?.score ?? 0)}</span>
                </div>
              </div>
              <section className="card" aria-labelledby="trend-heading">
                <h2 id="trend-heading">Score per round</h2>
                <ScoreChart
                  points={points}
                  label={`Scores of ${scored.length} rounds, from ${Math.round(scored[0]?.score ?? 0)} to ${Math.round(last?.score ?? 0)}`}
                />
              </section>
              <section className="card" aria-labelledby="levels-heading">
                <h2 id="levels-heading">Levels reached</h2>
                <ul className="level-bars">
                  {LEVELS.map((level) => {
                    const count = scored.filter((session) => session.level === level).length;
                    return (
                      <li key={level}>
                        <span className="level-bar-label">{HIRING_LEVEL_LABEL[level]}</span>
                        <span className="level-bar-track">
                          <span
                            className={`level-bar-fill fill-${levelTone(level)}`}
                            style={{ width: `${(count / scored.length) * 100}%` }}
                          />
                        </span>
                        <span className="level-bar-count">{count}</span>
                      </li>
                    );
                  })}
                </ul>
              </section>
            </>
          )
        }
      </Loaded>
    </div>
  );
};
