/**
 * Time from `npm start` to "Onsite is running", side by side:
 * - rebuild: what every start did before packages/web/build.ts skipped an unchanged web app
 *   (a full Vite build, then the server);
 * - restart: `npm start` again with nothing changed (target: ready in ≤ 3 s on an idle machine).
 * Each start gets a fresh data directory and port 0; the two are measured in turn, ROUNDS times,
 * and the medians are printed with their ratio.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = 3;
const READY_TIMEOUT_MS = 180_000;

const START = 'node --import tsx packages/web/build.ts && node packages/cli/bin/onsite.js serve';
const REBUILD_THEN_START =
  'node --import tsx packages/web/build.ts --force && node packages/cli/bin/onsite.js serve';

/** Runs the command in its own process group and resolves with the seconds until the server said it runs. */
const secondsToReady = async (command: string): Promise<number> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-bench-start-'));
  const started = performance.now();
  const child = spawn('sh', ['-c', command], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ONSITE_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`not ready after ${READY_TIMEOUT_MS / 1000} s:\n${output}`)),
        READY_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (output.includes('Onsite is running at')) {
          clearTimeout(timer);
          resolve((performance.now() - started) / 1000);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('close', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited (${String(code)}) before it was ready:\n${output}`));
      });
    });
  } finally {
    const exited = new Promise((resolve) => child.once('close', resolve));
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** Seconds the web check alone takes when nothing changed (the rest of a restart is the server's own start). */
const secondsToCheck = async (): Promise<number> => {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('sh', ['-c', 'node --import tsx packages/web/build.ts'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`the web check exited ${String(code)}`)),
    );
  });
  return (performance.now() - started) / 1000;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const rebuilds: number[] = [];
const restarts: number[] = [];
const checks: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  rebuilds.push(await secondsToReady(REBUILD_THEN_START));
  // The rebuild above left a build of the current inputs: this is a second start with nothing changed.
  restarts.push(await secondsToReady(START));
  checks.push(await secondsToCheck());
  console.log(
    `round ${round + 1}: rebuild then start ${rebuilds.at(-1)?.toFixed(1)} s, restart ${restarts.at(-1)?.toFixed(1)} s`,
  );
}
const rebuild = median(rebuilds);
const restart = median(restarts);
console.log(`\nTime to ready (median of ${ROUNDS}):`);
console.log(`  start with a web build (before): ${rebuild.toFixed(1)} s`);
console.log(
  `  restart, web app unchanged:       ${restart.toFixed(1)} s  (target ≤ 3 s on an idle machine)`,
);
console.log(
  `  restart is ${(rebuild / restart).toFixed(1)}× faster; of it, the web check takes ${median(checks).toFixed(1)} s and the server's own start the rest`,
);
