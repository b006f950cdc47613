#!/usr/bin/env node
// The `onsite` command. Onsite ships TypeScript sources; compiling them at every call took ~2 s,
// so this launcher runs a build of them (packages/cli/build.js: dist/<hash of the sources>/),
// building it first when the sources changed, so no one ever runs stale code. If the build
// fails (esbuild missing, say), it runs the sources with tsx as before, and says so.
// ONSITE_FROM_SOURCE=1 skips the build and runs the sources with tsx.
import { pathToFileURL } from 'node:url';
import { buildCli, markInUse } from '../build.js';

const fromSource = async (reason) => {
  if (reason !== undefined) process.stderr.write(`onsite: running from source (${reason})\n`);
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
};

/** The entry of a build of the current sources (buildCli builds one only if there is none), or why there is none. */
const builtEntry = async () => {
  try {
    return { entry: await buildCli() };
  } catch (error) {
    // esbuild's errors name the file and line; tsx then shows the same problem in full.
    const first = error?.errors?.[0];
    return {
      failure:
        first === undefined
          ? String(error instanceof Error ? error.message : error)
          : `${first.location?.file ?? ''}:${first.location?.line ?? ''}: ${first.text}`,
    };
  }
};

if (process.env.ONSITE_FROM_SOURCE === '1') {
  await fromSource();
} else {
  const { entry, failure } = await builtEntry();
  if (entry === undefined) await fromSource(`the build failed: ${failure}`);
  else {
    markInUse(entry);
    await import(pathToFileURL(entry).href);
  }
}
