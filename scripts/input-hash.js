// The one hasher for "was this built from these sources?": packages/web/build.ts keeps a web build
// per hash, packages/cli/bin/onsite.js a built CLI and server per hash. Plain JavaScript, so the
// CLI's launcher can check its build before any TypeScript loader starts.
import { createHash } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import process from 'node:process';

/** Not inputs: installed packages, builds, and tests (never bundled). */
const isSkipped = (name) =>
  name === 'node_modules' ||
  name === 'dist' ||
  name === '.builds' ||
  /\.test\.tsx?$/.test(name) ||
  /\.test-suite\.ts$/.test(name);

const listFiles = (dir) => {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !isSkipped(entry.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return entry.isFile() ? [full] : [];
    });
};

const listInputs = ({ dirs, files }) =>
  [...dirs.flatMap(listFiles), ...files.filter((file) => existsSync(file))].sort();

/**
 * SHA-256 over every input's path (relative to `root`, so a moved checkout keeps its hash) and
 * content, in a fixed order: every file under `dirs` bar the skipped ones, and the `files` that exist.
 */
export const hashInputs = ({ root, dirs, files }) => {
  const hash = createHash('sha256');
  for (const file of listInputs({ dirs, files })) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
};

/**
 * `hashInputs`, recomputed only when an input was added, removed or changed since the hash kept
 * in `stampFile`: each input's path, size, inode and change time (ctime, which every write moves
 * and no tool sets back) are compared first, and reading and hashing every input (2.7 MB for the
 * CLI, a tenth of a command's start) is skipped when none moved. The stamp is only a shortcut: a
 * missing, unreadable or unwritable one means the contents are hashed as before.
 */
export const hashInputsOnChange = (inputs, stampFile) => {
  const signature = listInputs(inputs)
    .map((file) => {
      const stat = statSync(file, { bigint: true });
      return `${path.relative(inputs.root, file)}\0${stat.size}\0${stat.ino}\0${stat.ctimeNs}`;
    })
    .join('\n');
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (stamp.signature === signature && typeof stamp.hash === 'string') return stamp.hash;
  } catch {
    // No stamp yet, or a damaged one: hash the contents.
  }
  // Listed before hashing: an input written meanwhile leaves a stale signature, never a stale hash.
  const hash = hashInputs(inputs);
  const staging = `${stampFile}.${String(process.pid)}`;
  try {
    writeFileSync(staging, JSON.stringify({ hash, signature }));
    renameSync(staging, stampFile);
  } catch {
    // A checkout this user cannot write to hashes the contents every time, as it always did.
  }
  return hash;
};
