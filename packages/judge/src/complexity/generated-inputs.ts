import type { GeneratedInputs, JudgeRequest } from '@onsite/core';
import { compileGenerator } from './generator';
import type { GeneratorThread } from './generator-thread';

/**
 * The argument lists a request's `generatedInputs` stands for, made from the
 * spec's own generator with the request's seed: the same seed, size and count
 * give the same inputs in any judge, in this process or on a queue worker.
 * Empty when the request asks for none. Throws (naming the generator) when the
 * spec has no generator or the generator fails.
 */
export function generateInputs(request: Pick<JudgeRequest, 'spec' | 'mode' | 'generatedInputs'>): unknown[][] {
  const wanted: GeneratedInputs | undefined = request.generatedInputs;
  if (wanted === undefined || request.mode !== 'run' || wanted.count === 0) return [];
  const { generator } = request.spec;
  if (generator === undefined) throw new Error(`The spec ${request.spec.id} has no input generator, so it cannot make generated inputs.`);
  const generate = compileGenerator(generator.source, { seed: wanted.seed });
  return Array.from({ length: wanted.count }, () => generate(wanted.size));
}

/**
 * `generateInputs` made in the generator's worker thread, as UTF-8 JSON (what the
 * sandbox reads): the same inputs, none of the work on the caller's event loop.
 */
export async function generateInputsJson(request: Pick<JudgeRequest, 'spec' | 'mode' | 'generatedInputs'>, thread: GeneratorThread): Promise<readonly Uint8Array[]> {
  const wanted: GeneratedInputs | undefined = request.generatedInputs;
  if (wanted === undefined || request.mode !== 'run' || wanted.count === 0) return [];
  const { generator } = request.spec;
  if (generator === undefined) throw new Error(`The spec ${request.spec.id} has no input generator, so it cannot make generated inputs.`);
  return thread.generate({ source: generator.source, seed: wanted.seed, size: wanted.size, count: wanted.count });
}
