// The input generator's worker entry: worker threads do not inherit the TypeScript loader the
// judge runs under (tsx, or Vitest in tests), so this plain module registers tsx and then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./generator-worker.ts');
