import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, questionParams } from './client';
import type { CreateSessionInput, QuestionListQuery } from './contract';
import type { Company, HiringLevel } from '@onsite/core';
import type { QueryClient } from '@tanstack/react-query';
import { useToast } from '../components/toast';

/** Query keys in one place, so invalidation cannot miss a spelling. */
export const keys = {
  meta: ['meta'] as const,
  questions: (query: QuestionListQuery) => ['questions', query] as const,
  question: (id: string) => ['question', id] as const,
  suggestions: (id: string) => ['question', id, 'stories'] as const,
  sessions: ['sessions'] as const,
  session: (id: string) => ['session', id] as const,
  round: (id: string) => ['round', id] as const,
  stories: ['stories'] as const,
  matrix: ['stories', 'matrix'] as const,
  health: ['health'] as const,
  /** Every history list of a question starts with this, so one invalidation refreshes them all. */
  submissions: (questionId: string) => ['submissions', questionId] as const,
  submissionList: (questionId: string, mode: 'run' | 'submit' | 'all') =>
    ['submissions', questionId, 'list', mode] as const,
  submission: (id: string) => ['submission', id] as const,
  /** Today and Progress read the same dashboard. */
  progress: ['progress'] as const,
  /** Every history list and comparison starts with this. */
  history: ['history'] as const,
  historyList: (query: HistoryQuery) => ['history', 'list', query] as const,
  compare: (a: string, b: string) => ['history', 'compare', a, b] as const,
  plan: ['plan'] as const,
};

/** The browser's time zone: streaks, weeks and date filters are counted in the candidate's days. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The history's filters and page as the URL and the server read them (dates YYYY-MM-DD, level 1–4). */
export interface HistoryQuery {
  readonly kind?: string;
  readonly questionId?: string;
  readonly topic?: string;
  readonly level?: HiringLevel;
  readonly from?: string;
  readonly to?: string;
  readonly search?: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * After a round finishes (or is imported) the sessions, the dashboard and the history all read
 * differently: one call refreshes them together.
 */
export const refreshAfterRound = (client: QueryClient): void => {
  void client.invalidateQueries({ queryKey: keys.sessions });
  void client.invalidateQueries({ queryKey: keys.progress });
  void client.invalidateQueries({ queryKey: keys.history });
};

export const useMeta = () =>
  useQuery({ queryKey: keys.meta, queryFn: () => api('GET /api/meta'), staleTime: Infinity });
export const useQuestions = (query: QuestionListQuery) =>
  useQuery({
    queryKey: keys.questions(query),
    queryFn: () => api('GET /api/questions', { query }),
    placeholderData: (previous) => previous,
  });
export const useQuestion = (id: string) =>
  useQuery({
    queryKey: keys.question(id),
    queryFn: () => api('GET /api/questions/:kind/:slug', { params: questionParams(id) }),
  });
export const useStorySuggestions = (id: string) =>
  useQuery({
    queryKey: keys.suggestions(id),
    queryFn: () => api('GET /api/questions/:kind/:slug/stories', { params: questionParams(id) }),
  });
export const useSessions = () =>
  useQuery({
    queryKey: keys.sessions,
    queryFn: () => api('GET /api/sessions', { query: { limit: 100 } }),
  });
export const useRound = (id: string) =>
  useQuery({
    queryKey: keys.round(id),
    queryFn: () => api('GET /api/rounds/:id', { params: { id } }),
    staleTime: Infinity,
  });
export const useStories = () =>
  useQuery({ queryKey: keys.stories, queryFn: () => api('GET /api/stories') });
export const useHealth = () =>
  useQuery({ queryKey: keys.health, queryFn: () => api('GET /api/health'), staleTime: 60_000 });
/** A question's submissions, newest first; `all` includes the runs. */
export const useSubmissionList = (questionId: string, mode: 'run' | 'submit' | 'all') =>
  useQuery({
    queryKey: keys.submissionList(questionId, mode),
    queryFn: () =>
      api('GET /api/submissions', {
        query: { questionId, limit: 50, ...(mode === 'all' ? {} : { mode }) },
      }),
    placeholderData: (previous) => previous,
  });
/** One submission with its code and result; a finished one never changes, except its growth report arriving. */
export const useSubmission = (id: string | null) =>
  useQuery({
    queryKey: keys.submission(id ?? ''),
    queryFn: () => api('GET /api/submissions/:id', { params: { id: id ?? '' } }),
    enabled: id !== null,
    refetchInterval: (query) => {
      const data = query.state.data;
      return data !== undefined &&
        (data.status !== 'done' || data.complexity?.status === 'measuring')
        ? 2000
        : false;
    },
  });
/** Today's queue, the streak, weak areas, trends and the plan, in the candidate's time zone. */
export const useProgress = () =>
  useQuery({
    queryKey: keys.progress,
    queryFn: () => api('GET /api/progress', { query: { timeZone: browserTimeZone() } }),
  });
/** Finished rounds matching the filters, newest first, one page at a time. */
export const useHistory = (query: HistoryQuery) =>
  useQuery({
    queryKey: keys.historyList(query),
    queryFn: () => api('GET /api/history', { query: { ...query, timeZone: browserTimeZone() } }),
    placeholderData: (previous) => previous,
  });
/** Two attempts side by side; finished rounds never change. */
export const useCompare = (a: string, b: string) =>
  useQuery({
    queryKey: keys.compare(a, b),
    queryFn: () => api('GET /api/history/compare', { query: { a, b } }),
    enabled: a !== '' && b !== '',
    staleTime: Infinity,
  });
export const usePlan = () => useQuery({ queryKey: keys.plan, queryFn: () => api('GET /api/plan') });
/** Saves the plan's settings; the dashboard (which holds the plan week by week) is read again. */
/** What the plan form sends: the interview date, whose loop, the hours a week. */
export interface PlanInput {
  readonly targetDate: string;
  readonly loop: 'general' | Company;
  readonly hoursPerWeek: number;
}
export const useSavePlan = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: PlanInput) => api('PUT /api/plan', { body: settings }),
    onSuccess: (response) => {
      client.setQueryData(keys.plan, response);
      void client.invalidateQueries({ queryKey: keys.progress });
    },
  });
};
export const useDeletePlan = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api('DELETE /api/plan'),
    onSuccess: () => {
      client.setQueryData(keys.plan, { settings: null });
      void client.invalidateQueries({ queryKey: keys.progress });
    },
  });
};
export const useStoryMatrix = () =>
  useQuery({ queryKey: keys.matrix, queryFn: () => api('GET /api/stories/matrix') });

/** Creates a session with one round and opens the practice room. */
export const useStartRound = () => {
  const navigate = useNavigate();
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (input: CreateSessionInput) => api('POST /api/sessions', { body: input }),
    onSuccess: ({ session }) => {
      void client.invalidateQueries({ queryKey: keys.sessions });
      const round = session.rounds[0];
      if (round === undefined) {
        toast.show({
          title: 'The session has no round',
          detail: 'Try another question.',
          tone: 'error',
        });
        return;
      }
      client.setQueryData(keys.round(round.id), { round });
      void navigate(`/rounds/${encodeURIComponent(round.id)}`);
    },
    onError: (error) => toast.showError(error),
  });
};
