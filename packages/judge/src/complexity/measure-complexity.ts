import { fitComplexity, type ComplexityReport, type Judge, type JudgeSpec, type Language, type Measurement } from '@onsite/core';
import { compileGenerator } from './generator';

export interface MeasureComplexityOptions {
  /** Overrides the spec's `generator.sizes`. Default: doubling from 16 until the time target or 2²⁰. */
  readonly sizes?: readonly number[];
  /** Inputs per size; their median is the point fitted. Default 3. */
  readonly repeats?: number;
  /** Stop growing n once a size's median takes this long. Default 200 ms. */
  readonly targetMs?: number;
  readonly seed?: number;
  /** Timer floor passed to the fit (default 1 ms). */
  readonly floorMs?: number;
}

const DEFAULT_SIZES = Array.from({ length: 17 }, (_, i) => 2 ** (i + 4));

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Runs an (accepted) solution on generated inputs of growing size through any
 * Judge and fits the growth. Each size is one `run` of the judge with the
 * generated inputs as custom inputs, so the candidate's code stays in the
 * sandbox and only the problem author's generator runs here. Growth stops at
 * the first size that takes `targetMs` or fails (a Time Limit Exceeded is
 * itself a finding, and the sizes measured so far are still fitted).
 */
export async function measureComplexity(judge: Judge, spec: JudgeSpec, language: Language, source: string, options: MeasureComplexityOptions = {}): Promise<ComplexityReport> {
  const { generator } = spec;
  if (generator === undefined) {
    return { fittedClass: null, expectedClass: null, measurements: [], verdict: 'inconclusive', message: 'This problem has no input generator, so its growth cannot be measured.', fits: [] };
  }
  const generate = compileGenerator(generator.source, { seed: options.seed ?? 1 });
  const sizes = options.sizes ?? generator.sizes ?? DEFAULT_SIZES;
  const repeats = options.repeats ?? 3;
  const targetMs = options.targetMs ?? 200;
  // Only the first test rides along (run mode always runs sample tests): it costs little and proves the harness works.
  const [first] = spec.tests;
  const probeSpec: JudgeSpec = { ...spec, tests: first === undefined ? [] : [{ ...first, sample: true }] };

  const measurements: Measurement[] = [];
  let stoppedBy: string | null = null;
  for (const n of sizes) {
    const inputs = Array.from({ length: repeats }, () => generate(n));
    const result = await judge.judge({ spec: probeSpec, language, source, mode: 'run', customInputs: inputs });
    // Custom inputs come after the sample tests, in order.
    const runs = result.tests.slice(-repeats);
    const failed = runs.find((test) => test.verdict !== 'Accepted');
    if (runs.length < repeats || failed !== undefined || result.verdict === 'Compile Error') {
      stoppedBy = `stopped at n=${n.toLocaleString('en-US')}: ${failed?.verdict ?? result.verdict}`;
      break;
    }
    const times = runs.map((test) => test.timeMs);
    for (const timeMs of times) measurements.push({ n, timeMs });
    if (median(times) >= targetMs) break;
  }
  const report = fitComplexity(measurements, { expectedClass: generator.expectedClass, ...(options.floorMs === undefined ? {} : { floorMs: options.floorMs }) });
  return stoppedBy === null ? report : { ...report, message: `${report.message} (Measuring ${stoppedBy}.)` };
}
