/**
 * Start-up, side by side, measured in this run:
 *
 * 1. `onsite` calls: time from spawning the command to its first byte on stdout, for
 *    `onsite --version` and `onsite evaluate` (a behavioral answer, to a free-form --prompt and to
 *    a bank --question, which reads that one question's file), run from source by tsx
 *    (what every call did before packages/cli/build.js) and from the build of the current
 *    sources (what packages/cli/bin/onsite.js runs now), beside Node alone printing one byte.
 *    Target: the first byte of a built call in under 300 ms on an idle machine.
 * 2. `npm start` to "Onsite is running":
 *    - rebuild: a full Vite build of the web app, then the server (every start before
 *      packages/web/build.ts skipped an unchanged web app);
 *    - restart before: nothing changed, the web check and the server run by tsx;
 *    - restart now: nothing changed, `npm start` as it is (the web check in plain JavaScript,
 *      the server from the CLI's build). Target: ready in ≤ 3 s on an idle machine.
 * STARTUP_PARTS=cli runs part 1 alone (part 2 rebuilds the web app three times).
 * Each start gets a fresh data directory and port 0. Every figure is a median of rounds that
 * take turns, so a busy moment of the machine slows each side alike; Node alone shows how
 * busy it was.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI_ROUNDS = 7;
const START_ROUNDS = 3;
const READY_TIMEOUT_MS = 180_000;

const START = 'node packages/web/build-if-changed.js && node packages/cli/bin/onsite.js serve';
const START_BEFORE =
  'node --import tsx packages/web/build.ts && ONSITE_FROM_SOURCE=1 node packages/cli/bin/onsite.js serve';
const REBUILD_THEN_START =
  'node packages/web/build-if-changed.js --force && node packages/cli/bin/onsite.js serve';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Runs `sh -c command` in its own process group; resolves with the ms until `isDone(output)`, then stops it. */
const msUntil = async (
  command: string,
  isDone: (output: string) => boolean,
  env: Record<string, string> = {},
): Promise<number> => {
  const started = performance.now();
  const child = spawn('sh', ['-c', command], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`not done after ${READY_TIMEOUT_MS / 1000} s:\n${output}${errors}`)),
        READY_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (isDone(output)) {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.on('close', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited (${String(code)}) first:\n${output}${errors}`));
      });
    });
  } finally {
    const exited = new Promise((resolve) => child.once('close', resolve));
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
};

const firstByte = (output: string): boolean => output.length > 0;

// --- 1. onsite calls ------------------------------------------------------------------------

const scratch = mkdtempSync(path.join(tmpdir(), 'onsite-bench-start-'));
const answerFile = path.join(scratch, 'answer.txt');
writeFileSync(
  answerFile,
  'Our checkout timed out for 3% of orders and I owned the payment client. I traced the timeouts to ' +
    'retries exhausting the pool, capped them with backoff behind a flag, and errors fell to 0.2%.',
);
const EVALUATE = `evaluate --kind behavioral --prompt 'Tell me about a hard bug' --answer-file ${answerFile}`;
const EVALUATE_QUESTION = `evaluate --kind behavioral --question behavioral/hardest-bug --answer-file ${answerFile}`;
const cli = {
  node: `node -e "process.stdout.write('.')"`,
  versionSource: 'ONSITE_FROM_SOURCE=1 node packages/cli/bin/onsite.js --version',
  versionBuilt: 'node packages/cli/bin/onsite.js --version',
  evaluateSource: `ONSITE_FROM_SOURCE=1 node packages/cli/bin/onsite.js ${EVALUATE}`,
  evaluateBuilt: `node packages/cli/bin/onsite.js ${EVALUATE}`,
  questionSource: `ONSITE_FROM_SOURCE=1 node packages/cli/bin/onsite.js ${EVALUATE_QUESTION}`,
  questionBuilt: `node packages/cli/bin/onsite.js ${EVALUATE_QUESTION}`,
};
type CliCase = keyof typeof cli;
const cliTimes: Record<CliCase, number[]> = {
  node: [],
  versionSource: [],
  versionBuilt: [],
  evaluateSource: [],
  evaluateBuilt: [],
  questionSource: [],
  questionBuilt: [],
};
// Builds the CLI if its sources changed, so the rounds time calls of a fresh build.
await msUntil(cli.versionBuilt, firstByte);
for (let round = 0; round < CLI_ROUNDS; round += 1) {
  for (const name of Object.keys(cli) as CliCase[])
    cliTimes[name].push(await msUntil(cli[name], firstByte));
}
const ms = (name: CliCase): string => `${median(cliTimes[name]).toFixed(0)} ms`.padStart(7);
const ratio = (before: CliCase, after: CliCase): string =>
  `${(median(cliTimes[before]) / median(cliTimes[after])).toFixed(1)}×`;
console.log(`First byte of an onsite call (median of ${CLI_ROUNDS}):`);
console.log(`  Node alone, one byte:        ${ms('node')}`);
console.log(
  `  onsite --version   source (tsx) ${ms('versionSource')}   built ${ms('versionBuilt')}   ${ratio('versionSource', 'versionBuilt')} faster`,
);
console.log(
  `  onsite evaluate    source (tsx) ${ms('evaluateSource')}   built ${ms('evaluateBuilt')}   ${ratio('evaluateSource', 'evaluateBuilt')} faster`,
);
console.log(
  `  evaluate --question source (tsx) ${ms('questionSource')}   built ${ms('questionBuilt')}   ${ratio('questionSource', 'questionBuilt')} faster`,
);
console.log(
  `  built evaluate less Node alone: ${(median(cliTimes.evaluateBuilt) - median(cliTimes.node)).toFixed(0)} ms, --question ${(median(cliTimes.questionBuilt) - median(cliTimes.node)).toFixed(0)} ms  (target: first byte < 300 ms on an idle machine)\n`,
);
if (process.env.STARTUP_PARTS === 'cli') {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}

// --- 2. npm start ---------------------------------------------------------------------------

const secondsToReady = async (command: string): Promise<number> => {
  const dataDir = mkdtempSync(path.join(scratch, 'data-'));
  try {
    const elapsed = await msUntil(command, (output) => output.includes('Onsite is running at'), {
      PORT: '0',
      HOST: '127.0.0.1',
      ONSITE_DATA_DIR: dataDir,
    });
    return elapsed / 1000;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

const rebuilds: number[] = [];
const restartsBefore: number[] = [];
const restarts: number[] = [];
for (let round = 0; round < START_ROUNDS; round += 1) {
  rebuilds.push(await secondsToReady(REBUILD_THEN_START));
  // The rebuild above left a build of the current inputs: these are second starts with nothing changed.
  restartsBefore.push(await secondsToReady(START_BEFORE));
  restarts.push(await secondsToReady(START));
  console.log(
    `round ${round + 1}: rebuild then start ${rebuilds.at(-1)?.toFixed(1)} s, restart before ${restartsBefore.at(-1)?.toFixed(1)} s, restart now ${restarts.at(-1)?.toFixed(1)} s`,
  );
}
rmSync(scratch, { recursive: true, force: true });
const rebuild = median(rebuilds);
const restartBefore = median(restartsBefore);
const restart = median(restarts);
console.log(`\nnpm start to ready (median of ${START_ROUNDS}):`);
console.log(`  start with a web build:                 ${rebuild.toFixed(1)} s`);
console.log(`  restart, tsx web check + server by tsx: ${restartBefore.toFixed(1)} s`);
console.log(
  `  restart now (built CLI and server):     ${restart.toFixed(1)} s  (target ≤ 3 s on an idle machine)`,
);
console.log(
  `  restart now is ${(restartBefore / restart).toFixed(1)}× faster than before, ${(rebuild / restart).toFixed(1)}× faster than a start with a web build`,
);
