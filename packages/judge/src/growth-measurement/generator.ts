import { Script, createContext } from 'node:vm';
import { createSeededRandom } from '@onsite/core';

export type InputGenerator = (n: number) => unknown[];

/**
 * Compiles a spec's `generator.source` (`(n, rng) => args`) into a function
 * that makes the argument list for size n. This is problem-author code run on
 * the host, like a checker: trusted, so `vm` is a convenience here (a clean
 * global, a time bound, no `require`), not a security boundary. `Math.random`
 * is replaced by the seeded `rng` so the same seed gives the same inputs.
 *
 * Throws with a message naming the generator when the source does not compile,
 * does not evaluate to a function, runs too long or returns something other
 * than an argument array of plain JSON data.
 */
export function compileGenerator(
  source: string,
  options: { seed?: number; timeoutMs?: number } = {},
): InputGenerator {
  const generateJson = compileGeneratorJson(source, options);
  return (n: number) => {
    const list: unknown[] = JSON.parse(generateJson(n)) as unknown[];
    return list;
  };
}

/**
 * Like `compileGenerator`, but the argument list comes back as its JSON text:
 * what the sandbox reads, made without parsing megabytes only to write them again.
 */
export function compileGeneratorJson(
  source: string,
  options: { seed?: number; timeoutMs?: number } = {},
): (n: number) => string {
  const rng = createSeededRandom(options.seed ?? 1);
  const timeout = options.timeoutMs ?? 5000;
  const context = createContext({ rng });
  let script: Script;
  try {
    script = new Script(
      `Math.random = rng; const generate = (${source}); typeof generate === 'function'`,
      { filename: 'generator.js' },
    );
  } catch (error) {
    throw new Error(
      `The spec's generator does not compile: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  if (script.runInContext(context, { timeout }) !== true)
    throw new Error("The spec's generator must be a function `(n, rng) => args`.");
  // Array.isArray inside the context: the JSON text of an array starts with '[' and nothing else does.
  const call = new Script(
    '(() => { const args = generate(size, rng); return Array.isArray(args) ? JSON.stringify(args) : undefined; })()',
    { filename: 'generator.js' },
  );

  return (n: number) => {
    context.size = n;
    let json: unknown;
    try {
      json = call.runInContext(context, { timeout });
    } catch (error) {
      throw new Error(
        `The spec's generator failed for n=${n}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    if (typeof json !== 'string')
      throw new Error(`The spec's generator must return the argument list (an array) for n=${n}.`);
    return json;
  };
}
