/**
 * Synthetic corpora with known rates, for calibrating lib/analysis/stats.ts (scripts/eval/intervals.ts and
 * tests/unit/analysis-stats.test.ts). Each outlet has a true rate; each article's own rate varies around it; each
 * article's count is drawn from its rate and length. Coverage is the share of outlets whose true rate lies in
 * their 95% interval, by size class.
 */
import { momentsOf, pooledRates, seededRandom, type RateKind, type RateUnit } from '@/lib/analysis/stats';

export interface Scenario {
  name: string;
  kind: RateKind;
  /** Corpus rate per 100 words. */
  mean: number;
  /** Between outlets: coefficient of variation of the true rates (counts) or their standard deviation (measures). */
  between: number;
  /** Within an outlet: coefficient of variation of article rates (counts) or their standard deviation (measures). */
  within: number;
  /** Measures only: standard deviation of a single word's value. */
  perWord?: number;
}

export const SIZE_CLASSES = ['1', '2–4', '5–19', '20+'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export function sizeClass(articles: number): SizeClass {
  return articles <= 1 ? '1' : articles <= 4 ? '2–4' : articles < 20 ? '5–19' : '20+';
}

/** Outlet sizes as on a real corpus (many one-article outlets, few large ones): 40, 40, 40 and 30 per class. */
function outletSizes(random: () => number): number[] {
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  return [
    ...Array.from({ length: 40 }, () => 1),
    ...Array.from({ length: 40 }, () => pick(2, 4)),
    ...Array.from({ length: 40 }, () => pick(5, 19)),
    ...Array.from({ length: 30 }, () => pick(20, 120)),
  ];
}

function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, 1) by Marsaglia and Tsang. */
function gamma(random: () => number, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Gamma with a given mean and coefficient of variation. */
function gammaMeanCv(random: () => number, mean: number, cv: number): number {
  if (cv <= 0) return mean;
  const shape = 1 / (cv * cv);
  return (gamma(random, shape) * mean) / shape;
}

/** Poisson by Knuth's method on pieces of mean ≤ 20 (a sum of Poissons is Poisson). */
function poisson(random: () => number, mean: number): number {
  let n = 0;
  for (let left = mean; left > 0; left -= 20) {
    const limit = Math.exp(-Math.min(20, left));
    let p = random();
    while (p > limit) {
      n++;
      p *= random();
    }
  }
  return n;
}

export interface SimulatedOutlet {
  /** True rate per 100 words. */
  truth: number;
  units: RateUnit[];
}

export function simulateCorpus(s: Scenario, seed: number): SimulatedOutlet[] {
  const random = seededRandom(seed);
  return outletSizes(random).map((size) => {
    const perWord = s.mean / 100;
    const truth = s.kind === 'count' ? gammaMeanCv(random, perWord, s.between) : perWord + (s.between / 100) * normal(random);
    const units = Array.from({ length: size }, () => {
      const words = Math.round(Math.exp(Math.log(500) + 0.6 * normal(random))) + 30;
      if (s.kind === 'count') return { count: poisson(random, gammaMeanCv(random, truth, s.within) * words), words };
      const articleRate = truth + (s.within / 100) * normal(random);
      return { count: articleRate * words + (s.perWord ?? 0) * Math.sqrt(words) * normal(random), words };
    });
    return { truth: 100 * truth, units };
  });
}

export const SCENARIOS: Scenario[] = [
  { name: 'rare, mild spread', kind: 'count', mean: 0.3, between: 0.4, within: 0.5 },
  { name: 'rare, wide spread', kind: 'count', mean: 0.3, between: 0.8, within: 1.0 },
  { name: 'common, mild spread', kind: 'count', mean: 1.5, between: 0.3, within: 0.4 },
  { name: 'common, wide spread', kind: 'count', mean: 1.5, between: 0.6, within: 0.8 },
  { name: 'frequent', kind: 'count', mean: 4, between: 0.3, within: 0.3 },
  { name: 'signed measure', kind: 'measure', mean: -0.5, between: 0.6, within: 1.2, perWord: 0.15 },
];

export interface Coverage {
  covered: Record<SizeClass, number>;
  outlets: Record<SizeClass, number>;
}

/** Coverage by size class over `replicates` corpora per scenario. */
export function coverage(scenarios: Scenario[], replicates: number, seed = 1): Coverage {
  const covered = Object.fromEntries(SIZE_CLASSES.map((c) => [c, 0])) as Record<SizeClass, number>;
  const outlets = Object.fromEntries(SIZE_CLASSES.map((c) => [c, 0])) as Record<SizeClass, number>;
  scenarios.forEach((s, k) => {
    for (let r = 0; r < replicates; r++) {
      const corpus = simulateCorpus(s, seed * 1_000_003 + k * 10_007 + r);
      const { rates } = pooledRates(corpus.map((o) => momentsOf(o.units)), s.kind);
      corpus.forEach((o, i) => {
        const c = sizeClass(o.units.length);
        outlets[c]++;
        if (rates[i].low <= o.truth && o.truth <= rates[i].high) covered[c]++;
      });
    }
  });
  return { covered, outlets };
}
