/**
 * Export and import through the web app: everything downloaded from one install (Settings →
 * Download everything) and imported into a fresh one (Import a file) shows the same history and
 * the same scorecard there; a file that is not an export is refused with the reason.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '@onsite/server/api';
import {
  launchBrowser,
  screenshot,
  startOnsite,
  type BrowserSession,
  type RunningOnsite,
} from './harness';

const ANSWER =
  'Our nightly billing export kept failing on the last day of the month, and I owned it. ' +
  'I found that a query scanned every invoice, added an index on the billing period, and split the job by customer. ' +
  'It has finished in under ten minutes every night since, down from two hours.';

const post = async (url: string, body: unknown): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('moving all your data to another install in the browser', () => {
  let from: RunningOnsite;
  let to: RunningOnsite;
  let browser: BrowserSession;
  let roundId = '';

  beforeAll(async () => {
    [from, to] = await Promise.all([startOnsite(), startOnsite()]);
    browser = await launchBrowser();
    const created = await post(`${from.url}/api/sessions`, {
      questionId: 'behavioral/hardest-bug',
    });
    roundId = ((await created.json()) as SessionResponse).session.rounds[0]?.id ?? '';
    await post(`${from.url}/api/rounds/${roundId}/answer`, { text: ANSWER });
    await post(`${from.url}/api/rounds/${roundId}/finish`, {});
    await post(`${from.url}/api/stories`, { title: 'Billing export', action: 'I added an index.' });
  });
  afterAll(async () => {
    await browser.close();
    await Promise.all([from.close(), to.close()]);
  });

  const mainText = async (url: string): Promise<string> => {
    const { page } = browser;
    await page.goto(url);
    const main = page.locator('#main');
    await main.getByRole('heading').first().waitFor();
    // Every query answered (History's question menu loads the bank after the rounds).
    await page.waitForLoadState('networkidle');
    // Relative times ("2 minutes ago") may tick between the two reads; everything else must match.
    return (await main.innerText()).replace(/\d+ (second|minute)s? ago|just now/gu, 'recently');
  };

  it('downloads everything from one install, imports it into a fresh one, and the pages read the same', async () => {
    const { page } = browser;
    await page.goto(`${from.url}/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download everything' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^onsite-export-\d{4}-\d{2}-\d{2}\.json$/u);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'onsite-export-')), 'export.json');
    await download.saveAs(file);

    await page.goto(`${to.url}/settings`);
    await page.getByLabel('Export file to import').setInputFiles(file);
    // exact: the toast's live region repeats the text for screen readers.
    await page.getByText('1 session, 1 story and 0 submissions added.', { exact: true }).waitFor();
    await screenshot(page, 'transfer-01-imported');

    expect(await mainText(`${to.url}/history`)).toBe(await mainText(`${from.url}/history`));
    expect(await mainText(`${to.url}/rounds/${roundId}/scorecard`)).toBe(
      await mainText(`${from.url}/rounds/${roundId}/scorecard`),
    );

    // The imported session downloads as a Markdown report from its scorecard.
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download report' }).click(),
    ]);
    expect(report.suggestedFilename()).toMatch(/\.md$/u);
    const reportFile = path.join(path.dirname(file), 'report.md');
    await report.saveAs(reportFile);
    expect(readFileSync(reportFile, 'utf8')).toContain(`> ${ANSWER.slice(0, 60)}`);
  });

  it('refuses a file that is not an export, saying why', async () => {
    const { page } = browser;
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'onsite-export-')), 'notes.json');
    writeFileSync(file, JSON.stringify({ notes: ['not an export'] }));
    await page.goto(`${to.url}/settings`);
    await page.getByLabel('Export file to import').setInputFiles(file);
    await page.getByText('Nothing was imported', { exact: true }).waitFor();
    await expect.poll(() => page.getByText(/not an Onsite export/u).count()).toBeGreaterThan(0);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
