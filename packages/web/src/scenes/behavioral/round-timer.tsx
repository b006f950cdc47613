import { useEffect, useState } from 'react';
import { Icon } from '../../components/icons';

const pad = (value: number) => String(value).padStart(2, '0');
export const formatClock = (ms: number): string => {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(totalSeconds / 60)}:${pad(totalSeconds % 60)}`;
};

export type TimerTone = 'calm' | 'amber' | 'over';

/** Amber in the last 20% of the time, and it stays amber (never red, never flashing) once over. */
export const timerTone = (elapsedMs: number, limitMs: number): TimerTone =>
  elapsedMs >= limitMs ? 'over' : elapsedMs >= limitMs * 0.8 ? 'amber' : 'calm';

export const RoundTimer = ({
  startedAt,
  limitMs,
  stoppedAt,
}: {
  startedAt: string;
  limitMs: number;
  stoppedAt?: string | null;
}) => {
  const [now, setNow] = useState(() => Date.now());
  const isStopped = stoppedAt !== undefined && stoppedAt !== null;
  useEffect(() => {
    if (isStopped) return;
    const interval = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(interval);
  }, [isStopped]);
  const start = new Date(startedAt).getTime();
  const end = isStopped ? new Date(stoppedAt).getTime() : now;
  const elapsed = Math.max(0, end - start);
  const tone = timerTone(elapsed, limitMs);
  const remaining = limitMs - elapsed;
  const text = remaining >= 0 ? formatClock(remaining) : `+${formatClock(-remaining)}`;
  return (
    <div
      className={`timer timer-${tone}`}
      role="timer"
      aria-label={remaining >= 0 ? `${text} left` : `${formatClock(-remaining)} over time`}
    >
      <Icon name="clock" size={15} />
      <span aria-hidden="true">{text}</span>
      {tone === 'over' && (
        <span className="timer-note" aria-hidden="true">
          over
        </span>
      )}
    </div>
  );
};
