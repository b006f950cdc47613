/** Edit distance between two short strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The allowed value a typo most likely meant, or undefined when nothing is
 * close enough to be a useful suggestion (a third of the word may differ).
 */
export function closestOf(input: string, allowed: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const value of allowed) {
    const candidate = value.toLowerCase();
    // "ownership" for "amazon/ownership": people often leave out the company part.
    const suffix =
      !needle.includes('/') && candidate.includes('/')
        ? candidate.slice(candidate.indexOf('/') + 1)
        : candidate;
    const distance = Math.min(editDistance(needle, candidate), editDistance(needle, suffix));
    if (best === undefined || distance < best.distance) best = { value, distance };
  }
  if (best === undefined) return undefined;
  return best.distance <= Math.max(2, Math.floor(input.length / 3)) ? best.value : undefined;
}
