import type { SubmissionSummary } from '../../api/contract';
import { VERDICT_TONE, type Tone } from './judge-run';

/**
 * One line of the Submissions tab, in words. Pure, so the table and its tests
 * agree on what a missing value looks like (a dash, never "null ms").
 */
export interface SummaryLine {
  readonly verdict: string;
  readonly tone: Tone | 'neutral';
  readonly score: string;
  readonly runtime: string;
  readonly memory: string;
  readonly growth: string;
}

export const formatMemory = (kb: number | null): string => {
  if (kb === null || !Number.isFinite(kb) || kb < 0) return '—';
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} KB`;
};

/**
 * A CPU time: tenths below 10 ms, where most fast solutions land, and "< 0.1 ms"
 * below the judge's resolution, never a flat "0 ms" that reads as "did not run".
 */
export const formatRuntime = (ms: number | null): string => {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 0.05) return '< 0.1 ms';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
};

export const summarizeSubmission = (submission: SubmissionSummary): SummaryLine => {
  const verdict =
    submission.verdict !== null
      ? { verdict: submission.verdict, tone: VERDICT_TONE[submission.verdict] }
      : submission.status !== 'done'
        ? { verdict: submission.status === 'queued' ? 'Queued' : 'Judging…', tone: 'neutral' as const }
        : { verdict: 'Not judged', tone: 'warn' as const };
  return {
    ...verdict,
    score: submission.passed === null || submission.total === null ? '—' : `${submission.passed} / ${submission.total}`,
    runtime: formatRuntime(submission.maxTimeMs),
    memory: formatMemory(submission.maxMemoryKb),
    growth: submission.fittedComplexity ?? '—',
  };
};
