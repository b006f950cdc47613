import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, useOnsiteInBrowser } from './harness';

const ANSWER_START =
  'Last spring our checkout service was timing out for about 3% of orders during the evening peak, and I was the engineer who owned its payment client. ' +
  'My task was to bring the error rate under 0.5% before the holiday sale, which was five weeks away. ';

const ANSWER_REST =
  'First I pulled a week of traces and found that most failures came from one slow fraud-check call that held a database connection while it waited. ' +
  'I wrote a short design doc proposing to move the fraud check before we open the transaction, and I reviewed it with the payments lead because it changed the order of two steps. ' +
  'Then I built the change behind a feature flag, added a load test that replayed the peak traffic, and rolled it out to 5% of traffic, then 50%, then everyone over four days. ' +
  'When the load test showed the connection pool still saturating at twice the peak, I also cut the pool timeout from 30 seconds to 5 seconds so a stuck call fails fast and retries. ' +
  'As a result, checkout errors fell from 3% to 0.2% measured over the two weeks before and after, and we processed the holiday sale with no incident. ' +
  'I learned to measure before I guess: I now start every performance fix by writing down the baseline and how I will measure it.';

const REPLIES = [
  'I personally wrote the design doc, the flag, the load test and the rollout plan; a teammate reviewed the code. The decision to reorder the steps was mine, after I showed the lead the traces.',
  'We measured the error rate from the checkout dashboard, comparing the 14 days before the rollout with the 14 days after: 3.1% down to 0.2%, with the same traffic mix.',
  'If I did it again I would add the load test to CI from the start, so that a regression in the pool settings fails the build instead of reaching production.',
  'The main trade-off was latency: the fraud check now runs earlier, which added about 40 ms to the median, and I agreed that with the product manager first.',
];

const textareaValue = (page: Page) => page.locator('textarea.star-input').inputValue();

describe('a behavioral practice round in the browser', () => {
  const live = useOnsiteInBrowser();

  it('goes from Today to a scorecard with evidence, keeping the draft across a reload and a dead server', async () => {
    const { page } = live.session;

    await page.goto(`${live.onsite.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Start practising' }).waitFor();
    await screenshot(page, '01-today');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Question bank' })
      .click();
    await page.getByRole('heading', { name: 'Question bank' }).waitFor();
    await page.getByLabel('Kind').selectOption('behavioral');
    await page.waitForURL(/kind=behavioral/);
    await page.locator('.question-row').first().waitFor();
    await screenshot(page, '02-bank');

    await page.locator('.question-row').first().click();
    await page.getByRole('button', { name: 'Practise this' }).waitFor();
    await screenshot(page, '03-question');

    await page.getByRole('button', { name: 'Practise this' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    const editor = page.locator('textarea.star-input');
    await editor.waitFor();
    await editor.click();
    await editor.pressSequentially(ANSWER_START, { delay: 2 });
    await page.getByText('Saved', { exact: true }).waitFor();

    // A reload mid-answer brings the text back.
    await page.reload();
    await editor.waitFor();
    expect(await textareaValue(page)).toBe(ANSWER_START);

    // With the draft route failing (a dead server), typing is kept on the device and survives a reload.
    await page.route('**/api/rounds/*/draft', (route) => route.abort('connectionrefused'));
    await editor.click();
    await page.keyboard.press('End');
    await editor.fill(ANSWER_START + ANSWER_REST);
    await page.getByText('Kept on this device', { exact: false }).waitFor();
    await page.unroute('**/api/rounds/*/draft');
    await page.reload();
    await editor.waitFor();
    expect(await textareaValue(page)).toBe(ANSWER_START + ANSWER_REST);

    // STAR parts are tinted with a margin label, not colour alone.
    await page.locator('mark[data-part="action"]').first().waitFor();
    await page.locator('.star-label').first().waitFor();
    await page.getByText('Saved', { exact: true }).waitFor();
    await screenshot(page, '04-room-answer');

    // Ctrl+Enter sends the answer; the interviewer follows up.
    await editor.focus();
    await page.keyboard.press('Control+Enter');
    await page.locator('.probe-card').waitFor();
    expect(await textareaValue(page)).toBe('');
    await screenshot(page, '05-room-probe');

    let repliesSent = 0;
    for (const reply of REPLIES) {
      if (/\/scorecard$/.test(page.url())) break;
      await editor.fill(reply);
      repliesSent += 1;
      const turnsBefore = await page.locator('.turn').count();
      await page.getByRole('button', { name: 'Send reply' }).click();
      // Either the next probe arrives (two more turns) or the round closes and the scorecard opens.
      await page.waitForFunction(
        (before) =>
          location.pathname.endsWith('/scorecard') ||
          document.querySelectorAll('.turn:not(.turn-thinking)').length >= before + 2,
        turnsBefore,
        { timeout: 20_000 },
      );
      await page.waitForLoadState();
    }
    if (!/\/scorecard$/.test(page.url())) {
      await page.getByRole('button', { name: 'Finish and see scorecard' }).click();
    }
    await page.waitForURL(/\/scorecard$/);
    expect(repliesSent).toBeGreaterThanOrEqual(2);

    await page.locator('.verdict .level-lg').waitFor();
    const verdict = await page.locator('.verdict .level-lg').textContent();
    expect(['Strong hire', 'Hire', 'Lean no hire', 'No hire']).toContain(verdict?.trim());
    const quotes = page.locator('.dimensions .quote');
    expect(await quotes.count()).toBeGreaterThan(0);
    await quotes.first().click();
    await page.locator('.answer-panel .quote-mark').waitFor();
    await screenshot(page, '06-scorecard');

    const flag = page.locator('.flag-chip').first();
    if ((await flag.count()) > 0) {
      await flag.click();
      await page.locator('.flag-detail').waitFor();
      await screenshot(page, '07-scorecard-flag');
    }

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'History' })
      .click();
    await page.locator('.session-row').first().waitFor();
    await screenshot(page, '08-history');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Progress' })
      .click();
    await page.locator('.chart canvas').first().waitFor();
    await screenshot(page, '09-progress');

    expect(live.session.pageErrors).toEqual([]);
    expect(live.session.foreignRequests).toEqual([]);
  });

  it('writes a story and shows the principle it covers in the matrix', async () => {
    const { page } = live.session;
    await page.goto(`${live.onsite.url}/stories`);
    await page.getByRole('heading', { name: 'Principle coverage' }).waitFor();
    await screenshot(page, '10-stories-empty');

    await page.getByRole('button', { name: 'New story' }).click();
    await page
      .getByLabel('Title', { exact: true })
      .fill('Checkout timeouts before the holiday sale');
    await page
      .getByLabel('Situation', { exact: true })
      .fill('Checkout was timing out for 3% of orders at peak.');
    await page
      .getByLabel('Action', { exact: true })
      .fill('I moved the fraud check out of the transaction and load-tested it.');
    await page.getByLabel('Result', { exact: true }).fill('Errors fell from 3% to 0.2%.');
    await page.locator('.check-chip', { hasText: 'Ownership' }).first().click();
    await page.locator('.story-form summary', { hasText: 'Amazon' }).click();
    await page.locator('.check-chip', { hasText: 'Dive Deep' }).click();
    await screenshot(page, '11-story-form');
    await page.getByRole('button', { name: 'Save story' }).click();
    // The toast itself: Radix also repeats its text for a moment in a screen-reader announcement.
    await page.locator('.toast-title', { hasText: 'Story saved' }).waitFor();
    await page.locator('.story-row', { hasText: 'Checkout timeouts' }).waitFor();
    await page.locator('.matrix-cell:not(.is-gap)', { hasText: 'Dive Deep' }).waitFor();
    await screenshot(page, '12-stories');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByText('Onsite 0.').waitFor();
    await screenshot(page, '13-settings');

    expect(live.session.pageErrors).toEqual([]);
    expect(live.session.foreignRequests).toEqual([]);
  });

  it('ends a round early and explains each flag in plain words', async () => {
    const { page } = live.session;
    await page.goto(`${live.onsite.url}/practice`);
    await page
      .getByRole('button', { name: /^Practise: / })
      .first()
      .waitFor();
    await screenshot(page, '16-practice');
    await page
      .getByRole('button', { name: /^Practise: / })
      .first()
      .click();
    const editor = page.locator('textarea.star-input');
    await editor.fill('We fixed the problem and things got kind of better after a while.');
    await page.getByRole('button', { name: 'End round' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End and score' }).click();
    await page.waitForURL(/\/scorecard$/);
    const chips = page.locator('.flag-chip');
    await chips.first().waitFor();
    expect(await chips.count()).toBeGreaterThan(1);
    await chips.first().click();
    await page.getByRole('heading', { name: 'Why it matters' }).waitFor();
    await page.getByText('Before', { exact: true }).waitFor();
    await screenshot(page, '17-scorecard-weak-flags');
    expect(live.session.pageErrors).toEqual([]);
    expect(live.session.foreignRequests).toEqual([]);
  });

  it('fits a phone: the navigation becomes a bottom bar and the room stays usable', async () => {
    const phone = await launchBrowser({
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
    });
    try {
      await phone.page.goto(`${live.onsite.url}/`);
      await phone.page.getByRole('button', { name: 'Start practising' }).waitFor();
      const nav = phone.page.getByRole('navigation', { name: 'Main' });
      const box = await nav.boundingBox();
      expect(box?.y ?? 0).toBeGreaterThan(700);
      await screenshot(phone.page, '14-phone-today-dark');
      await phone.page.getByRole('button', { name: 'Start practising' }).click();
      await phone.page.locator('textarea.star-input').fill(ANSWER_START + ANSWER_REST);
      await phone.page.locator('mark[data-part="result"]').first().waitFor();
      await screenshot(phone.page, '15-phone-room-dark');
      expect(phone.pageErrors).toEqual([]);
      expect(phone.foreignRequests).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
