import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp } from '@onsite/server/testing';
import { buildWeb, hashWebInputs, type WebBuildLayout } from './build';
import { INPUTS_FILE } from './build-if-changed.js';

const silent = (): void => undefined;

/** The files of a folder (names and contents), to tell whether anything in it changed. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), readFileSync(file, 'utf8')];
      }),
  );

describe('buildWeb (real Vite, a tiny app)', () => {
  let root: string;
  let layout: WebBuildLayout;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'onsite-web-build-'));
    writeFileSync(
      path.join(root, 'index.html'),
      '<!doctype html><title>t</title><div id="root"></div><script type="module" src="/main.js"></script>',
    );
    writeFileSync(
      path.join(root, 'main.js'),
      'document.getElementById("root").textContent = "first";',
    );
    layout = { root, configFile: false, inputDirs: [root], inputFiles: [] };
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('builds once, then skips while the inputs are the same, and stores their hash beside the build', async () => {
    const first = await buildWeb({ layout, log: silent });
    expect(first.built).toBe(true);
    expect(readFileSync(path.join(root, 'dist', INPUTS_FILE), 'utf8').trim()).toBe(
      hashWebInputs(layout),
    );
    const second = await buildWeb({ layout, log: silent });
    expect(second).toMatchObject({ built: false, inputsHash: first.inputsHash });
    expect(path.resolve(root, readlinkSync(path.join(root, 'dist')))).toBe(first.dir);
    // --force builds anyway.
    expect((await buildWeb({ layout, log: silent, force: true })).built).toBe(true);
  });

  it('a changed input builds into a new folder, leaves the served one untouched, and switches dist by link; the server never misses a file', async () => {
    const first = await buildWeb({ layout, log: silent });
    const servedBefore = snapshot(first.dir);
    const asset =
      /src="(\/assets\/[^"]+\.js)"/.exec(
        readFileSync(path.join(root, 'dist', 'index.html'), 'utf8'),
      )?.[1] ?? '';
    expect(asset).not.toBe('');

    writeFileSync(
      path.join(root, 'main.js'),
      'document.getElementById("root").textContent = "second";',
    );
    const { app } = createTestApp({ webDir: path.join(root, 'dist') });
    const statuses: number[] = [];
    const building = { done: false };
    const poll = (async () => {
      while (!building.done) {
        // Every request is for a file of the build being served before or after: each must be there.
        const page = await app.request('http://127.0.0.1/');
        statuses.push(page.status);
        const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1] ?? '/missing.js';
        statuses.push((await app.request(`http://127.0.0.1${script}`)).status);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const second = await buildWeb({ layout, log: silent });
    building.done = true;
    await poll;

    expect(second.built).toBe(true);
    expect(second.dir).not.toBe(first.dir);
    expect(lstatSync(path.join(root, 'dist')).isSymbolicLink()).toBe(true);
    expect(path.resolve(root, readlinkSync(path.join(root, 'dist')))).toBe(second.dir);
    expect(snapshot(first.dir)).toEqual(servedBefore);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).not.toContain(asset);
  });
});
