import { roundKinds } from '@onsite/core';
import { Link } from 'react-router';
import type { HistoryEntry } from '../../api/contract';
import { LevelBadge, formatDate, kindLabel } from '../../components/ui';

/** "12 min", "1 h 5 min"; null when the round's time was not recorded. */
export const formatElapsed = (elapsedMs: number | null): string | null => {
  if (elapsedMs === null) return null;
  const minutes = Math.max(1, Math.round(elapsedMs / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
};

/** A flag's chip text, as the scorecard shows it. */
export const flagLabel = (kind: string, flag: string): string =>
  roundKinds.get(kind)?.flags[flag]?.label ?? flag;

export const compareLink = (a: string, b: string): string =>
  `/history/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

/**
 * For each round, the attempt before it at the same question among the rounds listed (newest
 * first): what its Compare button puts it beside.
 */
export const previousAttempts = (rounds: readonly HistoryEntry[]): Map<string, string> => {
  const previous = new Map<string, string>();
  rounds.forEach((round, index) => {
    if (round.questionId === null) return;
    const older = rounds.slice(index + 1).find((each) => each.questionId === round.questionId);
    if (older !== undefined) previous.set(round.roundId, older.roundId);
  });
  return previous;
};

const MOST_FLAGS = 3;

/** Finished rounds: title, kind, level, score, date, time spent and flags; each opens its scorecard. */
export const HistoryList = ({ rounds }: { rounds: readonly HistoryEntry[] }) => {
  const previous = previousAttempts(rounds);
  return (
    <ul className="history-list">
      {rounds.map((round) => {
        const before = previous.get(round.roundId);
        const elapsed = formatElapsed(round.elapsedMs);
        return (
          <li key={round.roundId} className="history-item">
            <Link
              className="session-row history-row"
              to={`/rounds/${encodeURIComponent(round.roundId)}/scorecard`}
            >
              <div className="session-main">
                <bdi className="session-title">{round.title}</bdi>
                <span className="session-meta">
                  {kindLabel(round.kind)} · {formatDate(round.finishedAt)}
                  {elapsed === null ? '' : ` · ${elapsed}`}
                </span>
                {round.excerpt !== '' && (
                  <span className="history-excerpt" dir="auto">
                    {round.excerpt}
                  </span>
                )}
                {round.flags.length > 0 && (
                  <span className="history-flags">
                    <span className="visually-hidden">Flags: </span>
                    {round.flags.slice(0, MOST_FLAGS).map((flag) => (
                      <span key={flag} className="flag-chip flag-chip-static flag-chip-sm">
                        {flagLabel(round.kind, flag)}
                      </span>
                    ))}
                    {round.flags.length > MOST_FLAGS && (
                      <span className="chip">+{round.flags.length - MOST_FLAGS}</span>
                    )}
                  </span>
                )}
              </div>
              <div className="session-score">
                <span className="score-num" aria-label={`Score ${Math.round(round.score)}`}>
                  {Math.round(round.score)}
                </span>
                <LevelBadge level={round.level} />
              </div>
            </Link>
            {before !== undefined && (
              <Link
                className="btn btn-secondary btn-sm history-compare"
                to={compareLink(before, round.roundId)}
              >
                Compare
                <span className="visually-hidden"> with the attempt before: {round.title}</span>
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
};
