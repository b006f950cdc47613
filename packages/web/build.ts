/**
 * Builds the web app only when what it is built from has changed, and never in place.
 * `npm start` and `npm run build:web` run build-if-changed.js, which checks the inputs' hash
 * without a TypeScript loader and runs this file only when a build is due.
 *
 * - A SHA-256 of the inputs (WEB_INPUTS; hashed by scripts/input-hash.js, as the CLI's are) is
 *   written beside each build as `.build-inputs`; when packages/web/dist already holds a build of
 *   the same inputs, nothing is built (a restart takes a second, not 25).
 * - A build goes into a new folder under packages/web/.builds/, and packages/web/dist is a
 *   symbolic link switched to it with one rename: a server serving the old build while another
 *   process builds never sees a half-written folder.
 *
 *   node packages/web/build-if-changed.js [--force]   (or tsx packages/web/build.ts [--force])
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashInputs } from '../../scripts/input-hash.js';
import { INPUTS_FILE, readBuiltInputsHash, WEB_INPUTS } from './build-if-changed.js';

/**
 * Where a web app lives and what it is built from. `<root>/dist` is what the server serves
 * (config.ts DEFAULT_WEB_DIR): a link to the current build in `<root>/.builds/`.
 */
export interface WebBuildLayout {
  readonly root: string;
  /** Vite's config file; false for Vite's defaults (tests build a tiny app). */
  readonly configFile: string | false;
  /** Folders whose files go into the bundle, and single files that change how it is built. */
  readonly inputDirs: readonly string[];
  readonly inputFiles: readonly string[];
}

export const ONSITE_WEB_LAYOUT: WebBuildLayout = {
  root: WEB_INPUTS.root,
  configFile: path.join(WEB_INPUTS.root, 'vite.config.ts'),
  inputDirs: WEB_INPUTS.dirs,
  inputFiles: WEB_INPUTS.files,
};
/** SHA-256 over every input's path (relative to the web app) and content, in a fixed order. */
export const hashWebInputs = (layout: WebBuildLayout = ONSITE_WEB_LAYOUT): string =>
  hashInputs({ root: layout.root, dirs: layout.inputDirs, files: layout.inputFiles });

/** Points dist at `buildDir` with one rename of a fresh link over the old one (atomic on POSIX). */
const switchDistTo = (root: string, buildDir: string): void => {
  const dist = path.join(root, 'dist');
  const existing = lstatSync(dist, { throwIfNoEntry: false });
  if (existing?.isDirectory() === true) {
    // A real folder from before builds were switched by link: moved aside once (a link cannot replace a folder).
    renameSync(dist, path.join(root, '.builds', `previous-${String(process.pid)}`));
  }
  const staged = `${dist}.link-${String(process.pid)}`;
  rmSync(staged, { force: true });
  symlinkSync(path.relative(root, buildDir), staged, 'dir');
  renameSync(staged, dist);
};

/** Keeps the current build and the one before (a page already open may still ask for its files); removes older ones. */
const pruneBuilds = (buildsDir: string, keep: ReadonlySet<string>): void => {
  const oldEnough = Date.now() - 10 * 60_000;
  for (const name of readdirSync(buildsDir)) {
    const full = path.join(buildsDir, name);
    // Another `npm start` may be building right now: leave anything recent alone.
    if (keep.has(full) || statSync(full).mtimeMs > oldEnough) continue;
    rmSync(full, { recursive: true, force: true });
  }
};

export interface WebBuildResult {
  readonly built: boolean;
  readonly inputsHash: string;
  readonly dir: string;
}

/** Builds the web app unless dist already holds a build of the same inputs (or `force`). */
export const buildWeb = async (
  options: { force?: boolean; log?: (line: string) => void; layout?: WebBuildLayout } = {},
): Promise<WebBuildResult> => {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const layout = options.layout ?? ONSITE_WEB_LAYOUT;
  const dist = path.join(layout.root, 'dist');
  const buildsDir = path.join(layout.root, '.builds');
  const inputsHash = hashWebInputs(layout);
  const current = readBuiltInputsHash(layout.root);
  if (options.force !== true && current === inputsHash) {
    log(`The web app is up to date (inputs ${inputsHash.slice(0, 12)}); not rebuilding.`);
    return { built: false, inputsHash, dir: dist };
  }
  mkdirSync(buildsDir, { recursive: true });
  const previous =
    lstatSync(dist, { throwIfNoEntry: false })?.isSymbolicLink() === true
      ? path.resolve(layout.root, readlinkSync(dist))
      : null;
  const buildDir = path.join(
    buildsDir,
    `${new Date().toISOString().replace(/[:.]/g, '-')}-${inputsHash.slice(0, 12)}-${String(process.pid)}`,
  );
  log(
    current === null
      ? 'Building the web app…'
      : 'The web app changed since its last build; building it…',
  );
  // Loaded only when there is something to build: importing Vite alone takes a while.
  const { build } = await import('vite');
  try {
    await build({
      root: layout.root,
      configFile: layout.configFile,
      logLevel: 'warn',
      build: { outDir: buildDir, emptyOutDir: true },
    });
    writeFileSync(path.join(buildDir, INPUTS_FILE), `${inputsHash}\n`);
  } catch (error) {
    rmSync(buildDir, { recursive: true, force: true });
    throw error;
  }
  switchDistTo(layout.root, buildDir);
  pruneBuilds(buildsDir, new Set([buildDir, ...(previous === null ? [] : [previous])]));
  log(
    `Built the web app into ${path.relative(process.cwd(), buildDir)}; ${path.relative(process.cwd(), dist)} points to it.`,
  );
  return { built: true, inputsHash, dir: buildDir };
};

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  await buildWeb({ force: process.argv.includes('--force') });
}
