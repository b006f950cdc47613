/**
 * Progress over weeks in the browser (issue 12): a history seeded through the real API (behavioral
 * rounds finished with answers of known quality, two of them at the same question), then Today's
 * suggestion with its reason and the streak, Progress's charts with their sentences, the weak
 * areas and a study plan made in its form, History's filters kept in the URL, and two attempts
 * compared word by word. The key pages again on a phone in dark mode, none wider than the screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryResponse, SessionResponse } from '@onsite/server/api';
import {
  launchBrowser,
  screenshot,
  startOnsite,
  type BrowserSession,
  type RunningOnsite,
} from './harness';

const STRONG =
  'Last spring our checkout service timed out for 3% of orders at the evening peak, and I owned its payment client. ' +
  'My task was to bring errors under 0.5% before the holiday sale, five weeks away. I pulled a week of traces and found a slow fraud check holding a database connection, ' +
  'so I wrote a design doc to move the check before the transaction, reviewed it with the payments lead, built it behind a flag and rolled it out over four days. ' +
  'As a result, checkout errors fell from 3% to 0.2% over the two weeks after, and the sale ran with no incident. I learned to write down the baseline before any fix.';
const WEAK = 'We fixed the problem and things got kind of better after a while.';
const MEDIUM =
  'A teammate and I disagreed about how to roll out a schema change. I asked what worried him, and we agreed to test it on a copy of production first. ' +
  'The rollout went fine and we shipped it the next week.';

const CONFLICT = 'behavioral/conflict-with-peer';
const PHONE = { width: 390, height: 844 };

let onsite: RunningOnsite;
const browsers: BrowserSession[] = [];

const post = async <T>(path: string, body: unknown): Promise<T> => {
  const response = await fetch(`${onsite.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  // The shape is checked by the assertions that read it.
  return (await response.json()) as T;
};

/** Starts a round on a bank question, answers it and finishes it: one scored round in the history. */
const finishRound = async (questionId: string, answer: string): Promise<string> => {
  const { session } = await post<SessionResponse>('/api/sessions', { questionId });
  const roundId = session.rounds[0]?.id ?? '';
  await post(`/api/rounds/${roundId}/answer`, { text: answer });
  await post(`/api/rounds/${roundId}/finish`, {});
  return roundId;
};

const open = async (
  viewport: { width: number; height: number } = { width: 1366, height: 900 },
  colorScheme: 'light' | 'dark' = 'light',
) => {
  const session = await launchBrowser({ viewport, colorScheme });
  browsers.push(session);
  return session;
};

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The local calendar date `days` from today, as a date input takes it. */
const localDate = (days: number): string => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

let weakLevel = 0;
let strongConflictRound = '';
let weakConflictRound = '';

beforeAll(async () => {
  onsite = await startOnsite();
  weakConflictRound = await finishRound(CONFLICT, WEAK);
  await finishRound('behavioral/hardest-bug', STRONG);
  await finishRound('behavioral/disagree-with-manager', MEDIUM);
  await finishRound('behavioral/missed-a-commitment', WEAK);
  strongConflictRound = await finishRound(CONFLICT, STRONG);
  const history = (await fetch(`${onsite.url}/api/history?questionId=${CONFLICT}`).then(
    (response) => response.json(),
  )) as HistoryResponse;
  weakLevel = history.rounds.find((round) => round.roundId === weakConflictRound)?.level ?? 0;
});
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await onsite.close();
});

describe('progress over weeks in the browser', () => {
  it('Today suggests the next session with its reason, and shows the streak and the trends', async () => {
    const { page, pageErrors, foreignRequests } = await open();
    await page.goto(`${onsite.url}/`);
    const hero = page.locator('section[aria-labelledby="today-cta"]');
    await hero.getByRole('button', { name: 'Start practising' }).waitFor();
    expect((await page.locator('#today-cta').innerText()).trim()).not.toBe('');
    expect((await hero.locator('.hero-reason').innerText()).replace('Why:', '').trim()).not.toBe(
      '',
    );
    const streak = page.locator('section[aria-labelledby="streak-heading"]');
    expect(await streak.locator('.stat-num').innerText()).toBe('1');
    await streak.getByText('Practised today').waitFor();
    await page.locator('.sparkline canvas').first().waitFor();
    await page.locator('section[aria-labelledby="weak-top-heading"] .weak-top-label').waitFor();
    await screenshot(page, 'progress-01-today');

    // The hero's Start opens the suggested question's room.
    const title = await page.locator('#today-cta').innerText();
    await hero.getByRole('button', { name: 'Start practising' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    expect(await page.locator('.room-title').innerText()).toBe(title);

    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('Progress shows charts with sentences, the weak areas, and the weekly plan once the form is saved', async () => {
    const { page, pageErrors, foreignRequests } = await open();
    await page.goto(`${onsite.url}/progress`);
    const behavioral = page.locator('section[aria-labelledby="trends-behavioral"]');
    await behavioral.locator('.chart canvas').first().waitFor();
    // The score and every rubric dimension: a chart with an accessible label and its sentence.
    const charts = behavioral.locator('.trend');
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    for (const chart of await charts.all()) {
      expect(await chart.locator('[role="img"]').getAttribute('aria-label')).toMatch(/per week/u);
      expect((await chart.locator('.trend-sentence').innerText()).trim().length).toBeGreaterThan(
        10,
      );
    }
    const weak = page.locator('section[aria-labelledby="weak-heading"]');
    expect(await weak.locator('.weak-item').count()).toBeGreaterThan(0);
    await screenshot(page, 'progress-02-progress');

    // Redrawn in the new theme's colours when the theme changes: a new chart replaces the old one.
    await page.evaluate(() => {
      document.querySelector('.trend canvas')?.setAttribute('data-light', '');
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => page.locator('.trend canvas').first().getAttribute('data-light'))
      .toBe(null);
    await page.emulateMedia({ colorScheme: 'light' });

    const plan = page.locator('section[aria-labelledby="plan-heading"]');
    await plan.getByLabel('Interview date').fill(localDate(24));
    await plan.getByLabel('Loop').selectOption('amazon');
    await plan.getByLabel('Hours per week').fill('5');
    await plan.getByRole('button', { name: 'Make my plan' }).click();
    await plan.locator('.plan-week').first().waitFor();
    expect(await plan.locator('.plan-week').count()).toBeGreaterThanOrEqual(2);
    expect((await plan.locator('.plan-item .muted').first().innerText()).trim()).not.toBe('');
    await plan.getByText(/days? to your Amazon interview/u).waitFor();
    await plan.scrollIntoViewIfNeeded();
    await screenshot(page, 'progress-03-plan');

    // The settings were saved: a reload shows them in the form.
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Loop').inputValue(), { timeout: 15_000 })
      .toBe('amazon');
    expect(await page.getByLabel('Interview date').inputValue()).toBe(localDate(24));

    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('History filters by level and by search, keeps them in the URL across a reload, and opens a scorecard', async () => {
    const { page, pageErrors, foreignRequests } = await open();
    await page.goto(`${onsite.url}/history`);
    await page.locator('.history-item').first().waitFor();
    expect(await page.locator('.history-item').count()).toBe(5);

    await page.getByLabel('Level', { exact: true }).selectOption(String(weakLevel));
    await page.waitForURL(new RegExp(`level=${weakLevel}`, 'u'));
    await expect.poll(() => page.locator('.history-item').count()).toBeLessThan(5);
    const levelWords = await page.locator('.history-item .level').allInnerTexts();
    expect(new Set(levelWords).size).toBe(1);

    await page.getByLabel('Level', { exact: true }).selectOption('');
    await page.getByLabel('Search your answers').fill('fraud');
    await page.waitForURL(/search=fraud/u);
    await expect.poll(() => page.locator('.history-item').count()).toBe(2);
    await page.getByLabel('Kind', { exact: true }).selectOption('behavioral');
    await page.waitForURL(/kind=behavioral/u);
    await screenshot(page, 'progress-04-history-filtered');

    await page.reload();
    await page.locator('.history-item').first().waitFor();
    expect(await page.getByLabel('Search your answers').inputValue()).toBe('fraud');
    expect(await page.getByLabel('Kind', { exact: true }).inputValue()).toBe('behavioral');
    expect(await page.locator('.history-item').count()).toBe(2);

    await page.locator('.history-row').first().click();
    await page.waitForURL(/\/rounds\/[^/]+\/scorecard$/u);
    await page.locator('.verdict .level-lg').waitFor();

    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('compares two attempts at the same question: levels, score, flags and the words that changed', async () => {
    const { page, pageErrors, foreignRequests } = await open();
    await page.goto(`${onsite.url}/history?question=${encodeURIComponent(CONFLICT)}`);
    await page.locator('.history-item').first().waitFor();
    expect(await page.locator('.history-item').count()).toBe(2);
    await page.getByRole('link', { name: /^Compare/u }).click();
    await page.waitForURL(/\/history\/compare\?a=[^&]+&b=/u);
    const url = new URL(page.url());
    expect(new Set([url.searchParams.get('a'), url.searchParams.get('b')])).toEqual(
      new Set([weakConflictRound, strongConflictRound]),
    );

    await page.locator('.answer-diff ins').first().waitFor();
    expect(await page.locator('.answer-diff del').count()).toBeGreaterThan(0);
    expect(await page.locator('.compare-table tbody tr').count()).toBeGreaterThan(0);
    // The earlier attempt was the weak one: the score went up.
    expect(await page.locator('.delta-num').innerText()).toMatch(/^\+\d+$/u);
    await page.getByRole('heading', { name: 'Flags' }).waitFor();
    await screenshot(page, 'progress-05-compare');

    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('fits a phone in dark mode: Today, Progress, History and Compare are no wider than the screen', async () => {
    const { page, pageErrors, foreignRequests } = await open(PHONE, 'dark');

    await page.goto(`${onsite.url}/`);
    await page.getByRole('button', { name: 'Start practising' }).waitFor();
    await page.locator('.sparkline canvas').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'progress-06-phone-today-dark');

    await page.goto(`${onsite.url}/progress`);
    await page.locator('.trend .chart canvas').first().waitFor();
    await page.locator('.plan-week').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    // Each chart fits its card.
    const widths = await page
      .locator('.trend canvas')
      .evaluateAll((canvases) => canvases.map((canvas) => canvas.getBoundingClientRect().right));
    expect(Math.max(...widths)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'progress-07-phone-progress-dark');

    await page.goto(`${onsite.url}/history?level=${weakLevel}`);
    await page.locator('.history-item').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'progress-08-phone-history-dark');

    await page.goto(
      `${onsite.url}/history/compare?a=${weakConflictRound}&b=${strongConflictRound}`,
    );
    await page.locator('.answer-diff ins').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'progress-09-phone-compare-dark');

    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
