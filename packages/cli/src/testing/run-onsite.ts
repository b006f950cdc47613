import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: the launcher runs from there, as `npm run onsite` does. */
export const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
/** The launcher users run (`npx onsite`, `npm run onsite`). */
export const BIN = path.join(ROOT, 'packages/cli/bin/onsite.js');

export interface OnsiteRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the real `onsite` launcher, as a user would: stdout and stderr are pipes, so progress comes
 * as lines. The caller's DATABASE_URL is not inherited (each run picks its own database unless
 * `env` gives one), so a test never writes to a database it did not make.
 */
export const runOnsite = (
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<OnsiteRun> =>
  new Promise((resolve, reject) => {
    const { DATABASE_URL: _inherited, ...inherited } = process.env;
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

/** A fresh directory under the system's temporary directory. */
export const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), prefix));
