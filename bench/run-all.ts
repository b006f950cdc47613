/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (each in its own
 * process, so one bench's warm caches and JIT do not flatter the next) and
 * exits non-zero if any of them failed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const tsx = join(benchDir, '..', 'node_modules', '.bin', 'tsx');
const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

if (benches.length === 0) {
  console.error(`No *.bench.ts files in ${benchDir}.`);
  process.exit(1);
}

const failed: string[] = [];
for (const name of benches) {
  console.log(`\n=== ${name} ===\n`);
  const started = performance.now();
  const result = spawnSync(tsx, [join(benchDir, name)], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed.push(name);
    console.log(
      `\n${name} failed (${result.error?.message ?? `exit ${String(result.status ?? result.signal)}`}) after ${seconds} s`,
    );
  } else {
    console.log(`\n${name} finished in ${seconds} s`);
  }
}

console.log(
  failed.length === 0
    ? `\nAll ${benches.length} benches ran.`
    : `\n${failed.length} of ${benches.length} benches failed: ${failed.join(', ')}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
