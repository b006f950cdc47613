/** Exit codes: 0 success, 1 the check found problems (or an unexpected failure), 2 the command was used wrongly. */
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called: bad flags, a missing file, an unknown question. Printed without a stack. */
export class UsageError extends Error {}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The config from the environment; a bad variable is a usage error (exit 2). Loaded lazily: only commands that need it pay for it. */
export const readConfig = async () => {
  const { ConfigError, loadConfig } = await import('@onsite/server/config');
  try {
    return loadConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
};
