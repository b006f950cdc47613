/** What a build is made from: every file under `dirs` (bar node_modules, builds and tests) and single `files`. */
export interface BuildInputs {
  /** Paths are hashed relative to it. */
  readonly root: string;
  readonly dirs: readonly string[];
  readonly files: readonly string[];
}

/** SHA-256 (hex) over the inputs' relative paths and contents, in a fixed order. */
export declare const hashInputs: (inputs: BuildInputs) => string;

/**
 * `hashInputs`, reused from `stampFile` while no input was added, removed or written (path, size,
 * inode and ctime all the same); the stamp is rewritten when they changed.
 */
export declare const hashInputsOnChange: (inputs: BuildInputs, stampFile: string) => string;
