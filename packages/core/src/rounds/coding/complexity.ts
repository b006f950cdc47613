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
 * element as its data outgrows the caches (a Python dict of 128 000 keys costs
 * twice per key what one of 32 000 does), and the allocator or a JIT tier-up
 * can make one size faster than a smaller one. So the classes come in tiers
 * that timing separates — {1, log n}, {n, n log n}, n², n³, 2ⁿ — and a claim
 * is a tier, never a coin toss within one. Physics comes first: a class whose
 * steps could not fit in the time measured is ruled out, as the claim and as a
 * rival alike (`minimumStepMs`). A tier is claimed only when every other class
 * the time could pay for fits clearly worse and no single size decides it;
 * otherwise the report says it does not know (`claimedClasses` empty). A
 * class shown to a candidate must be right or say so: `describeGrowthClaim`
 * is the one place that turns a report into the words every screen shows.
 */

export const COMPLEXITY_CLASSES = ['1', 'log n', 'n', 'n log n', 'n^2', 'n^3', '2^n'] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

export interface Measurement {
  readonly n: number;
  readonly timeMs: number;
}

/**
 * `inconclusive`: nothing is claimed (too few sizes above the noise, times that
 * fit two tiers about as well, a claim resting on one size), or no expected
 * class to compare with.
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
  /** The best-fitting class the time could pay for, for the message and debugging: not a claim (see `claimedClasses`). */
  readonly fittedClass: ComplexityClass | null;
  /**
   * What the times vouch for: the classes of one tier (`['n', 'n log n']`, `['n^2']`), or none when
   * the evidence does not separate the tiers. Absent in reports stored before it existed: read it
   * through `describeGrowthClaim`.
   */
  readonly claimedClasses?: readonly ComplexityClass[];
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
  /**
   * The least time one step can cost, in ms (default 5e-9 ms = 0.005 ns: a 4 GHz core doing fifty
   * integer operations a cycle). A class whose steps at the largest n could not fit in the time
   * measured is ruled out: 55 ms at n = 256 000 cannot be n² steps (that would be 0.8 ps each).
   */
  readonly minimumStepMs?: number;
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
const TIER: Record<ComplexityClass, number> = {
  '1': 0,
  'log n': 0,
  n: 1,
  'n log n': 1,
  'n^2': 2,
  'n^3': 3,
  '2^n': 4,
};

/**
 * How much worse (root-mean-square relative error) a class must fit than the
 * best one to be ruled out: half again the best error plus 3 points. Real O(n)
 * code measured on a loaded 2-core machine fits n² about 0.2 worse than n;
 * noise alone moves the errors by a few hundredths.
 */
const clearlyWorse = (other: ClassFit, best: ClassFit): boolean =>
  other.error > best.error * 1.5 + 0.03;

/** The classes of one tier, simplest first: what a claim of that tier names. */
const classesOfTier = (tier: number): ComplexityClass[] =>
  COMPLEXITY_CLASSES.filter((c) => TIER[c] === tier);

/** See FitOptions.minimumStepMs. */
const DEFAULT_MINIMUM_STEP_MS = 5e-9;

/** How many steps the simplest class of a tier takes at n, at the least (constant factor 1). */
function stepsOf(fittedClass: ComplexityClass, n: number): number {
  switch (fittedClass) {
    case '1':
    case 'log n':
      return 1;
    case 'n':
      return n;
    case 'n log n':
      return n * Math.log2(Math.max(n, 2));
    case 'n^2':
      return n * n;
    case 'n^3':
      return n * n * n;
    case '2^n':
      return 2 ** Math.min(n, 1024);
  }
}
/** A size is evidence of growth only when its time is this many timer floors: below, jitter shapes it. */
const ABOVE_NOISE = 2;
/** The timer floor the fit assumes when none is given (FitOptions.floorMs). */
const DEFAULT_FLOOR_MS = 1;
/**
 * The least time one size must take to count as evidence of growth in the fit, for a timer floor:
 * a measurement that adds sizes to fit aims them above it (below, they are points the fit ignores).
 */
export const noiseThresholdMs = (floorMs: number = DEFAULT_FLOOR_MS): number =>
  ABOVE_NOISE * floorMs;
/**
 * A growing class needs this many sizes above the noise, spanning at least this factor in n
 * (two doublings) or, for the steep classes measured over a narrow range of n, in time.
 */
const MIN_POINTS_ABOVE_NOISE = 4;
const MIN_SIZE_SPAN = 4;
const MIN_TIME_SPAN = 30;
/** A larger size running this much faster than a smaller one is not noise around a growing cost. */
const DIP_FRACTION = 0.2;
/**
 * The log-log slope each tier's times may show end to end (Theil–Sen over the sizes above the
 * noise). Wide on purpose: cache misses steepen a linear loop, a constant floor flattens a
 * quadratic one. Its job is to veto a fit that bends to a few points against the trend of all
 * of them, as a Python dict whose last doubling costs 3.5× does after a dip at 32 000.
 */
const SLOPE_RANGE: Record<number, readonly [number, number]> = {
  0: [-1, 0.4],
  1: [0.6, 1.6],
  2: [1.35, 2.7],
  3: [2.2, 3.8],
  4: [2.5, Number.POSITIVE_INFINITY],
};
/** A point left out as an outlier must sit this far (relative) from the fit of the others, and… */
const OUTLIER_MIN_RESIDUAL = 0.25;
/** …this many times the others' root-mean-square error. */
const OUTLIER_RESIDUAL_RATIO = 4;

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

function fitClass(
  fittedClass: ComplexityClass,
  points: readonly Measurement[],
  floorMs: number,
): ClassFit {
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
function chooseClass(
  fits: readonly ClassFit[],
  pointCount: number,
  closeRelative: number,
  closeAbsolute: number,
): ComplexityClass {
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

const formatMs = (ms: number): string =>
  ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
const formatN = (n: number): string => n.toLocaleString('en-US');

/** "n=1,000: 2.10 ms, n=2,000: 8.30 ms, …" with at most six points so the sentence stays readable. */
function describePoints(points: readonly Measurement[]): string {
  const shown = points.length <= 6 ? points : [...points.slice(0, 3), ...points.slice(-3)];
  const parts = shown.map((p) => `n=${formatN(p.n)}: ${formatMs(p.timeMs)} ms`);
  if (points.length > 6) parts.splice(3, 0, '…');
  return parts.join(', ');
}

/** What one set of points vouches for: a tier, or why not. */
type TierEvidence =
  | {
      readonly kind: 'tier';
      readonly tier: number;
      readonly best: ComplexityClass;
      readonly fits: readonly ClassFit[];
    }
  | {
      readonly kind: 'unknown';
      readonly reason: string;
      readonly best: ComplexityClass | null;
      readonly fits: readonly ClassFit[];
    };

interface ClaimSettings {
  readonly floorMs: number;
  readonly closeRelative: number;
  readonly closeAbsolute: number;
  readonly minimumStepMs: number;
}

/** The tier one set of points (one per size) supports, with no tolerance for an outlier: see claimTier. */
function weighTier(points: readonly Measurement[], settings: ClaimSettings): TierEvidence {
  const { floorMs } = settings;
  if (points.length < 3)
    return {
      kind: 'unknown',
      reason: `Not enough sizes to fit a growth class (${points.length} measured; at least 3 are needed).`,
      best: null,
      fits: [],
    };
  const fits = COMPLEXITY_CLASSES.map((c) => fitClass(c, points, floorMs));
  const times = points.map((p) => p.timeMs);
  const nMax = Math.max(...points.map((p) => p.n));
  // Below a few timer ticks of growth every class fits equally well: only physics can still speak.
  if (Math.max(...times) - Math.min(...times) < 4 * floorMs) {
    if (Math.max(...times) < stepsOf('n', nMax) * settings.minimumStepMs)
      return { kind: 'tier', tier: 0, best: '1', fits };
    return {
      kind: 'unknown',
      reason: `The running time did not grow measurably (timer floor ${floorMs} ms), so the growth class cannot be told apart; larger sizes are needed.`,
      best: '1',
      fits,
    };
  }
  // Physics before statistics: a class needs at least its steps' worth of time at the largest n
  // (minimumStepMs each), so one whose steps could not fit in the time measured is ruled out, as
  // the fit and as a rival alike. 250 ms at n = 16 000 cannot be n³ steps: n³ bending to the noise
  // as closely as n² does is no reason to doubt n², and when it bends closer still, n² is the
  // best fit there is. (A Python dict outgrowing the caches bends towards n² the same way.)
  const largest = points.reduce((last, point) => (point.n > last.n ? point : last));
  const isPossible = (c: ComplexityClass): boolean => {
    const [simplest] = classesOfTier(TIER[c]);
    return (
      simplest === undefined ||
      largest.timeMs >= stepsOf(simplest, largest.n) * settings.minimumStepMs
    );
  };
  const possible = fits.filter((fit) => isPossible(fit.fittedClass));
  const best = chooseClass(possible, points.length, settings.closeRelative, settings.closeAbsolute);
  const fitOf = (c: ComplexityClass): ClassFit | undefined =>
    fits.find((fit) => fit.fittedClass === c);
  const bestFit = fitOf(best);
  if (bestFit === undefined)
    return { kind: 'unknown', reason: 'No class could be fitted.', best: null, fits };
  const aboveNoise = points.filter((p) => p.timeMs >= ABOVE_NOISE * floorMs);
  const ratio = (values: readonly number[]): number =>
    values.length === 0 ? 1 : Math.max(...values) / Math.min(...values);
  const sizeSpan = ratio(aboveNoise.map((p) => p.n));
  const timeSpan = ratio(aboveNoise.map((p) => p.timeMs));
  if (
    TIER[best] > 0 &&
    (aboveNoise.length < MIN_POINTS_ABOVE_NOISE ||
      (sizeSpan < MIN_SIZE_SPAN && timeSpan < MIN_TIME_SPAN))
  ) {
    return {
      kind: 'unknown',
      reason: `Only ${aboveNoise.length} sizes, n from ×1 to ×${sizeSpan.toFixed(1)}, ran long enough to rise above the timer's noise (${ABOVE_NOISE * floorMs} ms); a class needs ${MIN_POINTS_ABOVE_NOISE} spanning ×${MIN_SIZE_SPAN} in n`,
      best,
      fits,
    };
  }
  const [rival] = possible
    .filter((fit) => TIER[fit.fittedClass] !== TIER[best])
    .sort((x, y) => x.error - y.error);
  if (rival !== undefined && !clearlyWorse(rival, bestFit)) {
    return {
      kind: 'unknown',
      reason: `These times fit ${formatComplexityClass(best)} best, but ${formatComplexityClass(rival.fittedClass)} fits them almost as well: the measurements do not separate the two.`,
      best,
      fits,
    };
  }
  let dips = 0;
  for (let index = 1; index < aboveNoise.length; index += 1) {
    const previous = aboveNoise[index - 1];
    const current = aboveNoise[index];
    if (
      previous !== undefined &&
      current !== undefined &&
      current.timeMs < previous.timeMs * (1 - DIP_FRACTION)
    )
      dips += 1;
  }
  const slope = medianPairwiseSlope(aboveNoise.length >= 3 ? aboveNoise : points);
  const [lowest, highest] = SLOPE_RANGE[TIER[best]] ?? [0, 0];
  if (slope !== null && (slope < lowest || slope > highest)) {
    return {
      kind: 'unknown',
      reason: `These times fit ${formatComplexityClass(best)} best, but taken end to end they grow like n^${slope.toFixed(2)}, which ${formatComplexityClass(best)} does not: a few sizes bend the fit against the trend of the rest.`,
      best,
      fits,
    };
  }
  if (TIER[best] > 0 && dips > 1) {
    return {
      kind: 'unknown',
      reason: `The time fell ${dips} times as n grew, which no growing cost does: something other than the solution shaped these times.`,
      best,
      fits,
    };
  }
  return { kind: 'tier', tier: TIER[best], best, fits };
}

/** The median of the log-log slopes between every two sizes (Theil–Sen): one outlying size cannot move it far. */
function medianPairwiseSlope(points: readonly Measurement[]): number | null {
  const slopes: number[] = [];
  for (const [index, first] of points.entries()) {
    for (const second of points.slice(index + 1)) {
      if (first.timeMs > 0 && second.timeMs > 0 && first.n !== second.n)
        slopes.push(Math.log(second.timeMs / first.timeMs) / Math.log(second.n / first.n));
    }
  }
  if (slopes.length === 0) return null;
  slopes.sort((x, y) => x - y);
  const middle = Math.floor(slopes.length / 2);
  return slopes.length % 2 === 1
    ? (slopes[middle] ?? null)
    : ((slopes[middle - 1] ?? 0) + (slopes[middle] ?? 0)) / 2;
}

/** Relative distance of a point from a fit's prediction, as the fit weighs it. */
function residualOf(fit: ClassFit, point: Measurement, nMax: number, floorMs: number): number {
  const predicted = fit.constantMs + fit.growingMs * growth(fit.fittedClass, point.n, nMax);
  return Math.abs(point.timeMs - predicted) / (point.timeMs + floorMs);
}

/**
 * The tier the points support, tolerating one outlying size: no single size may
 * decide it (if leaving one out supports another tier, nothing is claimed), and
 * when all of them together are unclear only because one size stands far off
 * the fit of the rest (a GC pause, a JIT tier-up, an allocator's first touch),
 * the rest decide and the report names the size left out.
 */
function claimTier(
  points: readonly Measurement[],
  settings: ClaimSettings,
): { readonly evidence: TierEvidence; readonly leftOut: Measurement | null } {
  const whole = weighTier(points, settings);
  if (points.length < 5) return { evidence: whole, leftOut: null };
  const withoutEach = points.map((left, index) => ({
    left,
    evidence: weighTier(
      points.filter((_, other) => other !== index),
      settings,
    ),
  }));
  const tiers = new Set(
    [whole, ...withoutEach.map((each) => each.evidence)].flatMap((evidence) =>
      evidence.kind === 'tier' ? [evidence.tier] : [],
    ),
  );
  if (tiers.size > 1) {
    const named = [...tiers]
      .sort((x, y) => x - y)
      .map((tier) => classesOfTier(tier).map(formatComplexityClass).join(' or '));
    return {
      evidence: {
        kind: 'unknown',
        reason: `Leaving out a single size changes the answer (${named.join(' against ')}), so no one class can be vouched for.`,
        best: whole.best,
        fits: whole.fits,
      },
      leftOut: null,
    };
  }
  if (whole.kind === 'tier') return { evidence: whole, leftOut: null };
  const rescued = withoutEach.find(({ left, evidence }) => {
    if (evidence.kind !== 'tier') return false;
    const bestFit = evidence.fits.find((fit) => fit.fittedClass === evidence.best);
    if (bestFit === undefined) return false;
    const nMax = Math.max(...points.filter((p) => p !== left).map((p) => p.n));
    return (
      residualOf(bestFit, left, nMax, settings.floorMs) >
      Math.max(OUTLIER_MIN_RESIDUAL, OUTLIER_RESIDUAL_RATIO * bestFit.error)
    );
  });
  return rescued === undefined
    ? { evidence: whole, leftOut: null }
    : { evidence: rescued.evidence, leftOut: rescued.left };
}

/**
 * Fits the measurements (repeats collapse to the fastest per size), claims a
 * tier only when the evidence separates it (see the module comment) and
 * compares the claim with the expected class. Needs at least three distinct
 * sizes; fewer gives an inconclusive report.
 */
export function fitComplexity(
  measurements: readonly Measurement[],
  options: FitOptions = {},
): ComplexityReport {
  const points = fastestPerSize(measurements);
  const settings: ClaimSettings = {
    floorMs: options.floorMs ?? DEFAULT_FLOOR_MS,
    closeRelative: options.closeRelative ?? 0.1,
    closeAbsolute: options.closeAbsolute ?? 0.005,
    minimumStepMs: options.minimumStepMs ?? DEFAULT_MINIMUM_STEP_MS,
  };
  const expectedClass =
    options.expectedClass === undefined ? null : parseComplexityClass(options.expectedClass);
  const numbers = describePoints(points);
  const expectation =
    expectedClass === null
      ? ' This problem states no expected class.'
      : ` This problem expects ${formatComplexityClass(expectedClass)}.`;
  const { evidence, leftOut } = claimTier(points, settings);
  const base = {
    expectedClass,
    measurements: points,
    fits: evidence.fits,
    fittedClass: evidence.best,
  };

  if (evidence.kind === 'unknown') {
    const measured = points.length === 0 ? '' : ` (${numbers})`;
    return {
      ...base,
      claimedClasses: [],
      verdict: 'inconclusive',
      message: `${evidence.reason.replace(/\.$/, '')}${measured}. Submitting again measures afresh.${expectation}`,
    };
  }
  const claimed = classesOfTier(evidence.tier);
  const claimText = claimed.map(formatComplexityClass).join(' or ');
  const caveat =
    claimed.length > 1 ? ' (timing cannot tell a factor of log n apart at these sizes)' : '';
  const outlier =
    leftOut === null
      ? ''
      : ` (The measurement at n=${formatN(leftOut.n)}, ${formatMs(leftOut.timeMs)} ms, stood out from the others and was left out of the fit.)`;
  const grows = `Your solution grows like ${claimText}${caveat} (${numbers})`;
  const report = (verdict: ComplexityVerdict, message: string): ComplexityReport => ({
    ...base,
    claimedClasses: claimed,
    verdict,
    message: `${message}${outlier}`,
  });
  if (expectedClass === null)
    return report('inconclusive', `${grows}; this problem states no expected class.`);
  const expected = formatComplexityClass(expectedClass);
  if (claimed.includes(expectedClass))
    return report('as-expected', `${grows}, as this problem expects.`);
  if (evidence.tier > TIER[expectedClass])
    return report('slower-than-expected', `${grows} but this problem expects ${expected}.`);
  return report('faster', `${grows}, faster than the ${expected} this problem expects.`);
}

/**
 * How many classes (in COMPLEXITY_CLASSES order) a claim is from the truth: 0 when the truth is
 * among the claimed classes, 1 for a neighbour (n² claimed for n log n), 2 or more for the kind
 * of error a candidate must never be shown (n² for n). Null when nothing was claimed.
 */
export function classesApart(
  truth: ComplexityClass,
  claimed: readonly ComplexityClass[],
): number | null {
  if (claimed.length === 0) return null;
  const at = COMPLEXITY_CLASSES.indexOf(truth);
  return Math.min(...claimed.map((c) => Math.abs(COMPLEXITY_CLASSES.indexOf(c) - at)));
}

/** What every screen shows for a report's class: the claim, or "inconclusive". */
export interface GrowthClaim {
  /** False when the measurement does not vouch for a class (or has nothing to compare it with). */
  readonly isKnown: boolean;
  /** "O(n) or O(n log n)", "O(n²)", or "inconclusive". */
  readonly label: string;
  readonly classes: readonly ComplexityClass[];
}

/**
 * The one decision of what to show as a solution's growth class, read by the
 * growth card, the submissions table, the API's summaries and the CLI alike, so
 * none can show a class another calls inconclusive. A report whose verdict is
 * inconclusive shows no class; one stored before `claimedClasses` existed
 * claims its fitted class only when its verdict was not inconclusive.
 */
export function describeGrowthClaim(
  report: Pick<ComplexityReport, 'fittedClass' | 'claimedClasses' | 'verdict'>,
): GrowthClaim {
  const classes =
    report.verdict === 'inconclusive'
      ? []
      : (report.claimedClasses ?? (report.fittedClass === null ? [] : [report.fittedClass]));
  if (classes.length === 0) return { isKnown: false, label: 'inconclusive', classes: [] };
  return { isKnown: true, label: classes.map(formatComplexityClass).join(' or '), classes };
}
