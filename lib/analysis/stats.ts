/**
 * One interval method for every rate the dashboard shows (outlet, group, event, story, comparison side): an
 * empirical-Bayes posterior with partial pooling toward the corpus, fitted by the method of moments.
 *
 * Model, per metric. Each outlet o has an underlying rate θ_o (markers per word); its articles' own rates vary
 * around it (overdispersion: one article dwells on a war, the next on a budget), and an article of w words has a
 * count y with E y = θ_o·w and Var y = v1·w + v2·w² (v1 = θ_o and v2 = α·θ_o² for counts, a Poisson count per
 * article with a Gamma-distributed article rate of squared coefficient of variation α; constants for a signed
 * measure such as sentiment). Across outlets θ_o varies around the corpus rate m with variance τ².
 *
 * The pooled rate Y/W of an outlet then has sampling variance (v1·W + v2·Σw²)/W². For counts the posterior is
 * the conjugate Gamma(a + Y/φ, b + W/φ), the prior Gamma(a, b) matching m and τ², and φ = 1 + α·θ·Σw²/W the
 * overdispersion factor (a quasi-likelihood: the article counts carry the information of Y/φ Poisson hits).
 * For a measure it is the normal posterior of θ_o given N(m, τ²) and the pooled rate. So a one-article outlet
 * gets a wide interval pulled toward the corpus, a zero count a finite upper bound, and a large outlet
 * essentially its own pooled rate with an interval that widens with how much its articles disagree.
 *
 * Calibration (coverage of the true rate on synthetic corpora by size class) is measured by
 * `npm run eval -- --task intervals` (scripts/eval/intervals.ts) and asserted in tests/unit/analysis-stats.test.ts.
 */

/** One article (or any unit of text): its marker count (for a measure, the sum of its values) and word count. */
export interface RateUnit {
  count: number;
  words: number;
}

/** Sufficient statistics of a set of articles for the model: sums over the articles. */
export interface RateMoments {
  articles: number;
  /** Σy */
  count: number;
  /** Σw */
  words: number;
  /** Σw² */
  words2: number;
  /** Σw³ */
  words3: number;
  /** Σy² */
  count2: number;
  /** Σy·w */
  countWords: number;
}

/** 'count': non-negative counts (markers); 'measure': a signed per-word value summed per article (sentiment). */
export type RateKind = 'count' | 'measure';

/** The fitted corpus-level parameters of one metric, all per word. */
export interface RatePrior {
  kind: RateKind;
  /** Corpus rate m = ΣY/ΣW. */
  mean: number;
  /** τ²: variance of the outlets' underlying rates around m; Infinity when too few outlets to fit it (no pooling). */
  between: number;
  /** Counts: α, squared coefficient of variation of article rates within an outlet. Measures: v2. */
  within: number;
  /** Measures: v1, variance per word. Unused for counts (v1 = θ). */
  perWord: number;
  /** Outlets (groups of articles) the fit used. */
  groups: number;
}

export interface RateInterval {
  /** Observed rate per 100 words: 100·Σcount/Σwords (what the words say; clicks through to them). */
  value: number;
  /** Posterior mean per 100 words (the observed rate pulled toward the corpus by the amount the data allow). */
  estimate: number;
  /** 95% interval of the underlying rate per 100 words. */
  low: number;
  high: number;
  /** Articles and words behind the figure. */
  n: number;
  words: number;
  unit: 'articles';
}

/** Fewer outlets than this and τ² is not fitted: no pooling (a vague prior), so intervals are the data's alone. */
export const MIN_GROUPS_TO_POOL = 5;
/** Floor on the prior's coefficient of variation: a fit of τ² ≈ 0 (common with rare markers) must not collapse every interval onto m; 0.3 measured best in the calibration (0.1 undercovered mild spreads). */
const MIN_PRIOR_CV = 0.3;
const Z95 = 1.959963984540054;

/** mulberry32: a tiny deterministic PRNG, for seeded simulations and samples. */
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

export const EMPTY_MOMENTS: RateMoments = Object.freeze({ articles: 0, count: 0, words: 0, words2: 0, words3: 0, count2: 0, countWords: 0 });

export function momentsOf(units: Iterable<RateUnit>): RateMoments {
  const m = { ...EMPTY_MOMENTS };
  for (const u of units) {
    if (!(u.words > 0)) continue;
    m.articles += 1;
    m.count += u.count;
    m.words += u.words;
    m.words2 += u.words * u.words;
    m.words3 += u.words * u.words * u.words;
    m.count2 += u.count * u.count;
    m.countWords += u.count * u.words;
  }
  return m;
}

export function addMoments(a: RateMoments, b: RateMoments): RateMoments {
  return {
    articles: a.articles + b.articles,
    count: a.count + b.count,
    words: a.words + b.words,
    words2: a.words2 + b.words2,
    words3: a.words3 + b.words3,
    count2: a.count2 + b.count2,
    countWords: a.countWords + b.countWords,
  };
}

/**
 * Within one group, the expected residual sum of squares Σ(y − R·w)² about its pooled rate R is
 * v1·A + v2·B with A = W − Σw²/W and B = Σw² − 2Σw³/W + (Σw²)²/W² (exact under the model).
 */
function residual(g: RateMoments) {
  const R = g.count / g.words;
  const ss = Math.max(0, g.count2 - 2 * R * g.countWords + R * R * g.words2);
  const A = g.words - g.words2 / g.words;
  const B = g.words2 - (2 * g.words3) / g.words + (g.words2 * g.words2) / (g.words * g.words);
  return { R, W: g.words, ss, A, B };
}

/** Fit m, τ² and the within-outlet dispersion from groups of articles (normally: every outlet's articles). */
export function fitPrior(groups: RateMoments[], kind: RateKind): RatePrior {
  const used = groups.filter((g) => g.words > 0);
  const W = used.reduce((t, g) => t + g.words, 0);
  const mean = W > 0 ? used.reduce((t, g) => t + g.count, 0) / W : 0;
  // Within: from groups of two articles or more.
  let within = 0;
  let perWord = 0;
  const multi = used.filter((g) => g.articles >= 2).map(residual);
  if (kind === 'count') {
    let num = 0;
    let den = 0;
    for (const r of multi) {
      num += r.ss - r.R * r.A;
      // R² overstates θ² by R's Poisson variance R/W; left in, it would understate α.
      den += Math.max(0, r.R * r.R - r.R / r.W) * r.B;
    }
    within = den > 0 ? Math.max(0, num / den) : 0;
  } else {
    // Least squares of ss on (A, B) through the origin, both coefficients kept non-negative.
    let aa = 0, ab = 0, bb = 0, sa = 0, sb = 0;
    for (const r of multi) {
      aa += r.A * r.A;
      ab += r.A * r.B;
      bb += r.B * r.B;
      sa += r.ss * r.A;
      sb += r.ss * r.B;
    }
    const det = aa * bb - ab * ab;
    if (det > 0) {
      perWord = (sa * bb - sb * ab) / det;
      within = (sb * aa - sa * ab) / det;
    }
    if (!(det > 0) || perWord < 0 || within < 0) {
      const onlyA = aa > 0 ? Math.max(0, sa / aa) : 0;
      const onlyB = bb > 0 ? Math.max(0, sb / bb) : 0;
      const rssA = multi.reduce((t, r) => t + (r.ss - onlyA * r.A) ** 2, 0);
      const rssB = multi.reduce((t, r) => t + (r.ss - onlyB * r.B) ** 2, 0);
      [perWord, within] = rssA <= rssB ? [onlyA, 0] : [0, onlyB];
    }
  }
  const base = { kind, mean, within, perWord, groups: used.length };
  if (used.length < MIN_GROUPS_TO_POOL) return { ...base, between: Infinity };
  // Between: E Σ W_o (R_o − m)² = Σ W_o (1 − W_o/W) (τ² + s_o²), s_o² the sampling variance of R_o.
  let D = 0;
  let noise = 0;
  let weight = 0;
  for (const g of used) {
    const R = g.count / g.words;
    const f = g.words * (1 - g.words / W);
    D += g.words * (R - mean) ** 2;
    noise += f * samplingVariance(g, base, kind === 'count' ? mean : 0);
    weight += f;
  }
  const floor = (MIN_PRIOR_CV * mean) ** 2;
  const between = weight > 0 ? Math.max(floor, (D - noise) / weight) : Infinity;
  return { ...base, between: between > 0 ? between : Infinity };
}

/** Variance of a group's pooled rate Y/W given its underlying rate θ (per word²). */
function samplingVariance(g: RateMoments, p: Pick<RatePrior, 'kind' | 'within' | 'perWord'>, theta: number): number {
  if (!(g.words > 0)) return Infinity;
  if (p.kind === 'count') return (theta * g.words + p.within * theta * theta * g.words2) / (g.words * g.words);
  return (p.perWord * g.words + p.within * g.words2) / (g.words * g.words);
}

/** The posterior rate of a group of articles, per 100 words, with its 95% interval. */
export function pooledRate(g: RateMoments, prior: RatePrior): RateInterval {
  const per100 = (x: number) => 100 * x;
  const base = { n: g.articles, words: g.words, unit: 'articles' as const };
  if (!(g.words > 0)) return { ...base, value: 0, estimate: per100(prior.mean), low: NaN, high: NaN };
  const value = g.count / g.words;
  if (prior.kind === 'count') {
    // Prior Gamma(a, b) with mean m and variance τ²; no pooling: Jeffreys' Gamma(½, 0).
    const pooled = Number.isFinite(prior.between) && prior.mean > 0;
    const a = pooled ? (prior.mean * prior.mean) / prior.between : 0.5;
    const b = pooled ? prior.mean / prior.between : 0;
    const provisional = (a + g.count) / (b + g.words);
    const phi = 1 + (prior.within * provisional * g.words2) / g.words;
    const shape = a + g.count / phi;
    const rate = b + g.words / phi;
    return {
      ...base,
      value: per100(value),
      estimate: per100(shape / rate),
      low: per100(gammaQuantile(0.025, shape) / rate),
      high: per100(gammaQuantile(0.975, shape) / rate),
    };
  }
  const s2 = samplingVariance(g, prior, 0);
  const t2 = prior.between;
  let mean: number;
  let variance: number;
  if (!(s2 > 0)) {
    mean = value;
    variance = 0;
  } else if (!Number.isFinite(t2)) {
    mean = value;
    variance = s2;
  } else {
    variance = 1 / (1 / t2 + 1 / s2);
    mean = variance * (prior.mean / t2 + value / s2);
  }
  const half = Z95 * Math.sqrt(variance);
  return { ...base, value: per100(value), estimate: per100(mean), low: per100(mean - half), high: per100(mean + half) };
}

/** Convenience: fit on `groups` and return each group's interval in the same order. */
export function pooledRates(groups: RateMoments[], kind: RateKind): { prior: RatePrior; rates: RateInterval[] } {
  const prior = fitPrior(groups, kind);
  return { prior, rates: groups.map((g) => pooledRate(g, prior)) };
}

/**
 * Means of signed scores in groups (an actor's mention sentiment per outlet), by the same model: each score a unit
 * of one "word", a measure. The spread of single scores comes from `dispersionFrom` (default: the groups themselves),
 * so a group of one score still gets an honest interval when other groups show how much scores vary.
 */
export function pooledMeans(groups: number[][], dispersionFrom: number[][] = groups): Array<{ mean: number; low: number; high: number; n: number }> {
  const asSums = (g: number[]): ScoreSums => ({ n: g.length, sum: g.reduce((t, x) => t + x, 0), squares: g.reduce((t, x) => t + x * x, 0) });
  return pooledMeansOfSums(groups.map(asSums), dispersionFrom.map(asSums));
}

/** A group of signed scores by its sufficient statistics: how many, their sum and their sum of squares. */
export interface ScoreSums {
  n: number;
  sum: number;
  squares: number;
}

/** Scores as units of one "word" each: Σw = Σw² = Σw³ = n. */
function scoreMoments(g: ScoreSums): RateMoments {
  return { articles: g.n, count: g.sum, words: g.n, words2: g.n, words3: g.n, count2: g.squares, countWords: g.sum };
}

/**
 * pooledMeans from sums alone (what a summary table stores: mentions, Σ sentiment, Σ sentiment²), so a reader need not
 * fetch every score. The same figures as pooledMeans on the scores themselves.
 */
export function pooledMeansOfSums(groups: ScoreSums[], dispersionFrom: ScoreSums[] = groups): Array<{ mean: number; low: number; high: number; n: number }> {
  const own = fitPrior(groups.map(scoreMoments), 'measure');
  const spread = fitPrior(dispersionFrom.map(scoreMoments), 'measure');
  // With one score per unit, per-word and per-article variance are the same thing: keep their sum.
  const prior: RatePrior = { ...own, perWord: own.perWord + own.within || spread.perWord + spread.within, within: 0 };
  // No group of two scores or more: nothing shows how much single scores vary, so no interval (NaN), not a zero-width one.
  const unknownSpread = ![...groups, ...dispersionFrom].some((g) => g.n >= 2);
  return groups.map((g) => {
    if (!(g.n > 0)) return { mean: 0, low: 0, high: 0, n: 0 };
    if (unknownSpread) return { mean: g.sum / g.n, low: NaN, high: NaN, n: g.n };
    const r = pooledRate(scoreMoments(g), prior);
    return { mean: r.value / 100, low: r.low / 100, high: r.high / 100, n: g.n };
  });
}

// ---- Gamma distribution quantiles (no dependency: a series and a continued fraction, Numerical Recipes §6.2).

/** ln Γ(x), Lanczos approximation (g = 7, n = 9), relative error < 1e-13 for x > 0. */
export function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = c[0];
  for (let i = 1; i < 9; i++) s += c[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Regularized lower incomplete gamma P(a, x). */
export function gammaCdf(x: number, a: number): number {
  if (x <= 0) return 0;
  const lead = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.min(1, sum * Math.exp(lead));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - Math.exp(lead) * h);
}

/** The q-quantile of Gamma(shape, 1), by bisection on a bracket (monotone, so always converges). */
export function gammaQuantile(q: number, shape: number): number {
  if (!(shape > 0)) return 0;
  let lo = 0;
  let hi = Math.max(1, shape);
  while (gammaCdf(hi, shape) < q) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (gammaCdf(mid, shape) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// ---- Comparing two sides.

export interface Comparison {
  /** The two 95% intervals overlap. */
  overlap: boolean;
  /** The intervals do not overlap: a conservative call that the two differ beyond noise. */
  differs: boolean;
  /** a.value − b.value, per 100 words. */
  difference: number;
  higher?: 'a' | 'b';
}

export function compareRates(a: Pick<RateInterval, 'value' | 'low' | 'high'>, b: Pick<RateInterval, 'value' | 'low' | 'high'>): Comparison {
  const overlap = a.low <= b.high && b.low <= a.high;
  const difference = a.value - b.value;
  return { overlap, differs: !overlap, difference, ...(overlap ? {} : { higher: difference > 0 ? ('a' as const) : ('b' as const) }) };
}
