import { describe, expect, it } from 'vitest';
import { COMPLEXITY_CLASSES, fitComplexity, parseComplexityClass, type ComplexityClass, type Measurement } from './complexity';

/** Deterministic noise: mulberry32, then Box–Muller for a normal deviate. */
function seededNormal(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  return scenario.sizes.flatMap((n) => [0, 1, 2].map(() => ({ n, timeMs: scenario.cost(n) * Math.exp(noise * normal()) })));
}

describe('fitComplexity', () => {
  for (const cls of COMPLEXITY_CLASSES) {
    it(`recognises noisy ${cls} growth across 50 seeds`, () => {
      for (let seed = 1; seed <= 50; seed += 1) {
        const report = fitComplexity(measure(cls, seed), { expectedClass: cls });
        expect({ seed, fitted: report.fittedClass }).toEqual({ seed, fitted: cls });
        expect(report.verdict).toBe('as-expected');
      }
    });
  }

  it('tells a quadratic solution to a linear problem that it is slower, with the numbers', () => {
    const report = fitComplexity(measure('n^2', 7), { expectedClass: 'O(n)' });
    expect(report.fittedClass).toBe('n^2');
    expect(report.expectedClass).toBe('n');
    expect(report.verdict).toBe('slower-than-expected');
    expect(report.message).toMatch(/^Your solution grows like O\(n²\) \(n=250: [\d.]+ ms, .*n=4,000: \d+ ms\) but this problem expects O\(n\)\.$/);
  });

  it('reports a linear solution to a quadratic problem as faster', () => {
    const report = fitComplexity(measure('n', 3), { expectedClass: 'n^2' });
    expect(report.fittedClass).toBe('n');
    expect(report.verdict).toBe('faster');
  });

  it('does not claim a difference between n and n log n that timing cannot resolve, but names the neighbour', () => {
    const report = fitComplexity(measure('n log n', 4), { expectedClass: 'O(n)' });
    expect(report.verdict).toBe('as-expected');
    expect(report.fittedClass).toBe('n');
    expect(report.message).toMatch(/^Your solution grows like O\(n\) \(n=1,024: .*\), as this problem expects\. \(O\(n log n\) fits these times about as well/);
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
    expect(report.message).toContain('too noisy to say which');
  });

  it('is inconclusive when the times never rise above the timer floor', () => {
    const flat = [1000, 2000, 4000, 8000].map((n, i) => ({ n, timeMs: [0.2, 0.9, 0.4, 1.1][i] ?? 0 }));
    const report = fitComplexity(flat, { expectedClass: 'n', floorMs: 1 });
    expect(report.verdict).toBe('inconclusive');
    expect(report.message).toContain('did not grow measurably');
  });

  it('calls flat times constant when the problem expects O(1)', () => {
    const flat = [1000, 2000, 4000, 8000].map((n) => ({ n, timeMs: 0.3 }));
    expect(fitComplexity(flat, { expectedClass: '1' }).verdict).toBe('as-expected');
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

  it('is inconclusive without an expected class but still names the fit', () => {
    const report = fitComplexity(measure('n', 1));
    expect(report.fittedClass).toBe('n');
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
  'Python one-pass hash map (linear)': { expected: 'n', points: [[4000, 0.8], [8000, 1.6], [16000, 3.3], [32000, 6.3], [64000, 14.6], [128000, 32.8]] },
  'Python breadth-first tree depth (linear)': { expected: 'n', points: [[2000, 2.4], [4000, 5.5], [8000, 11.3], [16000, 22.8], [32000, 48], [64000, 101.9]] },
  'Python linked-list reversal (linear)': { expected: 'n', points: [[2000, 1], [4000, 2.7], [8000, 5], [16000, 10.6], [32000, 24.9], [64000, 49.4]] },
  'Python slice rotation (linear)': { expected: 'n', points: [[4000, 0.5], [8000, 1.1], [16000, 2.2], [32000, 4.3], [64000, 8], [128000, 15]] },
  'JavaScript recursive tree depth (linear, JIT warming up)': { expected: 'n', points: [[2000, 0.9], [4000, 2.4], [8000, 5.8], [16000, 6.1], [32000, 6.2], [64000, 25.6]] },
  'JavaScript one-pass Map (linear)': { expected: 'n', points: [[4000, 1.1], [8000, 2.6], [16000, 5.8], [32000, 9.2], [64000, 13.6], [128000, 28]] },
};

describe('fitComplexity on times measured in the sandbox', () => {
  for (const [name, { expected, points }] of Object.entries(MEASURED)) {
    it(`never calls ${name} slower than expected`, () => {
      const report = fitComplexity(
        points.map(([n, timeMs]) => ({ n, timeMs })),
        { expectedClass: expected },
      );
      expect(report.verdict).toBe('as-expected');
      expect(report.fittedClass).toBe(expected);
    });
  }

  it('does not let one outlying size call a linear C++ solution slower, and says which it left out', () => {
    const points: [number, number][] = [[4000, 0.2], [8000, 0.4], [16000, 1], [32000, 2], [64000, 4.6], [128000, 25.4]];
    const report = fitComplexity(
      points.map(([n, timeMs]) => ({ n, timeMs })),
      { expectedClass: 'n' },
    );
    expect(report.verdict).toBe('as-expected');
    expect(report.fittedClass).toBe('n');
    expect(report.measurements).toHaveLength(6);
    expect(report.message).toMatch(/The measurement at n=128,000, 25\.4 ms, stood out from the others and was left out of the fit\.\)$/);
  });

  it('keeps "slower" for quadratic Java and C++ whichever single size is left out', () => {
    const runs: [number, number][][] = [
      [[2000, 1.2], [4000, 4.3], [8000, 19.1], [16000, 74.1], [32000, 302]],
      [[2000, 0.8], [4000, 4.9], [8000, 18.8], [16000, 50.5], [32000, 215.5]],
    ];
    for (const points of runs) {
      const report = fitComplexity(
        points.map(([n, timeMs]) => ({ n, timeMs })),
        { expectedClass: 'n' },
      );
      expect(report.verdict).toBe('slower-than-expected');
      expect(report.fittedClass).toBe('n^2');
    }
  });

  it('calls a quadratic JavaScript pair search slower than a linear problem expects', () => {
    const points: [number, number][] = [[4000, 22.2], [8000, 75.7], [16000, 159.4], [32000, 604.1]];
    const report = fitComplexity(
      points.map(([n, timeMs]) => ({ n, timeMs })),
      { expectedClass: 'n' },
    );
    expect(report.fittedClass).toBe('n^2');
    expect(report.verdict).toBe('slower-than-expected');
  });
});
