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

/** A peak memory: "—" when none was measured (null, or 0 as stored before null existed), never "0 KB". */
export const formatMemory = (kb: number | null): string => {
  if (kb === null || !Number.isFinite(kb) || kb <= 0) return '—';
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

/**
 * Why a verdict came late, in one line, when the judge says the machine was busy (a test kept
 * waiting for a CPU was given that wall time on top of its limit); null otherwise.
 */
export const machineBusyNote = (result: {
  readonly machineBusy?: { readonly extraWallMs: number };
}): string | null => {
  const extra = result.machineBusy?.extraWallMs;
  if (extra === undefined || !Number.isFinite(extra) || extra <= 0) return null;
  const amount =
    extra >= 1000 ? `${(extra / 1000).toFixed(1)} s` : `${String(Math.round(extra))} ms`;
  return `The machine was busy: your code waited for a CPU, so it was given ${amount} more wall time and the verdict came later.`;
};

export const summarizeSubmission = (submission: SubmissionSummary): SummaryLine => {
  const verdict =
    submission.verdict !== null
      ? { verdict: submission.verdict, tone: VERDICT_TONE[submission.verdict] }
      : submission.status !== 'done'
        ? {
            verdict: submission.status === 'queued' ? 'Queued' : 'Judging…',
            tone: 'neutral' as const,
          }
        : { verdict: 'Not judged', tone: 'warn' as const };
  return {
    ...verdict,
    score:
      submission.passed === null || submission.total === null
        ? '—'
        : `${submission.passed} / ${submission.total}`,
    runtime: formatRuntime(submission.maxTimeMs),
    memory: formatMemory(submission.maxMemoryKb),
    growth: submission.fittedComplexity ?? '—',
  };
};
