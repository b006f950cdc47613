/**
 * A seeded generator of uniform numbers in [0, 1): mulberry32, small and good
 * enough for test inputs. The bank's generated tests and the judge's growth
 * inputs both use it, so a seed means the same input everywhere.
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
