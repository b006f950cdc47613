/**
 * Fits measured running times to a growth class (1, log n, n, n log n, n², n³,
 * 2ⁿ) so the judge can tell a candidate "your solution grows like n² but this
 * problem expects n", with the numbers. Pure: the measuring lives in the judge
 * package (`measureComplexity`).
 *
 * Each class is the model `t = a + b·g(n)`, where `g` is the class's growth
 * normalised to 1 at the largest size (so `b` is "the time the growing part
 * takes at the largest n") and `a ≥ 0` soaks up the constant floor (process
 * start, harness, timer resolution). Both are fitted by weighted least squares
 * with weights 1/(t + floor)², i.e. on relative error, because timing noise is
 * roughly proportional to the time measured.
 *
 * What timing can and cannot tell: on a real machine a linear loop slows per
 * element as its data outgrows the caches, so an O(n) solution measured from
 * 2¹¹ to 2¹⁷ really does look like n log n (the log factor only adds ~0.1 to
 * the log-log slope there). So the classes come in tiers that timing separates
 * reliably — {1, log n}, {n, n log n}, n², n³, 2ⁿ — and the verdict compares
 * tiers: within a tier the answer is "as expected" (saying when the neighbour
 * fits as well), and "slower" or "faster" needs the expected class to fit
 * clearly worse than the best one, never a coin toss between two near fits.
 */

export const COMPLEXITY_CLASSES = ['1', 'log n', 'n', 'n log n', 'n^2', 'n^3', '2^n'] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

export interface Measurement {
  readonly n: number;
  readonly timeMs: number;
}

/**
 * `inconclusive`: no expected class to compare with, too few sizes, or the
 * times never rose measurably above the timer floor.
 */
export type ComplexityVerdict = 'as-expected' | 'slower-than-expected' | 'faster' | 'inconclusive';

export interface ClassFit {
  readonly fittedClass: ComplexityClass;
  /** Root-mean-square relative residual: 0.05 means the model is off by about 5 % per point. */
  readonly error: number;
  readonly constantMs: number;
  readonly growingMs: number;
}

export interface ComplexityReport {
  readonly fittedClass: ComplexityClass | null;
  readonly expectedClass: ComplexityClass | null;
  /** One point per size (the fastest of repeated runs), smallest n first. */
  readonly measurements: readonly Measurement[];
  readonly verdict: ComplexityVerdict;
  readonly message: string;
  /** Every class's fit, in COMPLEXITY_CLASSES order, for display and debugging. */
  readonly fits: readonly ClassFit[];
}

export interface FitOptions {
  /** The problem's expected class, in any usual spelling ("O(n log n)", "n^2", "quadratic"). */
  readonly expectedClass?: string | undefined;
  /** Timer resolution plus jitter: times below it carry no information. Default 1 ms. */
  readonly floorMs?: number;
  /** A simpler growing class wins when its error is within this factor of the best (default 0.1 = 10 % worse)… */
  readonly closeRelative?: number;
  /** …or within this absolute relative-error margin (default 0.005). */
  readonly closeAbsolute?: number;
}

const LABELS: Record<ComplexityClass, string> = {
  '1': 'O(1)',
  'log n': 'O(log n)',
  n: 'O(n)',
  'n log n': 'O(n log n)',
  'n^2': 'O(n²)',
  'n^3': 'O(n³)',
  '2^n': 'O(2ⁿ)',
};

/** The class as people write it: `O(n²)`. */
export const formatComplexityClass = (value: ComplexityClass): string => LABELS[value];

const ALIASES: Record<string, ComplexityClass> = {
  '1': '1',
  constant: '1',
  logn: 'log n',
  logarithmic: 'log n',
  n: 'n',
  linear: 'n',
  nlogn: 'n log n',
  linearithmic: 'n log n',
  'n^2': 'n^2',
  n2: 'n^2',
  nn: 'n^2',
  quadratic: 'n^2',
  'n^3': 'n^3',
  n3: 'n^3',
  nnn: 'n^3',
  cubic: 'n^3',
  '2^n': '2^n',
  exponential: '2^n',
};

/** Reads "O(n log n)", "n*log(n)", "n²", "quadratic"…; null when it is none of the seven classes. */
export function parseComplexityClass(text: string): ComplexityClass | null {
  const key = text
    .toLowerCase()
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/ⁿ/g, '^n')
    .replace(/^\s*o\s*\((.*)\)\s*$/, '$1')
    .replace(/log_?2|lg/g, 'log')
    .replace(/[\s*·()]/g, '');
  return ALIASES[key] ?? null;
}

/** Classes in one tier differ by a log factor that timing cannot resolve at the sizes a judge can afford. */
const TIER: Record<ComplexityClass, number> = { '1': 0, 'log n': 0, n: 1, 'n log n': 1, 'n^2': 2, 'n^3': 3, '2^n': 4 };

/**
 * How much worse (root-mean-square relative error) the expected class must fit
 * than the best one before a different tier is called: half again the best
 * error plus 3 points. Real O(n) code measured on a loaded 2-core machine fits
 * n² about 0.2 worse than n; noise alone moves the errors by a few hundredths.
 */
const clearlyWorse = (expected: ClassFit, best: ClassFit): boolean => expected.error > best.error * 1.5 + 0.03;

/** Growth of each class, normalised so that g(nMax) = 1 (2ⁿ in log space to avoid overflow). */
function growth(fittedClass: ComplexityClass, n: number, nMax: number): number {
  const log = (x: number) => Math.log2(Math.max(x, 2));
  switch (fittedClass) {
    case '1':
      return 0;
    case 'log n':
      return log(n) / log(nMax);
    case 'n':
      return n / nMax;
    case 'n log n':
      return (n * log(n)) / (nMax * log(nMax));
    case 'n^2':
      return (n / nMax) ** 2;
    case 'n^3':
      return (n / nMax) ** 3;
    case '2^n':
      return 2 ** (n - nMax);
  }
}

function fitClass(fittedClass: ComplexityClass, points: readonly Measurement[], floorMs: number): ClassFit {
  const nMax = Math.max(...points.map((p) => p.n));
  let sw = 0;
  let sg = 0;
  let st = 0;
  let sgg = 0;
  let sgt = 0;
  for (const { n, timeMs } of points) {
    const w = 1 / (timeMs + floorMs) ** 2;
    const g = growth(fittedClass, n, nMax);
    sw += w;
    sg += w * g;
    st += w * timeMs;
    sgg += w * g * g;
    sgt += w * g * timeMs;
  }
  const det = sw * sgg - sg * sg;
  // Non-negative least squares in two unknowns: solve freely, then clamp whichever coefficient went negative.
  let b = det > 1e-12 * sw * sgg ? (sw * sgt - sg * st) / det : 0;
  let a = (st - b * sg) / sw;
  if (a < 0) {
    a = 0;
    b = sgg > 0 ? sgt / sgg : 0;
  }
  if (b < 0) {
    b = 0;
    a = st / sw;
  }
  let residual = 0;
  for (const { n, timeMs } of points) {
    const predicted = a + b * growth(fittedClass, n, nMax);
    residual += ((timeMs - predicted) / (timeMs + floorMs)) ** 2;
  }
  return { fittedClass, error: Math.sqrt(residual / points.length), constantMs: a, growingMs: b };
}

/**
 * Every growing class has two parameters, so among them the lowest error wins,
 * the simpler one when they are within `closeRelative`. The constant class is
 * nested in each (b = 0), so it keeps the title unless the growing fit removes
 * enough squared error to pass an F-test (F > 8, roughly p < 0.05 for the few
 * points a measurement has): otherwise noise alone would make "1" look like "n".
 */
function chooseClass(fits: readonly ClassFit[], pointCount: number, closeRelative: number, closeAbsolute: number): ComplexityClass {
  const growing = fits.filter((f) => f.fittedClass !== '1');
  const best = Math.min(...growing.map((f) => f.error));
  const chosen = growing.find((f) => f.error <= best * (1 + closeRelative) + closeAbsolute);
  const constant = fits.find((f) => f.fittedClass === '1');
  if (chosen === undefined || constant === undefined) return '1';
  const degreesOfFreedom = Math.max(pointCount - 2, 1);
  const explained = constant.error ** 2 - chosen.error ** 2;
  const isSignificant = explained > (8 * Math.max(chosen.error ** 2, 1e-12)) / degreesOfFreedom;
  return isSignificant ? chosen.fittedClass : '1';
}

/**
 * Repeated runs at one size collapse to the fastest: interference (another
 * process, a GC thread, a cold cache) only ever adds time, so the minimum is
 * the best estimate of the cost itself, as `timeit` reasons.
 */
function fastestPerSize(measurements: readonly Measurement[]): Measurement[] {
  const bySize = new Map<number, number>();
  for (const { n, timeMs } of measurements) {
    if (!Number.isFinite(n) || !Number.isFinite(timeMs) || n <= 0 || timeMs < 0) continue;
    bySize.set(n, Math.min(timeMs, bySize.get(n) ?? Number.POSITIVE_INFINITY));
  }
  return [...bySize.entries()].sort(([a], [b]) => a - b).map(([n, timeMs]) => ({ n, timeMs }));
}

const formatMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const formatN = (n: number): string => n.toLocaleString('en-US');

/** "n=1,000: 2.10 ms, n=2,000: 8.30 ms, …" with at most six points so the sentence stays readable. */
function describePoints(points: readonly Measurement[]): string {
  const shown = points.length <= 6 ? points : [...points.slice(0, 3), ...points.slice(-3)];
  const parts = shown.map((p) => `n=${formatN(p.n)}: ${formatMs(p.timeMs)} ms`);
  if (points.length > 6) parts.splice(3, 0, '…');
  return parts.join(', ');
}

/**
 * Fits the measurements and compares the fitted class with the expected one.
 * Needs at least three distinct sizes; fewer gives an inconclusive report.
 */
export function fitComplexity(measurements: readonly Measurement[], options: FitOptions = {}): ComplexityReport {
  const points = fastestPerSize(measurements);
  const report = judgeGrowth(points, options);
  if ((report.verdict !== 'slower-than-expected' && report.verdict !== 'faster') || points.length < 5) return report;
  // A verdict of "slower" or "faster" must not rest on one measurement: a size whose every run
  // met a busy moment (or a one-off rehash) bends the curve on its own. If leaving out a single
  // point makes the times fit the expected class, that is the honest reading, and it says so.
  const alternatives = points
    .map((left, index) => ({ left, report: judgeGrowth(points.filter((_, other) => other !== index), options) }))
    .filter((alternative) => alternative.report.verdict === 'as-expected');
  const [best] = alternatives.sort((a, b) => expectedError(a.report) - expectedError(b.report));
  if (best === undefined) return report;
  const { left } = best;
  return {
    ...best.report,
    measurements: points,
    message: `${best.report.message} (The measurement at n=${formatN(left.n)}, ${formatMs(left.timeMs)} ms, stood out from the others and was left out of the fit.)`,
  };
}

const expectedError = (report: ComplexityReport): number =>
  report.fits.find((fit) => fit.fittedClass === report.expectedClass)?.error ?? Number.POSITIVE_INFINITY;

/** The fit and verdict for one size per point (see fitComplexity). */
function judgeGrowth(points: readonly Measurement[], options: FitOptions): ComplexityReport {
  const floorMs = options.floorMs ?? 1;
  const closeRelative = options.closeRelative ?? 0.1;
  const closeAbsolute = options.closeAbsolute ?? 0.005;
  const expectedClass = options.expectedClass === undefined ? null : parseComplexityClass(options.expectedClass);
  const numbers = describePoints(points);

  if (points.length < 3) {
    return {
      fittedClass: null,
      expectedClass,
      measurements: points,
      verdict: 'inconclusive',
      message: `Not enough sizes to fit a growth class (${points.length} measured; at least 3 are needed).`,
      fits: [],
    };
  }

  const fits = COMPLEXITY_CLASSES.map((c) => fitClass(c, points, floorMs));
  const times = points.map((p) => p.timeMs);
  const rise = Math.max(...times) - Math.min(...times);
  // Below a few timer ticks of growth every class fits equally well: the honest answer is "flat".
  const isFlat = rise < 4 * floorMs;
  const fittedClass = isFlat ? '1' : chooseClass(fits, points.length, closeRelative, closeAbsolute);

  const grows = `Your solution grows like ${formatComplexityClass(fittedClass)} (${numbers})`;
  if (isFlat && expectedClass !== null && TIER[expectedClass] === 0) {
    return {
      fittedClass: expectedClass,
      expectedClass,
      measurements: points,
      verdict: 'as-expected',
      message: `Your solution's time stayed flat as n grew (${numbers}), as the ${formatComplexityClass(expectedClass)} this problem expects.`,
      fits,
    };
  }
  if (isFlat) {
    const expectation = expectedClass === null ? '' : ` This problem expects ${formatComplexityClass(expectedClass)}.`;
    return {
      fittedClass,
      expectedClass,
      measurements: points,
      verdict: 'inconclusive',
      message: `The running time did not grow measurably (${numbers}; timer floor ${floorMs} ms), so the growth class cannot be told apart; larger sizes are needed.${expectation}`,
      fits,
    };
  }
  if (expectedClass === null) {
    return { fittedClass, expectedClass, measurements: points, verdict: 'inconclusive', message: `${grows}; this problem states no expected class.`, fits };
  }
  const expected = formatComplexityClass(expectedClass);
  const fitOf = (c: ComplexityClass): ClassFit | undefined => fits.find((f) => f.fittedClass === c);
  const bestFit = fitOf(fittedClass);
  const expectedFit = fitOf(expectedClass);
  const report = (verdict: ComplexityVerdict, reported: ComplexityClass, message: string): ComplexityReport => ({
    fittedClass: reported,
    expectedClass,
    measurements: points,
    verdict,
    message,
    fits,
  });

  if (fittedClass === expectedClass) return report('as-expected', fittedClass, `${grows}, as this problem expects.`);
  if (TIER[fittedClass] === TIER[expectedClass]) {
    // Same tier: the neighbour is the better fit by a margin timing cannot vouch for.
    const neighbour = formatComplexityClass(fittedClass);
    return report(
      'as-expected',
      expectedClass,
      `Your solution grows like ${expected} (${numbers}), as this problem expects. (${neighbour} fits these times about as well: timing cannot tell the two apart at these sizes, so check your algorithm's own steps.)`,
    );
  }
  if (bestFit !== undefined && expectedFit !== undefined && !clearlyWorse(expectedFit, bestFit)) {
    return report(
      'inconclusive',
      fittedClass,
      `Your solution's times (${numbers}) fit ${formatComplexityClass(fittedClass)} best, but ${expected}, which this problem expects, fits them almost as well: the measurements are too noisy to say which. Submitting again measures afresh.`,
    );
  }
  if (TIER[fittedClass] > TIER[expectedClass]) return report('slower-than-expected', fittedClass, `${grows} but this problem expects ${expected}.`);
  return report('faster', fittedClass, `${grows}, faster than the ${expected} this problem expects.`);
}
