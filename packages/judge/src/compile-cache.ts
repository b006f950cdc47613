/**
 * Compiled programs kept for the same code: "Run, then Submit" of unchanged
 * Java (C++: Run then Run, Submit then Submit, as Run builds with
 * AddressSanitizer), and the growth measurement's one run per size, would
 * otherwise compile the same files again (seconds each on a 2-core machine).
 *
 * The key is a hash of every file the language wrote into the box before
 * compiling (the candidate's code, the generated main, the harness) plus the
 * compile command, so only byte-identical inputs share a program. A hit puts
 * the box as it was after that compile into the new box; symlinks the
 * compiler's sandbox left stay symlinks (never followed on the host).
 *
 * Files are hard-linked, not copied, both ways (copying a box cost 7 ms of a
 * 30-test C++ verdict here): nothing writes a box's files after its compile
 * (runs see the box read-only, a restored box is not compiled again), so a
 * kept program and the boxes it is linked into never change under each other.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readlink, rm, symlink, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SandboxStep } from './languages/language';

export interface CompiledEntry {
  /** The compiler's own output (warnings) from the compile that made it. */
  readonly output: string | null;
}

export interface CompileCache {
  /** The key for a box as prepared, before compiling. */
  keyOf(boxDir: string, compile: SandboxStep, language: string): Promise<string>;
  /** Copies a kept program into `boxDir`; null when there is none for `key`. */
  restore(key: string, boxDir: string): Promise<CompiledEntry | null>;
  /** Keeps the box as it is after a successful compile. */
  keep(key: string, boxDir: string, entry: CompiledEntry): Promise<void>;
  /** Removes every kept program. */
  clear(): Promise<void>;
}

/**
 * Synchronously: a box before its compile is a few small files (the source is at most 256 kB),
 * read in microseconds, while each async readdir and readFile waits for the thread pool, which
 * on a busy machine cost milliseconds of a warm verdict.
 */
function filesUnder(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(dir, relative));
    else if (entry.isFile()) found.push(relative);
  }
  return found.sort();
}

/** Replaces `to` with a hard link to `from`; a copy where no link can be made (another file system). */
async function linkFile(from: string, to: string): Promise<void> {
  await unlink(to).catch(() => undefined);
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Mirrors the tree under `from` into `to`: directories made, files linked, symlinks recreated as symlinks. */
async function mirror(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  await Promise.all(
    (await readdir(from, { withFileTypes: true })).map(async (entry) => {
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      if (entry.isDirectory()) await mirror(source, target);
      else if (entry.isSymbolicLink()) {
        await unlink(target).catch(() => undefined);
        await symlink(await readlink(source), target);
      } else if (entry.isFile()) await linkFile(source, target);
    }),
  );
}

export function createCompileCache(rootDir: string, capacity = 32): CompileCache {
  // Insertion order is use order: a hit moves its key to the end, the oldest goes first.
  const kept = new Map<string, { dir: string; entry: CompiledEntry }>();

  return {
    keyOf(boxDir, compile, language) {
      const hash = createHash('sha256')
        .update(language)
        .update('\0')
        .update(JSON.stringify(compile.argv))
        .update('\0');
      for (const file of filesUnder(boxDir)) {
        hash
          .update(file)
          .update('\0')
          .update(readFileSync(join(boxDir, file)))
          .update('\0');
      }
      return Promise.resolve(hash.digest('hex'));
    },

    async restore(key, boxDir) {
      const found = kept.get(key);
      if (found === undefined) return null;
      kept.delete(key);
      kept.set(key, found);
      try {
        await mirror(found.dir, boxDir);
        return found.entry;
      } catch {
        // Gone from disk (a temp cleaner): compile again.
        kept.delete(key);
        return null;
      }
    },

    async keep(key, boxDir, entry) {
      if (kept.has(key)) return;
      const dir = join(rootDir, `${key.slice(0, 24)}-${randomUUID().slice(0, 8)}`);
      await mkdir(rootDir, { recursive: true });
      await mirror(boxDir, dir);
      kept.set(key, { dir, entry });
      while (kept.size > capacity) {
        const [oldestKey, oldest] = kept.entries().next().value ?? [];
        if (oldestKey === undefined || oldest === undefined) break;
        kept.delete(oldestKey);
        await rm(oldest.dir, { recursive: true, force: true });
      }
    },

    async clear() {
      kept.clear();
      await rm(rootDir, { recursive: true, force: true });
    },
  };
}
