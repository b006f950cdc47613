/**
 * Runs in a worker thread (see generator-thread.ts): makes a growth measurement's
 * inputs with the spec's generator and posts them back as UTF-8 JSON, so neither
 * the generation nor the serialisation of megabytes of arguments runs on the
 * judge's (the server's) event loop.
 */
import { parentPort } from 'node:worker_threads';
import { compileGeneratorJson } from './generator';
import type { GeneratorReply, GeneratorRequest } from './generator-thread';

const port = parentPort;
if (port === null)
  throw new Error('generator-worker.ts runs only as a worker thread (see generator-thread.ts).');

port.on('message', (request: GeneratorRequest) => {
  try {
    const generate = compileGeneratorJson(request.source, { seed: request.seed });
    const encoder = new TextEncoder();
    const argsJson = Array.from({ length: request.count }, () =>
      encoder.encode(generate(request.size)),
    );
    // Transferred, not copied: the judge writes these bytes to the sandbox as they are.
    port.postMessage(
      { id: request.id, argsJson } satisfies GeneratorReply,
      argsJson.map((bytes) => bytes.buffer),
    );
  } catch (error) {
    port.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies GeneratorReply);
  }
});
port.postMessage({ ready: true });
