/**
 * Builds the `onsite` command (and the server it starts) into plain JavaScript, once per version
 * of its sources, so a call no longer compiles TypeScript before it starts (about 2 s a call).
 *
 * - The inputs (every workspace package the CLI runs, their package.json files, the lockfile, the
 *   shared TypeScript config, this file) are hashed by scripts/input-hash.js, the hasher the web
 *   build uses; a build lives in dist/<hash>/, so a build is fresh exactly when its folder exists.
 *   A call re-reads the sources only when a file's size, inode or ctime moved since the last hash
 *   (dist/.inputs-stamp.json): reading them all was a tenth of every call's start.
 * - A build is written to a folder of its own and renamed into place: two commands building at
 *   once never see each other's half-written files, and a running server keeps its own build.
 * - The workspace packages are bundled (they ship TypeScript); everything from node_modules stays
 *   external (better-sqlite3 is native, pg and pg-boss load their own files), resolved at run time
 *   from the package that imports it.
 * - `import.meta.url` in a bundled file still names that source file, so the paths built from it
 *   (the judge's harnesses, the question bank, the web app, package.json) are the ones the source
 *   run uses. A worker thread's tsx shim (`./<name>-worker-entry.js`) is replaced by `<name>-worker.ts`
 *   built as an entry of its own.
 *
 *   node packages/cli/build.js    builds if stale and prints the build's folder
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { hashInputs, hashInputsOnChange } from '../../scripts/input-hash.js';

const cliRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = path.resolve(cliRoot, '..', '..');
/** The workspace packages the CLI and server are made of (web is served as files, never imported). */
const BUNDLED_PACKAGES = ['core', 'content', 'judge', 'db', 'server', 'cli'];
const packageDir = (name) => path.join(repoRoot, 'packages', name);

/** Where the builds live: dist/<inputs hash>/onsite.js. */
export const BUILDS_DIR = path.join(cliRoot, 'dist');

/** What a build is made from. */
export const CLI_INPUTS = {
  root: repoRoot,
  dirs: BUNDLED_PACKAGES.map((name) => path.join(packageDir(name), 'src')),
  files: [
    ...BUNDLED_PACKAGES.map((name) => path.join(packageDir(name), 'package.json')),
    path.join(repoRoot, 'package-lock.json'),
    path.join(repoRoot, 'tsconfig.base.json'),
    path.join(repoRoot, 'scripts', 'input-hash.js'),
    fileURLToPath(import.meta.url),
  ],
};

export const hashCliInputs = (inputs = CLI_INPUTS) => hashInputs(inputs);

/** Beside the builds: the last inputs' hash with what their files looked like (see hashInputsOnChange). */
const INPUTS_STAMP = '.inputs-stamp.json';

/**
 * The hash of the current inputs, as hashCliInputs computes it, without reading every source when
 * none was touched since the last call: every `onsite` call starts by asking this.
 */
export const currentInputsHash = (buildsDir = BUILDS_DIR) =>
  hashInputsOnChange(CLI_INPUTS, path.join(buildsDir, INPUTS_STAMP));

/** The built command for these inputs, or null when there is none yet (the sources changed). */
export const freshBuildOf = (inputsHash, buildsDir = BUILDS_DIR) => {
  const entry = path.join(buildsDir, inputsHash, 'onsite.js');
  return existsSync(entry) ? entry : null;
};

/** A worker's tsx shim located from this file (replaced by the worker's build, beside the bundle), or any other use of the file's URL. */
const META_URL =
  /new URL\((['"])\.\/([\w-]+)-worker-entry\.js\1,\s*import\.meta\.url\)|\bimport\.meta\.url\b/g;
const isWorkspaceFile = (file) =>
  BUNDLED_PACKAGES.some((name) => file.startsWith(packageDir(name) + path.sep));

/** Worker threads' sources: each `<name>-worker-entry.js` shim's `<name>-worker.ts`, keyed by output name. */
const workerEntries = () =>
  Object.fromEntries(
    BUNDLED_PACKAGES.flatMap((name) =>
      readdirSync(path.join(packageDir(name), 'src'), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('-worker-entry.js'))
        .map((file) => {
          const source = path.join(packageDir(name), 'src', file.replace(/-entry\.js$/, '.ts'));
          return [path.basename(source, '.ts'), source];
        }),
    ),
  );

/** Keeps workspace sources bundled with their own file's URL; leaves installed packages external. */
const sourceLayoutPlugin = (outDir) => ({
  name: 'onsite-source-layout',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@onsite/') || args.pluginData === 'resolving') return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      // A package the importer's own package installs beside it (judge pins its own esbuild) is
      // imported by path; anything else by name, found from dist in the root node_modules.
      const owner = BUNDLED_PACKAGES.map(packageDir).find((dir) =>
        args.importer.startsWith(dir + path.sep),
      );
      const name = args.path
        .split('/')
        .slice(0, args.path.startsWith('@') ? 2 : 1)
        .join('/');
      if (owner !== undefined && existsSync(path.join(owner, 'node_modules', name))) {
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        if (resolved.errors.length === 0)
          return { path: `./${path.relative(outDir, resolved.path)}`, external: true };
      }
      return { path: args.path, external: true };
    });
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      if (!isWorkspaceFile(args.path)) return undefined;
      const ownUrl = `new URL(${JSON.stringify(path.relative(outDir, args.path).split(path.sep).join('/'))}, import.meta.url).href`;
      const contents = (await readFile(args.path, 'utf8')).replace(
        META_URL,
        (_match, _quote, worker) =>
          worker === undefined ? ownUrl : `new URL('./${worker}-worker.js', import.meta.url)`,
      );
      return { contents, loader: path.extname(args.path).slice(1).replace(/^[cm]/, '') };
    });
  },
});

const IN_USE_PREFIX = '.in-use-';

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** Whether a live process runs this build (a server loads chunks and starts workers from it long after it started). */
const isInUse = (buildDir) =>
  readdirSync(buildDir).some(
    (name) => name.startsWith(IN_USE_PREFIX) && isAlive(Number(name.slice(IN_USE_PREFIX.length))),
  );

/** Marks the build of `entry` as run by this process until it exits, so no rebuild prunes it meanwhile. */
export const markInUse = (entry) => {
  const marker = path.join(path.dirname(entry), `${IN_USE_PREFIX}${String(process.pid)}`);
  try {
    writeFileSync(marker, '');
  } catch {
    // A checkout this user cannot write to: nor can this user's builds prune the build then.
    return;
  }
  process.once('exit', () => rmSync(marker, { force: true }));
};

/**
 * Removes builds of older inputs, bar those a live process runs and any made in the last
 * 10 minutes (a command may be about to run one, or still building it).
 */
const pruneBuilds = (buildsDir, keep) => {
  const oldEnough = Date.now() - 10 * 60_000;
  for (const name of readdirSync(buildsDir)) {
    const full = path.join(buildsDir, name);
    if (name === keep || name === INPUTS_STAMP || statSync(full).mtimeMs > oldEnough) continue;
    if (!name.startsWith('.') && isInUse(full)) continue;
    rmSync(full, { recursive: true, force: true });
  }
};

/**
 * Builds the CLI for `inputsHash` into dist/<hash>/ unless it is there, and returns its entry.
 * Throws if esbuild fails (the launcher then runs the sources with tsx).
 */
export const buildCli = async ({
  buildsDir = BUILDS_DIR,
  inputsHash = currentInputsHash(buildsDir),
} = {}) => {
  const fresh = freshBuildOf(inputsHash, buildsDir);
  if (fresh !== null) return fresh;
  const finalDir = path.join(buildsDir, inputsHash);
  const stagingDir = path.join(
    buildsDir,
    `.staging-${String(process.pid)}-${inputsHash.slice(0, 12)}`,
  );
  mkdirSync(buildsDir, { recursive: true });
  rmSync(stagingDir, { recursive: true, force: true });
  // Loaded only when there is something to build.
  const { build } = await import('esbuild');
  try {
    await build({
      entryPoints: { onsite: path.join(cliRoot, 'src', 'main.ts'), ...workerEntries() },
      outdir: stagingDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'linked',
      logLevel: 'silent',
      // Paths are computed for the final folder, a sibling of the staging one at the same depth.
      plugins: [sourceLayoutPlugin(finalDir)],
    });
    renameSync(stagingDir, finalDir);
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    // Another command built the same inputs first: theirs is as good as ours.
    if (freshBuildOf(inputsHash, buildsDir) === null) throw error;
  }
  pruneBuilds(buildsDir, inputsHash);
  return path.join(finalDir, 'onsite.js');
};

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  process.stdout.write(`${path.dirname(await buildCli())}\n`);
}
