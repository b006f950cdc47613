/**
 * A full disk in the middle of a round: the data directory sits on a small tmpfs that is then
 * filled to the last byte. The answer is refused with the server's words ("the disk is full;
 * your draft is kept in this browser"), the text survives a reload, and once space is freed
 * the same answer goes through. Mounting needs root (CI runs as root); elsewhere it is skipped.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '@onsite/server';
import type { SessionResponse } from '@onsite/server/api';
import { launchBrowser, type BrowserSession } from './harness';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const ANSWER =
  'Last spring our checkout service was timing out for 3% of orders, and I owned its payment client. ' +
  'I traced the failures to a slow fraud check, moved it before the transaction, and rolled the change out behind a flag. ' +
  'Errors fell from 3% to 0.2% over the next two weeks.';

/** Writes zeros until the file system says it is full. */
const fillDisk = (file: string): void => {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if (!(
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      error.code === 'ENOSPC'
    ))
      throw error;
  } finally {
    closeSync(fd);
  }
};

describe('a full disk during a round', () => {
  const mountPoint = mkdtempSync(path.join(tmpdir(), 'onsite-full-disk-'));
  const filler = path.join(mountPoint, 'filler');
  let mounted = false;
  let onsite: RunningServer | undefined;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], {
        stdio: 'ignore',
      });
      mounted = true;
    } catch {
      return; // not root: the test skips itself
    }
    const dataDir = path.join(mountPoint, 'data');
    mkdirSync(dataDir);
    const webDir = path.join(repoRoot, 'packages', 'web', 'dist');
    if (!existsSync(path.join(webDir, 'index.html')))
      throw new Error('packages/web/dist is missing: run `npm run build:web` first.');
    onsite = await startServer(
      loadConfig(
        {
          PORT: '0',
          HOST: '127.0.0.1',
          ONSITE_DATA_DIR: dataDir,
          ONSITE_WEB_DIR: webDir,
          LOG_LEVEL: 'silent',
        },
        repoRoot,
      ),
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(filler, { force: true });
    await onsite?.close();
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('refuses the answer saying the disk is full, keeps the text across a reload, and takes it once there is space', async (context) => {
    if (!mounted || onsite === undefined || browser === undefined) {
      context.skip('mounting a small tmpfs needs root');
      return;
    }
    const { page } = browser;
    const created = await fetch(`${onsite.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ questionId: 'behavioral/hardest-bug' }),
    });
    expect(created.status).toBe(201);
    const roundId = ((await created.json()) as SessionResponse).session.rounds[0]?.id ?? '';

    await page.goto(`${onsite.url}/rounds/${roundId}`);
    const editor = page.locator('textarea.star-input');
    await editor.waitFor();
    fillDisk(filler);

    await editor.fill(ANSWER);
    const refused = page.waitForResponse((response) => response.url().endsWith('/answer'));
    await editor.focus();
    await page.keyboard.press('Control+Enter');
    expect((await refused).status()).toBe(507);
    await page.getByText('The disk is full', { exact: false }).first().waitFor();
    await page.getByText('your draft is kept in this browser', { exact: false }).first().waitFor();
    expect(await editor.inputValue()).toBe(ANSWER);

    await page.reload();
    await editor.waitFor();
    expect(await editor.inputValue()).toBe(ANSWER);

    rmSync(filler);
    const accepted = page.waitForResponse((response) => response.url().endsWith('/answer'));
    await editor.focus();
    await page.keyboard.press('Control+Enter');
    expect((await accepted).status()).toBe(200);
  });
});
