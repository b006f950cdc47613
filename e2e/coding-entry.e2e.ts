import { describe, expect, it } from 'vitest';
import { screenshot, useOnsiteInBrowser } from './harness';

/**
 * A new user finds the coding round from Practice and from Today, and the
 * coding question's bank page reads like the coding room: Markdown rendered
 * (code spans, separate paragraphs, a list), with the examples. The bank's kind
 * filter offers only the kinds that have questions.
 */
describe('finding the coding round', () => {
  const live = useOnsiteInBrowser();

  it('starts a coding round from Practice and from Today', async () => {
    const { page } = live.session;

    await page.goto(`${live.onsite.url}/practice`);
    await page.getByRole('heading', { name: /Coding round/ }).waitFor();
    await page.getByRole('link', { name: 'Solve: Pair with a target sum' }).click();
    await page.waitForURL(/\/code\/coding\/pair-with-target-sum$/);
    await page.locator('.cm-content').waitFor();
    await screenshot(page, 'coding-entry-01-from-practice');

    await page.goto(`${live.onsite.url}/`);
    const today = page.locator('section[aria-labelledby="today-coding-heading"]');
    await today.getByRole('link', { name: /Solve it/ }).waitFor();
    const title = await page.locator('#today-coding-heading').innerText();
    await screenshot(page, 'coding-entry-02-today');
    await today.getByRole('link', { name: /Solve it/ }).click();
    await page.waitForURL(/\/code\/coding\/[a-z-]+$/);
    await expect.poll(() => page.locator('.room-title').innerText()).toBe(title);
  });

  it('renders a coding question on its bank page as the coding room does, examples included', async () => {
    const { page } = live.session;
    await page.goto(`${live.onsite.url}/questions/coding/min-stack`);
    const statement = page.getByRole('region', { name: 'Problem statement' });
    await statement.waitFor();

    // Code spans are code, not backticks; paragraphs and the list of operations are separate blocks.
    expect(await statement.innerText()).not.toContain('`');
    expect(await statement.locator('code', { hasText: 'MinStack' }).count()).toBeGreaterThan(0);
    expect(await statement.locator('.statement-prose p').count()).toBeGreaterThanOrEqual(2);
    expect(await statement.locator('.statement-prose li').count()).toBe(5);
    // The examples, as the room shows them.
    await statement.getByText('Example 1').waitFor();
    expect(await statement.locator('.statement-example').count()).toBeGreaterThanOrEqual(2);
    expect(await statement.locator('.statement-example pre').first().innerText()).toMatch(
      /^Input: \[\["MinStack",/u,
    );
    await screenshot(page, 'coding-entry-03-bank-page');

    // The room renders the same statement with the same component.
    await page.getByRole('link', { name: 'Practise this' }).click();
    await page.waitForURL(/\/code\/coding\/min-stack$/);
    const roomStatement = page.locator('.code-statement .statement');
    await roomStatement.waitFor();
    expect(await roomStatement.locator('.statement-prose li').count()).toBe(5);
    expect(await roomStatement.locator('.statement-example').count()).toBe(
      await statement.locator('.statement-example').count(),
    );
  });

  it('offers only the kinds that have questions in the bank filter', async () => {
    const { page } = live.session;
    await page.goto(`${live.onsite.url}/questions`);
    const kind = page.getByLabel('Kind');
    await expect
      .poll(() => kind.locator('option').allInnerTexts())
      .toEqual(['All kinds', 'Behavioral', 'Coding']);
  });

  it('made no request off this machine and no page error', () => {
    expect(live.session.foreignRequests).toEqual([]);
    expect(live.session.pageErrors).toEqual([]);
  });
});
