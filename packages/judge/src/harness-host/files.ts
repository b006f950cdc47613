/** The harness templates shipped in packages/judge/harness, copied into each run's box. */
import { constants } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function harnessFile(name: string): string {
  return fileURLToPath(new URL(`../../harness/${name}`, import.meta.url));
}

/**
 * Copies a harness into a box unless it is there already: a pre-started sandbox's
 * interpreter may still be reading its copy, which must never be truncated under it.
 */
export async function copyHarness(name: string, hostDir: string): Promise<void> {
  try {
    await copyFile(harnessFile(name), join(hostDir, name), constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
