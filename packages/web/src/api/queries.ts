import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, questionParams } from './client';
import type { CreateSessionInput, QuestionListQuery } from './contract';
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
