// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { StudyPlan } from '@onsite/core';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { StudyPlanSection } from './study-plan';

interface Call {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** The plan routes: GET answers no plan yet; PUT answers `put` (the saved settings, or a 400). */
const servePlan = (put: { status: number; body: unknown }) => {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const path = new URL(input, 'http://127.0.0.1').pathname;
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, path, body });
      const answer = method === 'PUT' ? put : { status: 200, body: { settings: null } as unknown };
      return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
    }),
  );
  return calls;
};

const showPlan = (plan: StudyPlan | null = null) =>
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <ToastProvider>
        <MemoryRouter>
          <StudyPlanSection plan={plan} titleOf={() => undefined} />
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const fill = async (values: { date: string; loop: string; hours: string }) => {
  fireEvent.change(await screen.findByLabelText('Interview date'), {
    target: { value: values.date },
  });
  fireEvent.change(screen.getByLabelText('Loop'), { target: { value: values.loop } });
  fireEvent.change(screen.getByLabelText('Hours per week'), { target: { value: values.hours } });
  fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));
};

describe('the study plan form', () => {
  it('saves the date, the loop and the hours with PUT /api/plan', async () => {
    const settings = { targetDate: '2027-01-15', loop: 'google', hoursPerWeek: 6.5 };
    const calls = servePlan({ status: 200, body: { settings } });
    showPlan();
    await fill({ date: '2027-01-15', loop: 'google', hours: '6.5' });
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')).toEqual({
      method: 'PUT',
      path: '/api/plan',
      body: settings,
    });
    await screen.findByRole('button', { name: 'Update plan' });
  });

  it('says what is wrong with the hours before sending anything', async () => {
    const calls = servePlan({ status: 200, body: { settings: null } });
    showPlan();
    await fill({ date: '2027-01-15', loop: 'general', hours: '0' });
    await screen.findByText('Hours per week is a number from 1 to 60.');
    expect(screen.getByLabelText('Hours per week').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('shows the server’s reason beside the field it refused', async () => {
    servePlan({
      status: 400,
      body: {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Invalid plan',
          fields: { targetDate: 'the interview date is not a date written YYYY-MM-DD' },
        },
      },
    });
    showPlan();
    await fill({ date: '2027-01-15', loop: 'meta', hours: '4' });
    await screen.findByText('the interview date is not a date written YYYY-MM-DD');
    expect(screen.getByLabelText('Interview date').getAttribute('aria-invalid')).toBe('true');
  });

  it('lays the plan out week by week, each item with its reason, and the notes', () => {
    servePlan({ status: 200, body: { settings: null } });
    showPlan({
      settings: { targetDate: '2026-12-28', loop: 'amazon', hoursPerWeek: 4 },
      daysLeft: 24,
      notes: ['System design rounds are not in Onsite yet.'],
      weeks: [
        {
          start: '2026-12-07',
          focus: 'Results with numbers',
          minutes: 90,
          items: [
            {
              kind: 'behavioral',
              questionId: 'behavioral/hardest-bug',
              title: 'The hardest bug you fixed',
              minutes: 30,
              reason: 'Your result had no number in 6 of your last 8 stories.',
              weakAreaId: null,
            },
          ],
        },
      ],
    });
    screen.getByText('System design rounds are not in Onsite yet.');
    screen.getByText('Results with numbers');
    screen.getByText('Your result had no number in 6 of your last 8 stories.');
    expect(screen.getByText('24 days').closest('p')?.textContent).toContain('Amazon interview');
  });
});
