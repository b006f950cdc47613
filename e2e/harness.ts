/**
 * Starts the real Onsite server (the composition root, real SQLite in a temp
 * directory, the built web app) on 127.0.0.1, and Debian's Chromium through
 * playwright-core. Every request the page makes is recorded so a journey can
 * assert that nothing left the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, startServer } from '@onsite/server';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const ARTIFACTS_DIR = path.join(repoRoot, 'e2e', 'artifacts');

export interface RunningOnsite {
  readonly url: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

export const startOnsite = async (): Promise<RunningOnsite> => {
  // To debug a journey against a server you already run (e.g. `npm run dev`), set ONSITE_E2E_URL.
  const existing = process.env.ONSITE_E2E_URL;
  if (existing !== undefined && existing !== '')
    return { url: existing, dataDir: '', close: () => Promise.resolve() };
  const webDir = path.join(repoRoot, 'packages', 'web', 'dist');
  if (!existsSync(path.join(webDir, 'index.html'))) {
    throw new Error(
      'packages/web/dist is missing: run `npm run build:web` first (npm run test:e2e does it for you).',
    );
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'onsite-e2e-'));
  const config = loadConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      ONSITE_DATA_DIR: dataDir,
      ONSITE_WEB_DIR: webDir,
      LOG_LEVEL: 'warn',
    },
    repoRoot,
  );
  const server = await startServer(config);
  return {
    url: server.url,
    dataDir,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

const findChromium = (): string => {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error(
      "Chromium was not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
};

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL requested that was not on 127.0.0.1 (data: and blob: are local by nature). */
  readonly foreignRequests: string[];
  /** Uncaught page errors and console errors. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export const launchBrowser = async (
  options: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    extraArgs?: readonly string[];
  } = {},
): Promise<BrowserSession> => {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.extraArgs ?? []),
    ],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      (url.protocol === 'http:' ||
        url.protocol === 'https:' ||
        url.protocol === 'ws:' ||
        url.protocol === 'wss:') &&
      url.hostname !== '127.0.0.1'
    ) {
      foreignRequests.push(request.url());
    }
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    browser,
    context,
    page,
    foreignRequests,
    pageErrors,
    close: () => browser.close(),
  };
};

/** Saves a full-page screenshot to e2e/artifacts/<name>.png, to be looked at. */
export const screenshot = async (page: Page, name: string): Promise<void> => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  // From the top, so sticky bars sit where a person would see them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
};

/**
 * For a journey's describe block: starts Onsite and a browser before its tests
 * and closes both after. Read `onsite` and `session` inside the tests (they
 * exist once beforeAll has run).
 */
export const useOnsiteInBrowser = (): {
  readonly onsite: RunningOnsite;
  readonly session: BrowserSession;
} => {
  let onsite: RunningOnsite | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    onsite = await startOnsite();
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await onsite?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('useOnsiteInBrowser: read onsite and session inside a test, after beforeAll');
    return value;
  };
  return {
    get onsite() {
      return started(onsite);
    },
    get session() {
      return started(session);
    },
  };
};
