// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ProgressDashboard, SessionSummary, Suggestion } from '@onsite/core';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { TodayScene } from './today-scene';

const suggestion = (questionId: string, reason: string): Suggestion => ({
  kind: 'behavioral',
  questionId,
  title: `Title of ${questionId}`,
  source: 'due-question',
  reason,
  cardId: null,
});

const dashboard = (overrides: Partial<ProgressDashboard>): ProgressDashboard => ({
  now: '2026-12-04T10:00:00.000Z',
  timeZone: 'UTC',
  rounds: 6,
  streak: { days: 4, best: 6, practisedToday: false, forgivenDay: '2026-12-02', atRisk: true },
  today: [],
  dueCount: 2,
  weakAreas: [],
  trends: [],
  plan: null,
  ...overrides,
});

/** An open session that already answered `questionId`. */
const openSession = (questionId: string) =>
  ({
    id: 'session-open',
    status: 'active',
    title: 'Open',
    kinds: ['behavioral'],
    firstRoundTitle: 'Open round',
    answeredQuestionIds: [questionId],
    createdAt: '2026-12-04T09:00:00.000Z',
    finishedAt: null,
    score: null,
    level: null,
  }) as unknown as SessionSummary;

/** Answers the app's GET requests from a table, as the server would. */
const serve = (progress: ProgressDashboard | 'fails', sessions: readonly SessionSummary[] = []) => {
  const answers: Record<string, unknown> = {
    ...(progress === 'fails' ? {} : { '/api/progress': progress }),
    '/api/sessions': { sessions },
    '/api/stories/matrix': { rows: [], stories: [] },
    '/api/questions': { questions: [] },
  };
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string) => {
      const path = new URL(input, 'http://127.0.0.1').pathname;
      const body = answers[path];
      return Promise.resolve(
        body === undefined
          ? new Response(JSON.stringify({ error: { code: 'INTERNAL', message: path } }), {
              status: 500,
            })
          : new Response(JSON.stringify(body), { status: 200 }),
      );
    }),
  );
};

const showToday = () =>
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <ToastProvider>
        <MemoryRouter>
          <TodayScene />
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Today', () => {
  it('offers the queue’s first suggestion with its reason, and lists the rest with theirs', async () => {
    serve(
      dashboard({
        today: [
          suggestion('behavioral/hardest-bug', 'Due again: Lean no hire 9 days ago.'),
          suggestion('behavioral/conflict-with-peer', 'Brings back Results with a new question.'),
        ],
      }),
    );
    showToday();
    const hero = (
      await screen.findByRole('heading', { name: 'Title of behavioral/hardest-bug' })
    ).closest('section');
    if (hero === null) throw new Error('the hero is not a section');
    within(hero).getByText('Due again: Lean no hire 9 days ago.');
    expect(within(hero).getByRole('button', { name: /Start practising/u })).toHaveProperty(
      'disabled',
      false,
    );
    const queue = screen.getByRole('region', { name: 'Also in today’s queue' });
    within(queue).getByText('Brings back Results with a new question.');
    within(queue).getByRole('button', { name: 'Start: Title of behavioral/conflict-with-peer' });
  });

  it('shows the streak with the missed day it forgave, at risk today, and what is due', async () => {
    serve(dashboard({ today: [suggestion('behavioral/hardest-bug', 'Due.')] }));
    showToday();
    const streak = await screen.findByRole('region', { name: 'Streak' });
    expect(within(streak).getByText('4').className).toBe('stat-num');
    within(streak).getByText(/One missed day forgiven/u);
    within(streak).getByText(/At risk/u);
    const due = screen.getByRole('region', { name: 'Due today' });
    expect(within(due).getByText('2').className).toBe('stat-num');
  });

  it('does not offer again a question whose round is still open', async () => {
    serve(
      dashboard({
        today: [
          suggestion('behavioral/hardest-bug', 'First.'),
          suggestion('behavioral/conflict-with-peer', 'Second.'),
        ],
      }),
      [openSession('behavioral/hardest-bug')],
    );
    showToday();
    await screen.findByRole('heading', { name: 'Title of behavioral/conflict-with-peer' });
    expect(screen.queryByText('First.')).toBeNull();
  });

  it('invites a first-time user to a first question, with no streak or trend to show yet', async () => {
    serve(
      dashboard({
        rounds: 0,
        streak: { days: 0, best: 0, practisedToday: false, forgivenDay: null, atRisk: false },
        dueCount: 0,
        today: [suggestion('behavioral/hardest-bug', 'A good first question.')],
      }),
    );
    showToday();
    await screen.findByText('Your first question');
    screen.getByText('A good first question.');
    screen.getByText('Finish a round today to start one.');
    screen.getByText(/shows here once you have finished a round/u);
  });

  it('says what went wrong when the dashboard cannot be read, with a retry', async () => {
    serve('fails');
    showToday();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    // The rest of the page still works: the recent rounds and the story bank.
    await screen.findByText('Nothing practised yet');
    within(alert).getByRole('button', { name: 'Try again' });
  });
});
