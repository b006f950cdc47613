// The evaluation worker's entry: worker threads do not inherit the TypeScript loader the server
// runs under (tsx, or Vitest in tests), so this plain module registers tsx and then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./evaluation-worker.ts');
