import type { SessionSummary } from '@onsite/core';
import { Link } from 'react-router';
import { LevelBadge, formatRelative, kindLabel } from '../../components/ui';

export const SessionList = ({ sessions }: { sessions: readonly SessionSummary[] }) => (
  <ul className="session-list">
    {sessions.map((session) => (
      <li key={session.id}>
        <Link className="session-row" to={`/sessions/${encodeURIComponent(session.id)}`}>
          <div className="session-main">
            {/* Isolated: a right-to-left character in a title the user wrote cannot reorder the row around it. */}
            <bdi className="session-title">{session.firstRoundTitle ?? session.title}</bdi>
            <span className="session-meta">
              {session.kinds.map(kindLabel).join(', ')} ·{' '}
              {formatRelative(session.finishedAt ?? session.createdAt)}
              {session.status === 'active' ? ' · in progress' : ''}
            </span>
          </div>
          <div className="session-score">
            {session.score !== null && (
              <span className="score-num">{Math.round(session.score)}</span>
            )}
            {session.status === 'active' ? (
              <span className="level level-none">Continue</span>
            ) : (
              <LevelBadge level={session.level} />
            )}
          </div>
        </Link>
      </li>
    ))}
  </ul>
);
