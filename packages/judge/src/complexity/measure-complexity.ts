import { fitComplexity, type ComplexityReport, type Judge, type JudgeSpec, type Language, type Measurement } from '@onsite/core';

export interface MeasureComplexityOptions {
  /** Overrides the spec's `generator.sizes`. Default: doubling from 16 until the time target or 2²⁰. */
  readonly sizes?: readonly number[];
  /** Inputs per size; the fastest is the point fitted. Default 3. */
  readonly repeats?: number;
  /** Stop growing n once a size's fastest run takes this long. Default 200 ms. */
  readonly targetMs?: number;
  readonly seed?: number;
  /** Timer floor passed to the fit (default 1 ms: below it, JIT tiers and GC jitter outweigh the clock's precision). */
  readonly floorMs?: number;
}

const DEFAULT_SIZES = Array.from({ length: 17 }, (_, i) => 2 ** (i + 4));
/** Fewer sizes than this and two neighbouring classes fit about equally well. */
const MIN_SIZES = 5;
/** Between these at the largest size, the time grows but noise and JIT warm-up still shape the curve. */
const EXTEND_ABOVE_MS = 0.5;
const EXTEND_BELOW_MS = 20;
const MAX_EXTRA_DOUBLINGS = 3;

/** Each size its own seed, derived from the measurement's: inputs differ between sizes yet repeat exactly. */
const seedAt = (seed: number, n: number): number => (Math.imul(seed, 0x9e3779b1) ^ n) >>> 0;

/**
 * Runs an (accepted) solution on generated inputs of growing size through any
 * Judge and fits the growth. Each size is one `run` of the judge asking for
 * `generatedInputs` (a seed, n and a count): the judge runs the problem
 * author's generator where it runs the code, so inputs never travel (through a
 * queue) and the candidate's code stays in the sandbox. Growth stops at
 * the first size that takes `targetMs` or fails (a Time Limit Exceeded is
 * itself a finding, and the sizes measured so far are still fitted); when
 * that leaves fewer than five sizes, it measures halves of the smallest too.
 * When every size was measured and the largest ran between 0.5 and 20 ms, it
 * doubles n up to three more times, so fast languages rise above the noise.
 */
export async function measureComplexity(judge: Judge, spec: JudgeSpec, language: Language, source: string, options: MeasureComplexityOptions = {}): Promise<ComplexityReport> {
  const { generator } = spec;
  if (generator === undefined) {
    return { fittedClass: null, expectedClass: null, measurements: [], verdict: 'inconclusive', message: 'This problem has no input generator, so its growth cannot be measured.', fits: [] };
  }
  const seed = options.seed ?? 1;
  const sizes = options.sizes ?? generator.sizes ?? DEFAULT_SIZES;
  const repeats = options.repeats ?? 3;
  const targetMs = options.targetMs ?? 200;
  // Only the first test rides along (run mode always runs sample tests): it costs little and proves the harness works.
  const [first] = spec.tests;
  const probeSpec: JudgeSpec = { ...spec, tests: first === undefined ? [] : [{ ...first, sample: true }] };

  /** The times at one size, or why it could not be measured. */
  const measureAt = async (n: number): Promise<{ times: number[] } | { failure: string }> => {
    // The judge makes the inputs from the seed (on a queue worker, too): megabytes of them never travel.
    const result = await judge.judge({ spec: probeSpec, language, source, mode: 'run', generatedInputs: { seed: seedAt(seed, n), size: n, count: repeats } });
    // Generated inputs come after the sample tests, in order.
    const runs = result.tests.slice(-repeats);
    const failed = runs.find((test) => test.verdict !== 'Accepted');
    if (runs.length < repeats || failed !== undefined || result.verdict === 'Compile Error') return { failure: failed?.verdict ?? result.verdict };
    return { times: runs.map((test) => test.timeMs) };
  };

  const measurements: Measurement[] = [];
  const measuredSizes: number[] = [];
  /** The fastest run at the size measured last. */
  let lastFastest = 0;
  /** Measures n and keeps its times; the failure when it could not be measured. */
  const measure = async (n: number): Promise<{ failure: string } | null> => {
    const outcome = await measureAt(n);
    if ('failure' in outcome) return outcome;
    for (const timeMs of outcome.times) measurements.push({ n, timeMs });
    measuredSizes.push(n);
    lastFastest = Math.min(...outcome.times);
    return null;
  };

  let stoppedBy: string | null = null;
  let reachedTarget = false;
  for (const n of sizes) {
    const failed = await measure(n);
    if (failed !== null) {
      stoppedBy = `stopped at n=${n.toLocaleString('en-US')}: ${failed.failure}`;
      break;
    }
    if (lastFastest >= targetMs) {
      reachedTarget = true;
      break;
    }
  }
  const stoppedEarly = reachedTarget || stoppedBy !== null;
  if (!stoppedEarly && measuredSizes.length > 0) {
    // Sizes chosen with a slower language in mind can leave a fast one (C++, JIT-warm JavaScript)
    // growing, but within the timer's noise: double a few more times so the curve rises above it.
    // Times that stay flat (O(1), O(log n)) are an answer already and are not chased. A failure
    // here (memory, the time limit) just ends the extension: the sizes asked for were all measured.
    for (let extra = 0, n = 2 * Math.max(...measuredSizes); extra < MAX_EXTRA_DOUBLINGS && lastFastest >= EXTEND_ABOVE_MS && lastFastest < EXTEND_BELOW_MS; extra += 1, n *= 2) {
      if ((await measure(n)) !== null) break;
    }
  }
  if (stoppedEarly && measuredSizes.length > 0) {
    // A slow solution reaches the time target after two or three sizes: halve below the smallest
    // until the fit has enough points, rather than fitting a curve through three.
    for (let n = Math.floor(Math.min(...measuredSizes) / 2); measuredSizes.length < MIN_SIZES && n >= 2; n = Math.floor(n / 2)) {
      if ((await measure(n)) !== null) break;
    }
  }
  const report = fitComplexity(measurements, { expectedClass: generator.expectedClass, ...(options.floorMs === undefined ? {} : { floorMs: options.floorMs }) });
  return stoppedBy === null ? report : { ...report, message: `${report.message} (Measuring ${stoppedBy}.)` };
}
