// `npm test`'s static checks (format:check, typecheck, lint) side by side: each is one process on
// one core, so run one after another they left the second core of a 2-core CI machine idle for
// about 40 s. Each check's output is printed whole once it ends, in the order given; the exit code
// is 1 if any check failed.
//
//   node scripts/run-checks.js format:check typecheck lint
import { spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  process.stderr.write('usage: node scripts/run-checks.js <npm script>…\n');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>` with its output captured; resolves with its exit code and output. */
const run = (script) =>
  new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) =>
      resolve({
        script,
        code: code ?? (signal === null ? 1 : 128),
        output: Buffer.concat(chunks).toString(),
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });

const runs = scripts.map(run);
let failed = 0;
for (const pending of runs) {
  const { script, code, output, seconds } = await pending;
  process.stdout.write(`\n> ${script} (${seconds.toFixed(1)} s)\n${output}`);
  if (code !== 0) {
    failed += 1;
    process.stdout.write(`${script} failed (exit ${code})\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
