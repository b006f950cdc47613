import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startOnsite, type BrowserSession, type RunningOnsite } from './harness';

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
  let onsite: RunningOnsite;
  let session: BrowserSession;

  beforeAll(async () => {
    onsite = await startOnsite();
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session.close();
    await onsite.close();
  });

  it('opens a coding question from the bank, runs the examples and gets Accepted on submit, keeping the code across a reload', async () => {
    const { page } = session;

    await page.goto(`${onsite.url}/questions?kind=coding`);
    await page.getByRole('link', { name: /Pair with a target sum/ }).first().click();
    await page.getByRole('link', { name: 'Practise this' }).click();
    await page.waitForURL(/\/code\/coding\/pair-with-target-sum$/);

    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await page.getByLabel('Language').selectOption('python');
    // The question's own Python starter code fills the editor.
    await expect.poll(() => editor.innerText()).toContain('def pairWithTargetSum(nums, target):');
    await page.getByRole('tab', { name: 'Testcases' }).waitFor();
    // CodeMirror's own styles apply despite the server's CSP: the line numbers sit beside the code.
    expect(await page.locator('.cm-gutters').evaluate((element) => getComputedStyle(element).display)).toBe('flex');
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
    expect(await firstTest.locator('dd').first().innerText()).toBe('nums = [3,8,11,5], target = 16');
    await screenshot(page, 'code-02-run');

    // Submit with the keyboard shortcut: every test, hidden ones included.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByText('Every test, hidden ones included.').waitFor({ timeout: 90_000 });
    expect(await verdict.locator('.run-verdict-word').innerText()).toBe('Accepted');
    const total = Number((await verdict.locator('.run-verdict-count').innerText()).match(/\/ (\d+) passed/)?.[1]);
    expect(total).toBeGreaterThan(3);
    expect(await verdict.locator('.run-verdict-count').innerText()).toBe(`${total} / ${total} passed`);
    expect(await page.locator('.test-row').count()).toBe(total);
    // The Enter shortcut submitted rather than adding a line to the solution.
    expect(await editor.innerText()).not.toMatch(/seen\[x\] = i\n\n\n/);
    await screenshot(page, 'code-03-accepted');

    // A wrong solution: hidden failing tests show their index and verdict, never their data.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('def pairWithTargetSum(nums, target):\n    return [0, 1]\n');
    await page.getByRole('button', { name: /^Submit/ }).click();
    await verdict.locator('.run-verdict-word').filter({ hasText: 'Wrong Answer' }).waitFor({ timeout: 90_000 });
    const hidden = page.locator('.test-row').filter({ hasText: '(hidden)' }).filter({ hasText: 'Wrong Answer' }).first();
    await hidden.waitFor();
    expect(await hidden.locator('dl').count()).toBe(0);
    await screenshot(page, 'code-04-wrong-answer');

    // A weak sandbox is announced on the page (this machine has namespaces, so the answer is stubbed).
    const warning = 'Code runs WITHOUT namespace isolation: test warning.';
    await page.route('**/api/health', (route) =>
      route.fulfill({ json: { ok: true, version: 'test', judge: { isolation: 'rlimits', warning } } }),
    );
    await page.reload();
    await page.getByRole('alert').filter({ hasText: warning }).waitFor();
    await screenshot(page, 'code-05-isolation-warning');
    await page.unroute('**/api/health');

    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
