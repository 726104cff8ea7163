/**
 * Uncertainty for an outlet's rate per 100 words: a seeded percentile bootstrap, so the same data always gives
 * the same interval (pages and tests stay stable).
 */

/** One resampling unit: an article (or a sentence) with its marker count and word count. */
export interface RateUnit {
  count: number;
  words: number;
}

export interface RateInterval {
  /** Rate per 100 words over all units (sum of counts / sum of words). */
  value: number;
  /** 2.5th and 97.5th percentiles of the bootstrap distribution (95% interval). */
  low: number;
  high: number;
  /** Number of units resampled. */
  n: number;
  unit: 'articles' | 'sentences';
}

/** Articles are the natural unit (markers cluster within an article); below this many, fall back to sentences. */
export const MIN_ARTICLES = 5;

/** mulberry32: a tiny deterministic PRNG; quality is ample for resampling indices. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rate(count: number, words: number): number {
  return words ? (100 * count) / words : 0;
}

/** Linear-interpolated quantile of a sorted array. */
function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Percentile bootstrap of sum(count)/sum(words)*100 over the given units. */
export function bootstrapRate(units: RateUnit[], unit: RateInterval['unit'], options: { resamples?: number; seed?: number } = {}): RateInterval {
  const resamples = options.resamples ?? 2000;
  const random = seededRandom(options.seed ?? 20240611);
  let count = 0;
  let words = 0;
  for (const u of units) {
    count += u.count;
    words += u.words;
  }
  const value = rate(count, words);
  if (units.length < 2) return { value, low: value, high: value, n: units.length, unit };
  const stats = new Array<number>(resamples);
  for (let r = 0; r < resamples; r++) {
    let c = 0;
    let w = 0;
    for (let k = 0; k < units.length; k++) {
      const u = units[Math.floor(random() * units.length)];
      c += u.count;
      w += u.words;
    }
    stats[r] = rate(c, w);
  }
  stats.sort((a, b) => a - b);
  return { value, low: quantile(stats, 0.025), high: quantile(stats, 0.975), n: units.length, unit };
}

/**
 * An outlet's rate per 100 words with a 95% interval: resamples articles when there are at least MIN_ARTICLES,
 * otherwise the sentences of those articles (a narrower, less honest interval, flagged by `unit`).
 */
export function outletRate(articles: RateUnit[], sentences: RateUnit[], options: { resamples?: number; seed?: number } = {}): RateInterval {
  if (articles.length >= MIN_ARTICLES) return bootstrapRate(articles, 'articles', options);
  return bootstrapRate(sentences, 'sentences', options);
}

export interface Comparison {
  /** The two 95% intervals overlap. */
  overlap: boolean;
  /** The intervals do not overlap: the difference is beyond resampling noise (a conservative test). */
  differs: boolean;
  /** a.value - b.value, per 100 words. */
  difference: number;
  /** Which outlet is higher when they differ. */
  higher?: 'a' | 'b';
}

export function compareRates(a: RateInterval, b: RateInterval): Comparison {
  const overlap = a.low <= b.high && b.low <= a.high;
  const difference = a.value - b.value;
  return { overlap, differs: !overlap, difference, ...(overlap ? {} : { higher: difference > 0 ? ('a' as const) : ('b' as const) }) };
}
