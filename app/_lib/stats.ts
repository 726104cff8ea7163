/**
 * Intervals the dashboard computes itself, for scopes that have no precomputed OutletScore (one event, one story).
 * A count of rare words in a text is close to Poisson, so its 95% interval is Byar's approximation of the exact one.
 */
export function poissonInterval(count: number): [number, number] {
  const z = 1.959964;
  const low = count <= 0 ? 0 : count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  const c1 = count + 1;
  const high = c1 * (1 - 1 / (9 * c1) + z / (3 * Math.sqrt(c1))) ** 3;
  return [Math.max(0, low), high];
}

/** Rate per 100 words with its Poisson interval. */
export function rateWithInterval(count: number, words: number): { value: number; low: number; high: number } | null {
  if (!(words > 0)) return null;
  const [lo, hi] = poissonInterval(count);
  return { value: (100 * count) / words, low: (100 * lo) / words, high: (100 * hi) / words };
}
