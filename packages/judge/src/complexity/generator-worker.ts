/**
 * Runs in a worker thread (see generator-thread.ts): makes a growth measurement's
 * inputs with the spec's generator and posts them back as JSON text, so neither
 * the generation nor the serialisation of megabytes of arguments runs on the
 * judge's (the server's) event loop.
 */
import { parentPort } from 'node:worker_threads';
import { compileGeneratorJson } from './generator';
import type { GeneratorReply, GeneratorRequest } from './generator-thread';

const port = parentPort;
if (port === null) throw new Error('generator-worker.ts runs only as a worker thread (see generator-thread.ts).');

port.on('message', (request: GeneratorRequest) => {
  let reply: GeneratorReply;
  try {
    const generate = compileGeneratorJson(request.source, { seed: request.seed });
    reply = { id: request.id, argsJson: Array.from({ length: request.count }, () => generate(request.size)) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
