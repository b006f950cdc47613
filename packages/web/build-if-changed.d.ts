import type { BuildInputs } from '../../scripts/input-hash.js';

/** Beside each build: the hash of the inputs it was built from. */
export declare const INPUTS_FILE: string;
/** What the web app is built from: the web package, core's sources, the lockfile and the shared TypeScript config. */
export declare const WEB_INPUTS: BuildInputs;
/** The hash of the inputs the build in `<root>/dist` was made from, or null if there is none. */
export declare const readBuiltInputsHash: (root?: string) => string | null;
