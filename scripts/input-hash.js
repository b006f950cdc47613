// The one hasher for "was this built from these sources?": packages/web/build.ts keeps a web build
// per hash, packages/cli/bin/onsite.js a built CLI and server per hash. Plain JavaScript, so the
// CLI's launcher can check its build before any TypeScript loader starts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

/**
 * SHA-256 over every input's path (relative to `root`, so a moved checkout keeps its hash) and
 * content, in a fixed order: every file under `dirs` bar the skipped ones, and the `files` that exist.
 */
export const hashInputs = ({ root, dirs, files }) => {
  const hash = createHash('sha256');
  const inputs = [...dirs.flatMap(listFiles), ...files.filter((file) => existsSync(file))].sort();
  for (const file of inputs) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
};
