import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, useOnsiteInBrowser } from './harness';

// A single pass with a map from value to position: accepted on every test.
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

describe('a coding practice room in the browser', () => {
  const live = useOnsiteInBrowser();

  it('opens a coding question from the bank, runs the examples and gets Accepted on submit, keeping the code across a reload', async () => {
    const { page } = live.session;

    await page.goto(`${live.onsite.url}/questions?kind=coding`);
    await page
      .getByRole('link', { name: /Pair with a target sum/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Practise this' }).click();
    await page.waitForURL(/\/code\/coding\/pair-with-target-sum$/);

    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await page.getByLabel('Language').selectOption('python');
    // The question's own Python starter code fills the editor.
    await expect.poll(() => editor.innerText()).toContain('def pairWithTargetSum(nums, target):');
    await page.getByRole('tab', { name: 'Testcases' }).waitFor();
    // CodeMirror's own styles apply despite the server's CSP: the line numbers sit beside the code.
    expect(
      await page.locator('.cm-gutters').evaluate((element) => getComputedStyle(element).display),
    ).toBe('flex');
    await screenshot(page, 'code-01-room');

    // Replace the starter code from the keyboard. insertText enters the text as typed input without
    // the editor's auto-indent doubling the indentation that Enter would add.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(SOLUTION);
    await expect.poll(() => editor.innerText()).toContain('seen[x] = i');

    // Nothing typed is lost on a reload.
    await page.reload();
    await editor.waitFor();
    await expect.poll(() => editor.innerText()).toContain('seen[x] = i');

    // Run: the examples, each with input, expected and actual output.
    await page.getByRole('button', { name: /^Run/ }).click();
    const verdict = page.locator('.run-verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.locator('.run-verdict-word').innerText()).toBe('Accepted');
    expect(await verdict.locator('.run-verdict-count').innerText()).toBe('3 / 3 passed');
    expect(await page.locator('.test-row').count()).toBe(3);
    const firstTest = page.locator('.test-row').first();
    await firstTest.getByText('Your output').waitFor();
    expect(await firstTest.locator('dd').first().innerText()).toBe(
      'nums = [3,8,11,5], target = 16',
    );
    await screenshot(page, 'code-02-run');

    // Submit with the keyboard shortcut: every test, hidden ones included.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByText('Every test, hidden ones included.').waitFor({ timeout: 90_000 });
    expect(await verdict.locator('.run-verdict-word').innerText()).toBe('Accepted');
    const total = Number(
      (await verdict.locator('.run-verdict-count').innerText()).match(/\/ (\d+) passed/)?.[1],
    );
    expect(total).toBeGreaterThan(3);
    expect(await verdict.locator('.run-verdict-count').innerText()).toBe(
      `${total} / ${total} passed`,
    );
    expect(await page.locator('.test-row').count()).toBe(total);
    // The Enter shortcut submitted rather than adding a line to the solution.
    expect(await editor.innerText()).not.toMatch(/seen\[x\] = i\n\n\n/);
    await screenshot(page, 'code-03-accepted');

    // A wrong solution: hidden failing tests show their index and verdict, never their data.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('def pairWithTargetSum(nums, target):\n    return [0, 1]\n');
    await page.getByRole('button', { name: /^Submit/ }).click();
    await verdict
      .locator('.run-verdict-word')
      .filter({ hasText: 'Wrong Answer' })
      .waitFor({ timeout: 90_000 });
    const hidden = page
      .locator('.test-row')
      .filter({ hasText: '(hidden)' })
      .filter({ hasText: 'Wrong Answer' })
      .first();
    await hidden.waitFor();
    expect(await hidden.locator('dl').count()).toBe(0);
    await screenshot(page, 'code-04-wrong-answer');

    // A weak sandbox is announced on the page (this machine has namespaces, so the answer is stubbed).
    const warning = 'Code runs WITHOUT namespace isolation: test warning.';
    await page.route('**/api/health', (route) =>
      route.fulfill({
        json: { ok: true, version: 'test', judge: { isolation: 'rlimits', warning } },
      }),
    );
    await page.reload();
    await page.getByRole('alert').filter({ hasText: warning }).waitFor();
    await screenshot(page, 'code-05-isolation-warning');
    await page.unroute('**/api/health');

    expect(live.session.pageErrors).toEqual([]);
    expect(live.session.foreignRequests).toEqual([]);
  });
  it('runs a case of the candidate’s own, reports how an accepted solution grows, and restores a past submission after a reload', async () => {
    const { page } = live.session;
    await page.goto(`${live.onsite.url}/code/coding/pair-with-target-sum`);
    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await page.getByLabel('Language').selectOption('python');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(SOLUTION);
    await expect.poll(() => editor.innerText()).toContain('seen[x] = i');

    // One field per parameter, checked as JSON while typing.
    await page.getByRole('tab', { name: 'Testcases' }).click();
    const nums = page.getByRole('textbox', { name: /^nums/ });
    await nums.fill('[3, 8, 11');
    await page.getByText(/^Not valid JSON/).waitFor();
    expect(await nums.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'code-06-case-invalid');
    // Bad JSON is never sent: Run points at the case instead.
    await page.getByRole('button', { name: /^Run/ }).click();
    await page.getByRole('alert').filter({ hasText: 'Fix case 1 before running' }).waitFor();
    await nums.fill('[3,8,11,5]');
    expect(await nums.getAttribute('aria-invalid')).toBe('false');
    // The notice follows the cases: fixed, it goes.
    expect(await page.getByText('Fix case 1 before running').count()).toBe(0);

    // A case of one's own: a copy of the one in view, then changed.
    await page.getByRole('button', { name: '+ Add case' }).click();
    await page.getByRole('tab', { name: /Case 4/ }).waitFor();
    await page.getByRole('textbox', { name: /^nums/ }).fill('[2, 7, 11, 15]');
    await page.getByRole('textbox', { name: /^target/ }).fill('9');
    await page.getByRole('tab', { name: 'Case 4 (your input)' }).waitFor();
    await screenshot(page, 'code-07-custom-case');

    // The cases survive a reload.
    await page.reload();
    await editor.waitFor();
    await page.getByRole('tab', { name: 'Case 4 (your input)' }).waitFor();

    await page.getByRole('button', { name: /^Run/ }).click();
    const verdict = page.locator('.run-verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.locator('.run-verdict-count').innerText()).toBe('3 / 3 passed');
    // The candidate's own case has no expected answer, so it "ran" rather than "passed".
    expect(await page.locator('.code-progress').innerText()).toBe(
      '3 / 3 passed · 1 case of yours ran',
    );
    const custom = page.locator('.test-row').filter({ hasText: 'Case 4 · your input' });
    await custom.waitFor();
    expect(await custom.locator('dd').first().innerText()).toBe('nums = [2,7,11,15], target = 9');
    expect(await custom.locator('dt').allInnerTexts()).toEqual(['Input', 'Your output']);
    expect(await custom.locator('dd').nth(1).innerText()).toBe('[0,1]');
    await screenshot(page, 'code-08-custom-run');

    // An accepted submit is measured at growing sizes, and the fitted class is shown next to the expected one.
    await page.getByRole('button', { name: /^Submit/ }).click();
    await page.getByText('Every test, hidden ones included.').waitFor({ timeout: 90_000 });
    expect(await verdict.locator('.run-verdict-word').innerText()).toBe('Accepted');
    const growth = page.locator('.growth');
    await growth.waitFor();
    // The measurement takes a few seconds; it is usually still going when the verdict lands.
    if (await growth.locator('.growth-measuring').isVisible())
      await screenshot(page, 'code-09a-measuring');
    const fitted = growth.getByTestId('growth-fitted');
    await fitted.waitFor({ timeout: 150_000 });
    // A class, or "inconclusive" when the times do not separate the classes; never a wrong one.
    expect(await fitted.innerText()).toMatch(/^(O\(n\)|inconclusive)/);
    expect(await growth.locator('.growth-class-value').nth(1).innerText()).toBe('O(n)');
    expect(await growth.locator('.growth-table tbody tr').count()).toBeGreaterThanOrEqual(3);
    await growth.locator('.growth-chart canvas').waitFor();
    await growth.scrollIntoViewIfNeeded();
    await screenshot(page, 'code-09-growth');
    const fittedText = await fitted.innerText();

    // Something else in the editor, then a reload: the submission is in the history, with its code.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('# trying another idea\n');
    await page.reload();
    await editor.waitFor();
    await page.getByRole('tab', { name: 'Submissions' }).click();
    const newest = page.locator('.subs-table tbody tr').first();
    await newest.waitFor();
    expect(await newest.locator('.subs-verdict').innerText()).toBe('Accepted');
    expect(await newest.locator('td').nth(1).innerText()).toBe('Python 3');
    expect(await newest.locator('td').nth(5).innerText()).toBe(fittedText);
    await screenshot(page, 'code-10-submissions');

    await newest.getByRole('button').click();
    await page.getByRole('heading', { name: 'Submission in Python 3' }).waitFor();
    await page.locator('.growth').getByTestId('growth-fitted').waitFor();
    await page.getByRole('button', { name: 'Restore this code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore this code?' });
    await dialog.waitFor();
    await screenshot(page, 'code-11-restore-confirm');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => editor.innerText()).toContain('seen[x] = i');
    await screenshot(page, 'code-12-restored');
    // What was in the editor is one click away.
    await page.getByRole('button', { name: 'Undo restore' }).click();
    await expect.poll(() => editor.innerText()).toContain('# trying another idea');
    await page.getByRole('button', { name: 'Restore this code' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => editor.innerText()).toContain('seen[x] = i');

    expect(live.session.pageErrors).toEqual([]);
    expect(live.session.foreignRequests).toEqual([]);

    // The history and the growth report in the dark theme.
    const dark = await launchBrowser({ colorScheme: 'dark' });
    try {
      await dark.page.goto(`${live.onsite.url}/code/coding/pair-with-target-sum`);
      await dark.page.getByRole('tab', { name: 'Submissions' }).click();
      await dark.page.locator('.subs-table tbody tr').first().waitFor();
      await screenshot(dark.page, 'code-13-submissions-dark');
      // The editor follows the dark theme too: the page's surface colour, not CodeMirror's default white.
      const editorBackground = await dark.page
        .locator('.cm-editor')
        .evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(editorBackground).toBe('rgb(24, 24, 31)'); // --surface in the dark palette
      await dark.page.locator('.subs-table tbody tr').first().getByRole('button').click();
      const darkGrowth = dark.page.locator('.growth');
      await darkGrowth.locator('.growth-chart canvas').waitFor();
      await darkGrowth.scrollIntoViewIfNeeded();
      await screenshot(dark.page, 'code-14-growth-dark');
      expect(dark.pageErrors).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
