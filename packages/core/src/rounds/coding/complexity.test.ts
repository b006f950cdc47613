import { describe, expect, it } from 'vitest';
import {
  classesApart,
  COMPLEXITY_CLASSES,
  describeGrowthClaim,
  fitComplexity,
  parseComplexityClass,
  type ComplexityClass,
  type Measurement,
} from './complexity';
import { createSeededRandom } from './seeded-random';

/** Deterministic noise: the project's seeded generator, then Box–Muller for a normal deviate. */
function seededNormal(seed: number): () => number {
  const uniform = createSeededRandom(seed);
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

const log2 = Math.log2;
const DOUBLING = Array.from({ length: 11 }, (_, i) => 2 ** (10 + i));
/** Per class: sizes a real run would use, and a true cost in ms (with a 3 ms constant floor). */
const SCENARIOS: Record<ComplexityClass, { sizes: number[]; cost: (n: number) => number }> = {
  '1': { sizes: [1000, 2000, 4000, 8000, 16000, 32000, 64000], cost: () => 3 + 2 },
  'log n': { sizes: [16, 256, 4096, 65536, 1 << 20, 1 << 24], cost: (n) => 3 + 2 * log2(n) },
  // n and n log n differ by a slowly growing log factor: only a wide range of sizes (doubling
  // from 2¹⁰ to 2²⁰, as measureComplexity does) tells them apart under noise.
  n: { sizes: DOUBLING, cost: (n) => 3 + n / 2000 },
  'n log n': { sizes: DOUBLING, cost: (n) => 3 + (n * log2(n)) / 40000 },
  'n^2': { sizes: [250, 500, 1000, 1500, 2000, 3000, 4000], cost: (n) => 3 + (n * n) / 40000 },
  'n^3': { sizes: [40, 60, 80, 100, 140, 180, 220], cost: (n) => 3 + (n * n * n) / 30000 },
  '2^n': { sizes: [10, 12, 14, 16, 17, 18, 19, 20], cost: (n) => 3 + 2 ** n / 5000 },
};

/** Three runs per size with ~8 % multiplicative noise, as a shared 2-core machine produces. */
function measure(cls: ComplexityClass, seed: number, noise = 0.08): Measurement[] {
  const normal = seededNormal(seed);
  const scenario = SCENARIOS[cls];
  return scenario.sizes.flatMap((n) =>
    [0, 1, 2].map(() => ({ n, timeMs: scenario.cost(n) * Math.exp(noise * normal()) })),
  );
}

/** The classes a claim of each class's tier names: timing cannot split a log factor. */
const TIER_OF: Record<ComplexityClass, readonly ComplexityClass[]> = {
  '1': ['1', 'log n'],
  'log n': ['1', 'log n'],
  n: ['n', 'n log n'],
  'n log n': ['n', 'n log n'],
  'n^2': ['n^2'],
  'n^3': ['n^3'],
  '2^n': ['2^n'],
};

describe('fitComplexity', () => {
  for (const cls of COMPLEXITY_CLASSES.filter((c) => c !== '1')) {
    it(`claims the tier of noisy ${cls} growth across 50 seeds`, () => {
      for (let seed = 1; seed <= 50; seed += 1) {
        const report = fitComplexity(measure(cls, seed), { expectedClass: cls });
        expect({ seed, claimed: report.claimedClasses }).toEqual({ seed, claimed: TIER_OF[cls] });
        expect(report.verdict).toBe('as-expected');
      }
    });
  }

  it('does not call a big constant O(1): a linear cost could hide under it, so it says it does not know', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const report = fitComplexity(measure('1', seed), { expectedClass: '1' });
      expect(report.claimedClasses).toEqual([]);
      expect(report.verdict).toBe('inconclusive');
    }
  });

  it('tells a quadratic solution to a linear problem that it is slower, with the numbers', () => {
    const report = fitComplexity(measure('n^2', 7), { expectedClass: 'O(n)' });
    expect(report.fittedClass).toBe('n^2');
    expect(report.claimedClasses).toEqual(['n^2']);
    expect(report.expectedClass).toBe('n');
    expect(report.verdict).toBe('slower-than-expected');
    expect(report.message).toMatch(
      /^Your solution grows like O\(n²\) \(n=250: [\d.]+ ms, .*n=4,000: \d+ ms\) but this problem expects O\(n\)\.$/,
    );
  });

  it('reports a linear solution to a quadratic problem as faster', () => {
    const report = fitComplexity(measure('n', 3), { expectedClass: 'n^2' });
    expect(report.claimedClasses).toEqual(['n', 'n log n']);
    expect(report.verdict).toBe('faster');
  });

  it('does not claim a difference between n and n log n that timing cannot resolve, and says so', () => {
    const report = fitComplexity(measure('n log n', 4), { expectedClass: 'O(n)' });
    expect(report.verdict).toBe('as-expected');
    expect(report.claimedClasses).toEqual(['n', 'n log n']);
    expect(report.message).toMatch(
      /^Your solution grows like O\(n\) or O\(n log n\) \(timing cannot tell a factor of log n apart at these sizes\) \(n=1,024: .*\), as this problem expects\.$/,
    );
  });

  it('keeps one point per size: the fastest of the repeats, since interference only ever adds time', () => {
    const runs = [
      { n: 10, timeMs: 1.3 },
      { n: 10, timeMs: 900 },
      { n: 10, timeMs: 1.2 },
      { n: 20, timeMs: 2 },
      { n: 40, timeMs: 4 },
    ];
    expect(fitComplexity(runs).measurements).toEqual([
      { n: 10, timeMs: 1.2 },
      { n: 20, timeMs: 2 },
      { n: 40, timeMs: 4 },
    ]);
  });

  it('is inconclusive, not "slower", when the expected class fits almost as well as a class a tier away', () => {
    // Too few sizes over too narrow a range for n and n² to separate: both fit within noise.
    const report = fitComplexity(
      [
        { n: 1000, timeMs: 20 },
        { n: 1100, timeMs: 22.8 },
        { n: 1200, timeMs: 25.9 },
      ],
      { expectedClass: 'n' },
    );
    expect(report.verdict).toBe('inconclusive');
    expect(report.claimedClasses).toEqual([]);
    expect(report.message).toContain('rise above the timer');
  });

  it('is inconclusive when the times never rise above the timer floor', () => {
    const flat = [1000, 2000, 4000, 8000].map((n, i) => ({
      n,
      timeMs: [0.2, 0.9, 0.4, 1.1][i] ?? 0,
    }));
    const report = fitComplexity(flat, { expectedClass: 'n', floorMs: 1 });
    expect(report.verdict).toBe('inconclusive');
    expect(report.message).toContain('did not grow measurably');
  });

  it('calls flat times O(1) or O(log n) only when they are too small for any growing cost', () => {
    // 3 µs at n = 2²⁰: under 0.005 ns per element, so nothing reads the whole input.
    const tiny = [2 ** 14, 2 ** 16, 2 ** 18, 2 ** 20].map((n) => ({ n, timeMs: 0.003 }));
    const report = fitComplexity(tiny, { expectedClass: '1' });
    expect(report.verdict).toBe('as-expected');
    expect(report.claimedClasses).toEqual(['1', 'log n']);
    // 0.3 ms at n = 8 000 could be a linear scan: no claim.
    const small = [1000, 2000, 4000, 8000].map((n) => ({ n, timeMs: 0.3 }));
    expect(fitComplexity(small, { expectedClass: '1' }).verdict).toBe('inconclusive');
  });

  it('needs at least three sizes', () => {
    const report = fitComplexity([
      { n: 1, timeMs: 1 },
      { n: 2, timeMs: 2 },
    ]);
    expect(report.fittedClass).toBeNull();
    expect(report.verdict).toBe('inconclusive');
  });

  it('ignores impossible points instead of crashing', () => {
    const report = fitComplexity([
      { n: Number.NaN, timeMs: 1 },
      { n: 10, timeMs: -1 },
      { n: 0, timeMs: 1 },
    ]);
    expect(report.measurements).toEqual([]);
    expect(report.verdict).toBe('inconclusive');
  });

  it('is inconclusive without an expected class but still says what the times fit', () => {
    const report = fitComplexity(measure('n', 1));
    expect(report.claimedClasses).toEqual(['n', 'n log n']);
    expect(report.verdict).toBe('inconclusive');
    expect(report.message).toContain('states no expected class');
  });
});

describe('parseComplexityClass', () => {
  it.each([
    ['O(1)', '1'],
    ['O(log n)', 'log n'],
    ['n', 'n'],
    ['O(n log n)', 'n log n'],
    ['n*log(n)', 'n log n'],
    ['O(n²)', 'n^2'],
    ['n^2', 'n^2'],
    ['quadratic', 'n^2'],
    ['O(n^3)', 'n^3'],
    ['O(2^n)', '2^n'],
  ] as const)('reads %s as %s', (text, expected) => {
    expect(parseComplexityClass(text)).toBe(expected);
  });

  it('returns null for a class outside the seven', () => {
    expect(parseComplexityClass('O(n!)')).toBeNull();
  });
});

/**
 * Times measured in the real sandbox on a 2-core machine (fastest of three
 * runs per size, CPU ms). Real linear code slows per element as its data
 * outgrows the caches, so these are the cases synthetic curves miss.
 */
const MEASURED: Record<string, { expected: string; points: [number, number][] }> = {
  'Python one-pass hash map (linear)': {
    expected: 'n',
    points: [
      [4000, 0.8],
      [8000, 1.6],
      [16000, 3.3],
      [32000, 6.3],
      [64000, 14.6],
      [128000, 32.8],
    ],
  },
  'Python breadth-first tree depth (linear)': {
    expected: 'n',
    points: [
      [2000, 2.4],
      [4000, 5.5],
      [8000, 11.3],
      [16000, 22.8],
      [32000, 48],
      [64000, 101.9],
    ],
  },
  'Python linked-list reversal (linear)': {
    expected: 'n',
    points: [
      [2000, 1],
      [4000, 2.7],
      [8000, 5],
      [16000, 10.6],
      [32000, 24.9],
      [64000, 49.4],
    ],
  },
  'Python slice rotation (linear)': {
    expected: 'n',
    points: [
      [4000, 0.5],
      [8000, 1.1],
      [16000, 2.2],
      [32000, 4.3],
      [64000, 8],
      [128000, 15],
    ],
  },
  'JavaScript recursive tree depth (linear, JIT warming up)': {
    expected: 'n',
    points: [
      [2000, 0.9],
      [4000, 2.4],
      [8000, 5.8],
      [16000, 6.1],
      [32000, 6.2],
      [64000, 25.6],
    ],
  },
  'JavaScript one-pass Map (linear)': {
    expected: 'n',
    points: [
      [4000, 1.1],
      [8000, 2.6],
      [16000, 5.8],
      [32000, 9.2],
      [64000, 13.6],
      [128000, 28],
    ],
  },
};

describe('fitComplexity on times measured in the sandbox', () => {
  for (const [name, { expected, points }] of Object.entries(MEASURED)) {
    it(`never calls ${name} slower than expected`, () => {
      const report = fitComplexity(
        points.map(([n, timeMs]) => ({ n, timeMs })),
        { expectedClass: expected },
      );
      expect(report.verdict).toBe('as-expected');
      expect(report.claimedClasses).toContain(expected);
    });
  }

  it('does not let one outlying size call a linear C++ solution slower', () => {
    const points: [number, number][] = [
      [4000, 0.2],
      [8000, 0.4],
      [16000, 1],
      [32000, 2],
      [64000, 4.6],
      [128000, 25.4],
    ];
    const report = fitComplexity(
      points.map(([n, timeMs]) => ({ n, timeMs })),
      { expectedClass: 'n' },
    );
    expect(report.verdict).not.toBe('slower-than-expected');
    expect(report.claimedClasses).not.toContain('n^2');
    expect(report.measurements).toHaveLength(6);
  });

  it('never calls the hash-map pair search O(n²) for the dip at n = 32 000 its Python dict shows', () => {
    // Measured in the sandbox (fastest of six, CPU ms): the allocator makes 16 000 slower than
    // 32 000, and the last doubling costs 3.5× as the dict outgrows the cache.
    const runs: [number, number][][] = [
      [
        [4000, 0.92],
        [8000, 1.78],
        [16000, 4.29],
        [32000, 2.33],
        [64000, 5.29],
        [128000, 17.45],
        [256000, 54.91],
      ],
      [
        [4000, 0.99],
        [8000, 1.78],
        [16000, 3.86],
        [32000, 2.45],
        [64000, 5.19],
        [128000, 21.04],
      ],
      [
        [4000, 0.83],
        [8000, 1.55],
        [16000, 3.0],
        [32000, 2.33],
        [64000, 5.34],
        [128000, 18.64],
      ],
    ];
    for (const points of runs) {
      const report = fitComplexity(
        points.map(([n, timeMs]) => ({ n, timeMs })),
        { expectedClass: 'n' },
      );
      expect(report.claimedClasses).not.toContain('n^2');
      expect(report.verdict).not.toBe('slower-than-expected');
      expect(describeGrowthClaim(report).label).not.toContain('n²');
    }
  });

  it('keeps "slower" for quadratic Java and C++ whichever single size is left out', () => {
    const runs: [number, number][][] = [
      [
        [2000, 1.2],
        [4000, 4.3],
        [8000, 19.1],
        [16000, 74.1],
        [32000, 302],
      ],
      [
        [2000, 0.8],
        [4000, 4.9],
        [8000, 18.8],
        [16000, 50.5],
        [32000, 215.5],
      ],
    ];
    for (const points of runs) {
      const report = fitComplexity(
        points.map(([n, timeMs]) => ({ n, timeMs })),
        { expectedClass: 'n' },
      );
      expect(report.verdict).toBe('slower-than-expected');
      expect(report.claimedClasses).toEqual(['n^2']);
    }
  });

  it('calls a quadratic JavaScript pair search slower than a linear problem expects', () => {
    const points: [number, number][] = [
      [4000, 22.2],
      [8000, 75.7],
      [16000, 159.4],
      [32000, 604.1],
    ];
    const report = fitComplexity(
      points.map(([n, timeMs]) => ({ n, timeMs })),
      { expectedClass: 'n' },
    );
    expect(report.fittedClass).toBe('n^2');
    expect(report.verdict).toBe('slower-than-expected');
  });

  it('calls a quadratic JavaScript sum slower when n³, too many steps for the time, fits the noise as well as n²', () => {
    // Measured by `onsite judge` (main.test.ts) beside a busy neighbour, JavaScript's least step
    // (2e-8 ms) as measureComplexity passes it. n³ at n = 16 000 would take over a minute, yet
    // it fitted these times about as well as n² (the first two) or better (the third): the
    // verdict said "inconclusive" while the report's fitted class said n².
    const runs: [number, number][][] = [
      [
        [4000, 10.3],
        [5657, 25.51],
        [8000, 48.4],
        [11314, 97.88],
        [16000, 249.27],
      ],
      [
        [4000, 15.26],
        [5657, 13.95],
        [8000, 28.82],
        [11314, 56.86],
        [16000, 113.22],
        [22627, 235.28],
      ],
      [
        [4000, 15.16],
        [5657, 14.44],
        [8000, 30.26],
        [11314, 60.93],
        [16000, 139.92],
        [22627, 405.51],
      ],
    ];
    for (const points of runs) {
      const report = fitComplexity(
        points.map(([n, timeMs]) => ({ n, timeMs })),
        { expectedClass: 'O(n)', minimumStepMs: 2e-8 },
      );
      expect({ points, fitted: report.fittedClass, verdict: report.verdict }).toEqual({
        points,
        fitted: 'n^2',
        verdict: 'slower-than-expected',
      });
      expect(report.claimedClasses).toEqual(['n^2']);
    }
  });

  it('still says it does not know when a class a step can afford fits as well as the best', () => {
    // The physics rules out only what the time cannot pay for: n log n needs 0.3 ms here, so when
    // it fits these times almost as well as n² (one size off the curve), no verdict is given.
    const report = fitComplexity(
      [
        [4000, 16.26],
        [5657, 35.71],
        [8000, 66.28],
        [11314, 135.43],
        [16000, 117.2],
        [22627, 245.19],
      ].map(([n = 0, timeMs = 0]) => ({ n, timeMs })),
      { expectedClass: 'O(n)', minimumStepMs: 2e-8 },
    );
    expect(report.verdict).toBe('inconclusive');
    expect(describeGrowthClaim(report).isKnown).toBe(false);
  });
});

/**
 * Property: over series of every class generated with what real machines add — a constant
 * floor, multiplicative noise, a size whose every run dipped (allocator, JIT tier-up) or
 * spiked (a busy neighbour), and linear code slowing per element as it outgrows the caches —
 * no claim is ever two classes off, and nearly every claim made is right.
 */
describe('fitComplexity on generated noisy series', () => {
  const SIZES: Record<ComplexityClass, readonly number[]> = {
    '1': [2 ** 12, 2 ** 14, 2 ** 16, 2 ** 18, 2 ** 20],
    'log n': [2 ** 12, 2 ** 14, 2 ** 16, 2 ** 18, 2 ** 20],
    n: [4000, 8000, 16000, 32000, 64000, 128000, 256000],
    'n log n': [4000, 8000, 16000, 32000, 64000, 128000, 256000],
    'n^2': [250, 500, 1000, 2000, 4000, 8000, 16000],
    'n^3': [40, 57, 80, 113, 160, 226, 320],
    '2^n': [12, 14, 15, 16, 17, 18, 19, 20],
  };
  const STEPS: Record<ComplexityClass, (n: number) => number> = {
    '1': () => 1,
    'log n': (n) => Math.log2(n),
    n: (n) => n,
    'n log n': (n) => n * Math.log2(n),
    'n^2': (n) => n * n,
    'n^3': (n) => n ** 3,
    '2^n': (n) => 2 ** n,
  };

  function generate(truth: ComplexityClass, seed: number): Measurement[] {
    const normal = seededNormal(seed * 7919 + COMPLEXITY_CLASSES.indexOf(truth));
    const uniform = () => 0.5 + 0.5 * Math.tanh(normal());
    const sizes = SIZES[truth];
    const nMax = sizes.at(-1) ?? 1;
    const floorMs = [0, 0.05, 0.5, 3][Math.floor(uniform() * 4)] ?? 0;
    // Tiny O(1)/O(log n) costs (a lookup) or costs that reach tens to hundreds of ms at the largest n.
    const topMs =
      truth === '1' || truth === 'log n' ? 0.0005 + uniform() * 0.002 : 50 + uniform() * 400;
    const perStep = topMs / STEPS[truth](nMax);
    const noise = 0.02 + uniform() * 0.18;
    // Up to 2.5× per element at the largest n, as a dict outgrowing the caches shows.
    const cacheSlowdown = truth === 'n' || truth === 'n log n' ? uniform() * 1.5 : 0;
    const disturbed = Math.floor(uniform() * sizes.length);
    const disturbance =
      uniform() < 0.33 ? 0.3 + uniform() * 0.4 : uniform() < 0.5 ? 1.5 + uniform() * 2.5 : 1;
    return sizes.flatMap((n, index) => {
      const cache =
        1 + (cacheSlowdown * Math.log2(n / (sizes[0] ?? n))) / Math.log2(nMax / (sizes[0] ?? n));
      const cost =
        floorMs + perStep * STEPS[truth](n) * cache * (index === disturbed ? disturbance : 1);
      return [0, 1, 2].map(() => ({ n, timeMs: cost * Math.exp(noise * Math.abs(normal())) }));
    });
  }

  it('is never two classes off, and right in at least 95 % of the claims it makes', () => {
    let claims = 0;
    let right = 0;
    const farOff: string[] = [];
    for (const truth of COMPLEXITY_CLASSES) {
      for (let seed = 1; seed <= 150; seed += 1) {
        const report = fitComplexity(generate(truth, seed), { expectedClass: truth });
        const apart = classesApart(truth, describeGrowthClaim(report).classes);
        if (apart === null) continue;
        claims += 1;
        if (apart === 0) right += 1;
        if (apart >= 2) farOff.push(`${truth} seed ${seed}: ${describeGrowthClaim(report).label}`);
      }
    }
    expect(farOff).toEqual([]);
    expect(right / claims).toBeGreaterThanOrEqual(0.95);
    // And it does answer: inconclusive is the exception, not the rule.
    expect(claims).toBeGreaterThan(0.6 * 150 * COMPLEXITY_CLASSES.length);
  });
});

describe('describeGrowthClaim', () => {
  it('shows no class for an inconclusive report, whatever class fitted best', () => {
    expect(
      describeGrowthClaim({ fittedClass: 'n^2', claimedClasses: [], verdict: 'inconclusive' }),
    ).toEqual({ isKnown: false, label: 'inconclusive', classes: [] });
    // A report stored before claims existed: its verdict decides.
    expect(describeGrowthClaim({ fittedClass: 'n^2', verdict: 'inconclusive' }).label).toBe(
      'inconclusive',
    );
    expect(describeGrowthClaim({ fittedClass: 'n^2', verdict: 'slower-than-expected' }).label).toBe(
      'O(n²)',
    );
  });

  it('names both classes of a tier it cannot split', () => {
    expect(
      describeGrowthClaim({
        fittedClass: 'n log n',
        claimedClasses: ['n', 'n log n'],
        verdict: 'as-expected',
      }).label,
    ).toBe('O(n) or O(n log n)');
  });
});
