import type { BuildInputs } from '../../scripts/input-hash.js';

/** Where the builds live: dist/<inputs hash>/onsite.js. */
export declare const BUILDS_DIR: string;
/** What a build of the CLI and server is made from. */
export declare const CLI_INPUTS: BuildInputs;
export declare const hashCliInputs: (inputs?: BuildInputs) => string;
/** hashCliInputs of the CLI's inputs, reused from a stamp in `buildsDir` while no input file changed. */
export declare const currentInputsHash: (buildsDir?: string) => string;
/** The built command for these inputs, or null when there is none (the sources changed since). */
export declare const freshBuildOf: (inputsHash: string, buildsDir?: string) => string | null;
/** Builds unless a build of `inputsHash` exists; returns its entry (…/<hash>/onsite.js). Throws if esbuild fails. */
export declare const buildCli: (options?: {
  inputsHash?: string;
  buildsDir?: string;
}) => Promise<string>;
/** Marks the build of `entry` as run by this process until it exits, so no rebuild prunes it meanwhile. */
export declare const markInUse: (entry: string) => void;
