/**
 * `npm start`'s first step and `npm run build:web`: what the web app is built from, and a check
 * in plain JavaScript of whether packages/web/dist holds a build of it. Only when it does not (or
 * with --force) is build.ts run, through tsx, to build it with Vite: a restart with nothing
 * changed no longer waits for a TypeScript loader.
 *
 *   node packages/web/build-if-changed.js [--force]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { hashInputs } from '../../scripts/input-hash.js';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = path.resolve(webRoot, '..', '..');

/** Beside each build: the hash of the inputs it was built from. */
export const INPUTS_FILE = '.build-inputs';

/** What the web app is built from: the web package, core's sources, the lockfile and the shared TypeScript config. */
export const WEB_INPUTS = {
  root: webRoot,
  dirs: [webRoot, path.join(repoRoot, 'packages', 'core', 'src')],
  files: [
    path.join(repoRoot, 'package-lock.json'),
    path.join(repoRoot, 'package.json'),
    path.join(repoRoot, 'tsconfig.base.json'),
  ],
};

/** The hash of the inputs the build in `<root>/dist` was made from, or null if there is none. */
export const readBuiltInputsHash = (root = webRoot) => {
  try {
    return readFileSync(path.join(root, 'dist', INPUTS_FILE), 'utf8').trim();
  } catch {
    return null;
  }
};

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const inputsHash = hashInputs(WEB_INPUTS);
  if (!process.argv.includes('--force') && readBuiltInputsHash() === inputsHash) {
    process.stdout.write(
      `The web app is up to date (inputs ${inputsHash.slice(0, 12)}); not rebuilding.\n`,
    );
  } else {
    const build = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(webRoot, 'build.ts'), ...process.argv.slice(2)],
      { stdio: 'inherit' },
    );
    process.exitCode = build.status ?? 1;
  }
}
