import type { JudgeRequest } from '@onsite/core';
import { compileGenerator } from './generator';
import type { GeneratorRequest, GeneratorThread } from './generator-thread';

type InputsRequest = Pick<JudgeRequest, 'spec' | 'mode' | 'generatedInputs'>;

/**
 * What a request's `generatedInputs` asks the spec's generator for; null when it
 * asks for none (not a run, or a count of 0). Throws when the spec has no generator.
 */
function generationOf(request: InputsRequest): Omit<GeneratorRequest, 'id'> | null {
  const wanted = request.generatedInputs;
  if (wanted === undefined || request.mode !== 'run' || wanted.count === 0) return null;
  const { generator } = request.spec;
  if (generator === undefined)
    throw new Error(
      `The spec ${request.spec.id} has no input generator, so it cannot make generated inputs.`,
    );
  return { source: generator.source, seed: wanted.seed, size: wanted.size, count: wanted.count };
}

/**
 * The argument lists a request's `generatedInputs` stands for, made from the
 * spec's own generator with the request's seed: the same seed, size and count
 * give the same inputs in any judge, in this process or on a queue worker.
 * Empty when the request asks for none. Throws (naming the generator) when the
 * spec has no generator or the generator fails.
 */
export function generateInputs(request: InputsRequest): unknown[][] {
  const generation = generationOf(request);
  if (generation === null) return [];
  const generate = compileGenerator(generation.source, { seed: generation.seed });
  return Array.from({ length: generation.count }, () => generate(generation.size));
}

/**
 * `generateInputs` made in the generator's worker thread, as UTF-8 JSON (what the
 * sandbox reads): the same inputs, none of the work on the caller's event loop.
 */
export async function generateInputsJson(
  request: InputsRequest,
  thread: GeneratorThread,
): Promise<readonly Uint8Array[]> {
  const generation = generationOf(request);
  return generation === null ? [] : thread.generate(generation);
}
