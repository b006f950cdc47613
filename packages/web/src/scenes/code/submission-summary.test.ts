import { describe, expect, it } from 'vitest';
import type { SubmissionSummary } from '../../api/contract';
import {
  formatMemory,
  formatRuntime,
  machineBusyNote,
  summarizeSubmission,
} from './submission-summary';

const summary = (fields: Partial<SubmissionSummary>): SubmissionSummary => ({
  id: 's1',
  questionId: 'coding/pair-with-target-sum',
  language: 'python',
  mode: 'submit',
  status: 'done',
  verdict: 'Accepted',
  passed: 15,
  total: 15,
  maxTimeMs: 12.6,
  maxMemoryKb: 14540,
  errorMessage: null,
  fittedComplexity: 'O(n)',
  createdAt: '2025-01-01T10:00:00.000Z',
  ...fields,
});

describe('a line of the submission history', () => {
  it('has the verdict with its tone, the score, the slowest test, the peak memory and the growth', () => {
    expect(summarizeSubmission(summary({}))).toEqual({
      verdict: 'Accepted',
      tone: 'good',
      score: '15 / 15',
      runtime: '13 ms',
      memory: '14.2 MB',
      growth: 'O(n)',
    });
  });

  it('shows a failing verdict in its colour', () => {
    expect(summarizeSubmission(summary({ verdict: 'Wrong Answer', passed: 3 }))).toMatchObject({
      verdict: 'Wrong Answer',
      tone: 'bad',
      score: '3 / 15',
    });
  });

  it('says a submission is still being judged rather than showing empty numbers', () => {
    const line = summarizeSubmission(
      summary({
        status: 'running',
        verdict: null,
        passed: null,
        total: null,
        maxTimeMs: null,
        maxMemoryKb: null,
        fittedComplexity: null,
      }),
    );
    expect(line).toEqual({
      verdict: 'Judging…',
      tone: 'neutral',
      score: '—',
      runtime: '—',
      memory: '—',
      growth: '—',
    });
    expect(summarizeSubmission(summary({ status: 'queued', verdict: null })).verdict).toBe(
      'Queued',
    );
  });

  it('says when the judge could not judge at all', () => {
    expect(
      summarizeSubmission(
        summary({ verdict: null, passed: null, total: null, errorMessage: 'isolation too weak' }),
      ),
    ).toMatchObject({ verdict: 'Not judged', tone: 'warn', score: '—' });
  });

  it('writes small memory in KB and never "null ms"', () => {
    expect(formatMemory(512)).toBe('512 KB');
    expect(formatMemory(null)).toBe('—');
    expect(formatRuntime(null)).toBe('—');
    expect(formatRuntime(0.12)).toBe('0.1 ms');
    expect(formatRuntime(0)).toBe('< 0.1 ms');
    expect(formatRuntime(12.4)).toBe('12 ms');
  });

  it('shows "—" for memory nobody measured (null, or 0 as stored before), never "0 KB"', () => {
    expect(formatMemory(0)).toBe('—');
    expect(
      summarizeSubmission(summary({ verdict: 'Time Limit Exceeded', maxMemoryKb: null })).memory,
    ).toBe('—');
    expect(formatMemory(14540)).toBe('14.2 MB');
  });
});

describe('why a verdict came late', () => {
  it('says the machine was busy, and how much more wall time the run was given', () => {
    expect(machineBusyNote({ machineBusy: { extraWallMs: 2340 } })).toBe(
      'The machine was busy: your code waited for a CPU, so it was given 2.3 s more wall time and the verdict came later.',
    );
    expect(machineBusyNote({ machineBusy: { extraWallMs: 180 } })).toContain(
      'given 180 ms more wall time',
    );
  });

  it('says nothing when the machine was not busy', () => {
    expect(machineBusyNote({})).toBeNull();
    expect(machineBusyNote({ machineBusy: { extraWallMs: 0 } })).toBeNull();
  });
});
