/**
 * Another web page the user visits must not change or read their local Onsite: a page
 * served from another port of 127.0.0.1 tries every request a browser lets it send
 * without asking (fetch in no-cors mode, form posts) and one it must ask for (JSON with
 * CORS), and a page under a name that resolves to 127.0.0.1 (DNS rebinding) tries to read.
 * Real Chromium, real server, real SQLite.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request, Response as PageResponse } from 'playwright-core';
import { loadConfig, startServer, type RunningServer } from '@onsite/server';
import { launchBrowser, type BrowserSession } from './harness';

const STORY = { title: 'Planted by another site', action: 'This story must never be saved.' };

const attackerPage = (onsite: string): string => `<!doctype html><title>attacker</title>
<iframe name="sink"></iframe>
<form id="plain" method="POST" action="${onsite}/api/sessions" enctype="text/plain" target="sink">
  <input name='{"questionId":"behavioral/hardest-bug","padding":"' value='"}'>
</form>
<form id="urlencoded" method="POST" action="${onsite}/api/stories" target="sink">
  <input name="title" value="Planted by another site"><input name="action" value="form">
</form>
<script>
  const story = ${JSON.stringify(JSON.stringify(STORY))};
  const attempts = [
    fetch('${onsite}/api/stories', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: story }),
    fetch('${onsite}/api/sessions', { method: 'POST', mode: 'no-cors', body: new Blob(['{"questionId":"behavioral/hardest-bug"}']) }),
    fetch('${onsite}/api/stories', { method: 'POST', headers: { 'content-type': 'application/json' }, body: story }),
  ].map((attempt) => attempt.then(() => 'sent', (error) => 'blocked: ' + error.message));
  const submitted = (id) => new Promise((resolve) => {
    document.querySelector('iframe').addEventListener('load', () => resolve(id), { once: true });
    document.getElementById(id).submit();
  });
  Promise.all(attempts)
    .then(() => submitted('plain'))
    .then(() => submitted('urlencoded'))
    .then(() => { window.attacksDone = true; });
</script>`;

describe('another site in the same browser', () => {
  let onsite: RunningServer;
  let attacker: Server;
  let attackerUrl: string;
  let browser: BrowserSession;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'onsite-cross-site-'));
    // A stand-in for the built web app: this test is about the API, not the React app.
    await writeFile(
      path.join(dataDir, 'index.html'),
      '<!doctype html><title>Onsite</title><p>Onsite</p>',
    );
    onsite = await startServer(
      loadConfig(
        {
          PORT: '0',
          HOST: '127.0.0.1',
          ONSITE_DATA_DIR: dataDir,
          ONSITE_WEB_DIR: dataDir,
          LOG_LEVEL: 'warn',
        },
        dataDir,
      ),
    );
    attacker = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end(attackerPage(onsite.url));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    browser = await launchBrowser({
      extraArgs: ['--host-resolver-rules=MAP attacker.example 127.0.0.1'],
    });
  });

  afterAll(async () => {
    await browser.close();
    await new Promise((resolve) => attacker.close(resolve));
    await onsite.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const countOf = async (collection: 'stories' | 'sessions'): Promise<number> => {
    const body = (await (await fetch(`${onsite.url}/api/${collection}`)).json()) as Record<
      string,
      unknown[]
    >;
    return body[collection]?.length ?? -1;
  };

  it('a page on another port of 127.0.0.1 creates nothing with fetch or form posts', async () => {
    const { page } = browser;
    const sent: string[] = [];
    const answered: { url: string; status: number }[] = [];
    const isPostToOnsite = (url: string, method: string): boolean =>
      url.startsWith(onsite.url) && method === 'POST';
    const recordSent = (request: Request): void => {
      if (isPostToOnsite(request.url(), request.method())) sent.push(request.url());
    };
    // Playwright reports the responses of navigations (the forms), not of no-cors fetches: those are opaque.
    const recordAnswered = (response: PageResponse): void => {
      if (isPostToOnsite(response.url(), response.request().method()))
        answered.push({ url: response.url(), status: response.status() });
    };
    page.on('request', recordSent);
    page.on('response', recordAnswered);
    await page.goto(attackerUrl);
    await page.waitForFunction(() => 'attacksDone' in window, undefined, { timeout: 60_000 });
    page.off('request', recordSent);
    page.off('response', recordAnswered);

    // The four requests a browser sends without asking left the page; the JSON one is held
    // back by its CORS preflight, which the server does not consent to.
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(answered).toHaveLength(2);
    expect(answered.map((post) => post.status)).toEqual([403, 403]);
    expect(await countOf('stories')).toBe(0);
    expect(await countOf('sessions')).toBe(0);
  });

  it('a page under another name that resolves to 127.0.0.1 (DNS rebinding) is answered 421 and reads nothing', async () => {
    const { page } = browser;
    const port = new URL(onsite.url).port;
    const rebound = await page.goto(`http://attacker.example:${port}/api/sessions`);
    expect(rebound?.status()).toBe(421);
    expect(await rebound?.text()).toContain('ONSITE_ALLOWED_HOSTS');
    // Same origin from the rebound page's point of view, so no CORS stands in the way: only the Host check.
    const readAndWrite = await page.evaluate(async () => {
      const read = await fetch('/api/stories');
      const write = await fetch('/api/stories', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"title":"x","action":"y"}',
      });
      return [read.status, write.status, await read.text()];
    });
    expect(readAndWrite.slice(0, 2)).toEqual([421, 421]);
    expect(readAndWrite[2]).not.toContain('"stories"');
    expect(await countOf('stories')).toBe(0);
  });

  it('the server’s own pages still create things', async () => {
    const { page } = browser;
    await page.goto(onsite.url);
    const status = await page.evaluate(async (story) => {
      const response = await fetch('/api/stories', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(story),
      });
      return response.status;
    }, STORY);
    expect(status).toBe(201);
    expect(await countOf('stories')).toBe(1);
  });
});
