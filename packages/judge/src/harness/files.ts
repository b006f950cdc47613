/** The harness templates shipped in packages/judge/harness, copied into each run's box. */
import { fileURLToPath } from 'node:url';

export function harnessFile(name: string): string {
  return fileURLToPath(new URL(`../../harness/${name}`, import.meta.url));
}
