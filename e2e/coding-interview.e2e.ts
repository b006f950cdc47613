import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, useOnsiteInBrowser } from './harness';

// A single pass with a map from value to position: accepted on every test, and O(n).
const SOLUTION = [
  'def pairWithTargetSum(nums, target):',
  '    seen = {}',
  '    for i, x in enumerate(nums):',
  '        if target - x in seen:',
  '            return [seen[target - x], i]',
  '        seen[x] = i',
  '    return []',
  '',
].join('\n');
const WRONG = 'def pairWithTargetSum(nums, target):\n    return [0, 1]\n';

const replaceCode = async (page: Page, code: string, marker: string) => {
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  // insertText enters the text as typed, without the editor's auto-indent doubling it.
  await page.keyboard.insertText(code);
  await expect.poll(() => editor.innerText()).toContain(marker);
};

/** Says something in the current phase and waits for the interviewer's answer. */
const say = async (page: Page, label: string, text: string) => {
  const replies = page.locator('.turn-interviewer');
  const before = await replies.count();
  await page.getByRole('textbox', { name: label }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.locator('.turn-candidate').filter({ hasText: text }).waitFor();
  await expect.poll(() => replies.count()).toBeGreaterThan(before);
  // The message box is empty again (the draft became a turn) and ready for the next words.
  expect(await page.getByRole('textbox', { name: label }).inputValue()).toBe('');
};

const nextPhase = async (page: Page, phase: string) => {
  await page.getByRole('button', { name: `Next: ${phase}` }).click();
  await page.locator('.phase-step-current').filter({ hasText: phase }).waitFor();
};

const hasNoHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('a coding interview in the browser', () => {
  const live = useOnsiteInBrowser();

  it('runs a coding interview from clarifying questions to follow-ups and scores it with evidence', async () => {
    const { page } = live.session;
    const started = Date.now();

    // The bank's coding question offers both: alone in the editor, or as an interview.
    await page.goto(`${live.onsite.url}/questions/coding/pair-with-target-sum`);
    await page.getByRole('link', { name: 'Practise this' }).waitFor();
    await screenshot(page, 'interview-00-question');
    await page.getByRole('button', { name: 'Practise as an interview' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    await page.locator('.cm-content').waitFor();
    await page.getByLabel('Language').selectOption('python');

    // The interviewer opens in the clarify phase, with the round's 45 minutes running.
    await page.getByText(/Let us work on “Pair with a target sum”/).waitFor();
    expect(await page.locator('.phase-step-current').innerText()).toContain('Clarify');
    expect(await page.getByRole('timer').first().getAttribute('aria-label')).toMatch(
      /^4[45]:\d\d left$/,
    );
    await page.getByText(/left for clarify$/).waitFor();
    // The focus waits in the message box.
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('placeholder') ?? ''),
    ).toMatch(/^A question about the input/);
    // The statement is a tab away, without the hints (they are asked for).
    await page.getByRole('tab', { name: 'Problem' }).click();
    await page.getByText('Exactly two').first().waitFor();
    expect(await page.locator('.statement-hints').count()).toBe(0);
    await page.getByRole('tab', { name: 'Interviewer' }).click();
    await screenshot(page, 'interview-01-clarify');

    await say(page, 'Ask a clarifying question', 'Can the list be empty, and how long can it be?');

    await nextPhase(page, 'Approach');
    await say(
      page,
      'Your approach',
      'One pass with a hash map from value to index, looking up target minus x before storing x: O(n) time and O(n) space.',
    );
    await screenshot(page, 'interview-02-approach');

    // A wrong solution: Run shows the failing example with expected and actual, and the interviewer asks about it.
    await nextPhase(page, 'Code');
    await replaceCode(page, WRONG, 'return [0, 1]');
    await page.getByRole('button', { name: /^Run/ }).click();
    const verdict = page.locator('.run-verdict');
    await verdict
      .locator('.run-verdict-word')
      .filter({ hasText: 'Wrong Answer' })
      .waitFor({ timeout: 60_000 });
    const failing = page.locator('.test-row').filter({ hasText: 'Wrong Answer' }).first();
    await failing.getByText('Expected').waitFor();
    await failing.getByText('Your output').waitFor();
    const probe = page
      .locator('.turn-interviewer')
      .filter({ has: page.locator('.turn-purpose', { hasText: 'About your code' }) });
    await probe.first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'interview-03-wrong-answer-probe');

    // One hint from the ladder.
    await page.getByRole('button', { name: 'Hint (3 left)' }).click();
    await page.locator('.turn-is-hint').waitFor();
    await page.getByRole('button', { name: 'Hint (2 left)' }).waitFor();

    // The right solution: Accepted on every test, the round moves on to testing, and the growth is fitted.
    await replaceCode(page, SOLUTION, 'seen[x] = i');
    await page.getByRole('button', { name: /^Submit/ }).click();
    await page
      .getByText('Every test, hidden ones included.', { exact: true })
      .waitFor({ timeout: 90_000 });
    expect(await verdict.locator('.run-verdict-word').innerText()).toBe('Accepted');
    await page.locator('.phase-step-current').filter({ hasText: 'Test' }).waitFor();
    const fitted = page.getByTestId('growth-fitted');
    await fitted.waitFor({ timeout: 90_000 });
    expect(await fitted.innerText()).toMatch(/^(O\(n\)|inconclusive)/);
    await screenshot(page, 'interview-04-accepted');

    await say(
      page,
      'Your test cases',
      'Two elements only, the same value twice like [5, 5] with target 10, and negative values.',
    );

    // The follow-up is asked when that phase opens; the answer is heard.
    await nextPhase(page, 'Follow-ups');
    await page.getByText('What if the list were already sorted?').waitFor();
    await say(
      page,
      'Your answer',
      'With sorted input I would use two pointers from both ends, moving left or right by the sum: O(n) time and O(1) space.',
    );
    await screenshot(page, 'interview-05-follow-up');

    // Finish: the code on screen was submitted already, so the round is scored at once.
    await page.getByRole('button', { name: 'Finish round' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Finish and score' }).click();
    await page.waitForURL(/\/rounds\/[^/]+\/scorecard$/, { timeout: 60_000 });
    await page.getByRole('heading', { name: 'The round in numbers' }).waitFor();
    const facts = page.locator('.coding-facts').first();
    expect(await facts.innerText()).toContain('Accepted');
    expect(await facts.innerText()).toMatch(/Hints used\s*1/);
    expect(await facts.innerText()).toMatch(/Failed submissions\s*None/);
    expect(await page.locator('.coding-complexity').innerText()).toMatch(/You said\s*O\(n\)/);
    await page.getByRole('heading', { name: 'Edge cases' }).waitFor();
    await page.getByRole('heading', { name: 'Study: the optimal approach' }).waitFor();
    // Evidence: the candidate's own words, quoted under the rubric's dimensions.
    expect(await page.locator('.dimensions .quote').count()).toBeGreaterThan(0);
    const quote = page.locator('.dimensions .quote').first();
    await quote.click();
    await page.locator('.quote-mark').waitFor();
    expect(await page.locator('.answer-panel').innerText()).toContain('Approach');
    await screenshot(page, 'interview-06-scorecard');
    console.log(`desktop journey: ${Math.round((Date.now() - started) / 1000)} s`);

    expect(live.session.pageErrors).toEqual([]);
    expect(live.session.foreignRequests).toEqual([]);

    // The scorecard in the dark theme.
    const dark = await launchBrowser({ colorScheme: 'dark' });
    try {
      await dark.page.goto(page.url());
      await dark.page.getByRole('heading', { name: 'The round in numbers' }).waitFor();
      await screenshot(dark.page, 'interview-07-scorecard-dark');
      expect(dark.pageErrors).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  it('is usable on a phone in the dark theme: the interviewer and the editor are both within reach, nothing wider than the screen', async () => {
    const phone = await launchBrowser({
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
    });
    const { page } = phone;
    const started = Date.now();
    try {
      // Practice lists every coding problem with both ways in.
      await page.goto(`${live.onsite.url}/practice?kind=coding`);
      await page.getByRole('heading', { name: /Coding round/ }).waitFor();
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await screenshot(page, 'interview-phone-00-practice');
      await page
        .getByRole('button', { name: 'Practise as an interview: Pair with a target sum' })
        .click();
      await page.waitForURL(/\/rounds\/[^/]+$/);
      await page.locator('.cm-content').waitFor();
      await page.getByLabel('Language').selectOption('python');
      await page.getByText(/Let us work on/).waitFor();
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await screenshot(page, 'interview-phone-01-room');

      await say(page, 'Ask a clarifying question', 'Can the values be negative?');
      await nextPhase(page, 'Approach');
      await say(page, 'Your approach', 'A hash map of values seen so far: O(n) time, O(n) space.');
      await nextPhase(page, 'Code');
      // The page goes before it could tell the interviewer of a verdict (the call is dropped here):
      // reopened, the room tells it, and the probe appears; the round's code is still in the editor.
      await replaceCode(page, WRONG, 'return [0, 1]');
      const dropJudged = (route: Route) =>
        (route.request().postDataJSON() as { type?: string } | null)?.type === 'judged'
          ? route.abort()
          : route.continue();
      await page.route('**/api/rounds/*/coding', dropJudged);
      await page.getByRole('button', { name: /^Run/ }).click();
      await page
        .locator('.run-verdict-word')
        .filter({ hasText: 'Wrong Answer' })
        .waitFor({ timeout: 60_000 });
      const aboutCode = page
        .locator('.turn-interviewer')
        .filter({ has: page.locator('.turn-purpose', { hasText: 'About your code' }) });
      expect(await aboutCode.count()).toBe(0);
      await page.unroute('**/api/rounds/*/coding', dropJudged);
      await page.reload();
      await page.locator('.cm-content').waitFor();
      await expect.poll(() => page.locator('.cm-content').innerText()).toContain('return [0, 1]');
      await aboutCode.first().waitFor({ timeout: 30_000 });
      await replaceCode(page, SOLUTION, 'seen[x] = i');
      await page.getByRole('button', { name: /^Run/ }).click();
      await page
        .locator('.run-verdict-word')
        .filter({ hasText: 'Accepted' })
        .waitFor({ timeout: 60_000 });
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await screenshot(page, 'interview-phone-02-run');
      // The statement tab on a phone.
      await page.getByRole('tab', { name: 'Problem' }).click();
      await page.getByText('Exactly two').first().waitFor();
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await page.getByRole('tab', { name: 'Interviewer' }).click();

      // Finish with code never submitted: it is submitted first, judged, and that submit is scored.
      await page.getByRole('button', { name: 'Finish round' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Finish and score' }).click();
      await page.waitForURL(/\/scorecard$/, { timeout: 90_000 });
      await page.getByRole('heading', { name: 'The round in numbers' }).waitFor();
      expect(await page.locator('.coding-facts').first().innerText()).toMatch(
        /Final verdict\s*Accepted/,
      );
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await screenshot(page, 'interview-phone-03-scorecard');
      console.log(`phone journey: ${Math.round((Date.now() - started) / 1000)} s`);
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
