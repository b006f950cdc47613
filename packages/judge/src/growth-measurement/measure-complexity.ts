import {
  fitComplexity,
  noiseThresholdMs,
  type ComplexityReport,
  type Judge,
  type JudgeSpec,
  type Language,
  type Measurement,
} from '@onsite/core';

export interface MeasureComplexityOptions {
  /** Overrides the spec's `generator.sizes`. Default: doubling from 16 until the time target or 2²⁰. */
  readonly sizes?: readonly number[];
  /** Timed inputs per size; the fastest CPU time is the point fitted. Default 4. */
  readonly repeats?: number;
  /**
   * Untimed inputs run first at each size, in the same process (default 1): they take the JIT
   * to its top tier and grow the heap, so the timed runs measure the solution, not V8 compiling
   * it or the allocator's first touch of its pages (which made n = 16 000 slower than 32 000).
   */
  readonly warmups?: number;
  /** Stop growing n once a size's fastest run takes this long. Default 200 ms. */
  readonly targetMs?: number;
  readonly seed?: number;
  /** Timer floor passed to the fit (default 1 ms: below it, JIT tiers and GC jitter outweigh the clock's precision). */
  readonly floorMs?: number;
}

const DEFAULT_SIZES = Array.from({ length: 17 }, (_, i) => 2 ** (i + 4));
/** Fewer sizes than this and two neighbouring classes fit about equally well. */
const MIN_SIZES = 5;
/** Two sizes above the noise this far apart (a doubling) get their geometric midpoint measured, ×√2 from each. */
const MIN_GAP_FOR_MIDPOINT = 2;
/**
 * Above this at the largest size the time grows; below this many ms it is still close enough to
 * the noise that a few sizes shape the curve: double n (at most MAX_EXTRA_DOUBLINGS times) until
 * the largest size is well clear of it.
 */
const EXTEND_ABOVE_MS = 0.5;
const EXTEND_BELOW_MS = 40;
const MAX_EXTRA_DOUBLINGS = 4;
/** Extension never goes past this n: an input of 2²⁰ numbers is already megabytes of JSON per run. */
const MAX_EXTENDED_SIZE = 2 ** 20;
/** A time counts as growing when it is at least this factor above the one it is compared with. */
const MIN_GROWTH = 1.5;

/**
 * The least CPU time one step of a solution can take in each language, for the fit's physical
 * bounds (FitOptions.minimumStepMs): flat times under n of these rule out any growing class, and
 * a class whose steps at the largest n would not fit in the time measured is ruled out. Each is
 * several times below what the fastest loop in that language manages (an interpreted Python
 * bytecode ≈ 10 ns, a JIT-compiled JavaScript loop ≈ 0.3 ns; C++ and Java may vectorise).
 */
const MINIMUM_STEP_MS: Record<Language, number> = {
  python: 5e-7,
  javascript: 2e-8,
  typescript: 2e-8,
  java: 5e-9,
  cpp: 5e-9,
};

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
 * that leaves fewer than five sizes, it measures the ×√2 midpoints between the
 * sizes above the timer's noise, and only then halves of the smallest.
 * When every size was measured and the largest ran between 0.5 and 40 ms, it
 * doubles n up to four more times, so fast languages rise above the noise.
 * Each size's judge run starts with untimed warm-up inputs (see `warmups`);
 * the point fitted is the fastest CPU time of the timed ones.
 */
export async function measureComplexity(
  judge: Judge,
  spec: JudgeSpec,
  language: Language,
  source: string,
  options: MeasureComplexityOptions = {},
): Promise<ComplexityReport> {
  const { generator } = spec;
  if (generator === undefined) {
    return {
      fittedClass: null,
      expectedClass: null,
      measurements: [],
      verdict: 'inconclusive',
      message: 'This problem has no input generator, so its growth cannot be measured.',
      fits: [],
    };
  }
  const seed = options.seed ?? 1;
  const sizes = options.sizes ?? generator.sizes ?? DEFAULT_SIZES;
  const repeats = options.repeats ?? 4;
  const warmups = options.warmups ?? 1;
  const targetMs = options.targetMs ?? 200;
  // Only the first test rides along (run mode always runs sample tests): it costs little and proves the harness works.
  const [first] = spec.tests;
  const probeSpec: JudgeSpec = {
    ...spec,
    tests: first === undefined ? [] : [{ ...first, sample: true }],
  };

  /** The times at one size, or why it could not be measured. */
  const measureAt = async (n: number): Promise<{ times: number[] } | { failure: string }> => {
    // The judge makes the inputs from the seed (on a queue worker, too): megabytes of them never travel.
    const result = await judge.judge({
      spec: probeSpec,
      language,
      source,
      mode: 'run',
      generatedInputs: { seed: seedAt(seed, n), size: n, count: warmups + repeats },
    });
    // Generated inputs come after the sample tests, in order; a warm-up that fails is a failure too.
    const generated = result.tests.slice(-(warmups + repeats));
    const runs = generated.slice(warmups);
    const failed = generated.find((test) => test.verdict !== 'Accepted');
    if (runs.length < repeats || failed !== undefined || result.verdict === 'Compile Error')
      return { failure: failed?.verdict ?? result.verdict };
    return { times: runs.map((test) => test.timeMs) };
  };

  const measurements: Measurement[] = [];
  const measuredSizes: number[] = [];
  /** The fastest run at the size measured last. */
  let lastFastest = 0;
  const fastestAt = (n: number): number =>
    Math.min(...measurements.filter((m) => m.n === n).map((m) => m.timeMs));
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
    // Flat means the largest size ran less than half again as long as the smallest (a big constant
    // is flat too, above 0.5 ms), and each doubling must keep the time growing; inputs stop at 2²⁰.
    const isGrowing = (): boolean =>
      lastFastest >= MIN_GROWTH * fastestAt(Math.min(...measuredSizes));
    for (
      let extra = 0, n = 2 * Math.max(...measuredSizes);
      extra < MAX_EXTRA_DOUBLINGS &&
      n <= MAX_EXTENDED_SIZE &&
      lastFastest >= EXTEND_ABOVE_MS &&
      lastFastest < EXTEND_BELOW_MS &&
      isGrowing();
      extra += 1, n *= 2
    ) {
      const before = lastFastest;
      // A generator that cannot make inputs this large (its own time limit) ends the extension too.
      const failed = await measure(n).catch((error: unknown) => ({
        failure: error instanceof Error ? error.message : String(error),
      }));
      if (failed !== null || lastFastest < MIN_GROWTH * before) break;
    }
  }
  if (stoppedEarly && measuredSizes.length > 0) {
    // A steep solution reaches the time target after two or three sizes. Halving below the
    // smallest would add sizes that run under the timer's noise (a quadratic at half n takes a
    // quarter of the time), which the fit does not count: it needs four sizes above the noise and
    // came out inconclusive. So first fill in ×√2 midpoints between sizes already above the noise,
    // widest gap first, and halve below the smallest only if that still leaves too few sizes.
    const threshold = noiseThresholdMs(options.floorMs);
    const widestGapAboveNoise = (): readonly [number, number] | null => {
      const above = measuredSizes.filter((n) => fastestAt(n) >= threshold).sort((a, b) => a - b);
      let widest: readonly [number, number] | null = null;
      for (const [index, upper] of above.entries()) {
        const lower = above[index - 1];
        if (lower === undefined || upper / lower < MIN_GAP_FOR_MIDPOINT) continue;
        if (widest === null || upper / lower > widest[1] / widest[0]) widest = [lower, upper];
      }
      return widest;
    };
    for (
      let gap = widestGapAboveNoise();
      measuredSizes.length < MIN_SIZES && gap !== null;
      gap = widestGapAboveNoise()
    ) {
      const midpoint = Math.round(Math.sqrt(gap[0] * gap[1]));
      // A midpoint that itself ran under the noise leaves its gap as it was: do not measure it twice.
      if (measuredSizes.includes(midpoint) || (await measure(midpoint)) !== null) break;
    }
    for (
      let n = Math.floor(Math.min(...measuredSizes) / 2);
      measuredSizes.length < MIN_SIZES && n >= 2;
      n = Math.floor(n / 2)
    ) {
      if ((await measure(n)) !== null) break;
    }
  }
  const report = fitComplexity(measurements, {
    expectedClass: generator.expectedClass,
    minimumStepMs: MINIMUM_STEP_MS[language],
    ...(options.floorMs === undefined ? {} : { floorMs: options.floorMs }),
  });
  return stoppedBy === null
    ? report
    : { ...report, message: `${report.message} (Measuring ${stoppedBy}.)` };
}
