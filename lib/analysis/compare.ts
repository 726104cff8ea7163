/**
 * Same-event comparison of two sides (outlets or groups of outlets): on the events both covered, how their rates
 * compare, so that what each chose to cover does not pass for how it covers it.
 *
 * The ratio is the Mantel–Haenszel rate ratio stratified by event (Rothman & Greenland, Modern Epidemiology, ch. 15):
 * RR = Σ_e Y_Ae·W_Be/W_e ÷ Σ_e Y_Be·W_Ae/W_e, each event weighing by its words on both sides. Its log has the
 * variance of the two (independent) sums (with half a hit added to each when one side has none), each a sum of counts with the overdispersion of lib/analysis/stats.ts:
 * Var(Y) = φ·E Y with φ = 1 + α·θ·Σw²/W per side and event, α the corpus' within-outlet dispersion. A difference is
 * called only when the 95% interval of the ratio excludes 1 and, where several metrics or pairs are ranked at once,
 * when it survives the Benjamini–Hochberg false discovery rate control at 5% over all of them.
 */
import { addMoments, EMPTY_MOMENTS, pooledRate, type RateInterval, type RateMoments, type RatePrior } from './stats';

const Z95 = 1.959963984540054;

export interface EventPair {
  a: RateMoments;
  b: RateMoments;
}

export interface SameEventComparison {
  /** Events both sides covered (with words on both). */
  events: number;
  /** Each side's rate over its articles on the shared events, by the one interval method. */
  a: RateInterval;
  b: RateInterval;
  /** Mantel–Haenszel rate ratio a : b with its 95% interval (half a hit added to each side when one has none); null when neither has any. */
  ratio: number | null;
  low: number | null;
  high: number | null;
  /** Two-sided p-value of ratio = 1 (normal approximation on the log scale); null with no ratio. */
  p: number | null;
}

/** Standard normal upper tail, by the complementary error function (Numerical Recipes erfc, |error| < 1.2e-7). */
function normalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851413 + t * (-0.82215223 + t * 0.17087277)))))))));
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

export function sameEventRatio(pairs: EventPair[], prior: RatePrior): SameEventComparison {
  const shared = pairs.filter((p) => p.a.words > 0 && p.b.words > 0);
  let sumA = EMPTY_MOMENTS;
  let sumB = EMPTY_MOMENTS;
  let N = 0;
  let D = 0;
  let varN = 0;
  let varD = 0;
  const alpha = prior.kind === 'count' ? prior.within : 0;
  for (const { a, b } of shared) {
    sumA = addMoments(sumA, a);
    sumB = addMoments(sumB, b);
    const W = a.words + b.words;
    const wa = b.words / W;
    const wb = a.words / W;
    N += a.count * wa;
    D += b.count * wb;
    const phiA = 1 + (alpha * (a.count / a.words) * a.words2) / a.words;
    const phiB = 1 + (alpha * (b.count / b.words) * b.words2) / b.words;
    varN += phiA * a.count * wa * wa;
    varD += phiB * b.count * wb * wb;
  }
  const base = { events: shared.length, a: pooledRate(sumA, prior), b: pooledRate(sumB, prior) };
  if (!(N > 0) && !(D > 0)) return { ...base, ratio: null, low: null, high: null, p: null };
  if (!(N > 0) || !(D > 0)) {
    // No hit at all on one side: half a hit on each (a continuity correction), so the ratio and its interval stay finite.
    N += 0.5;
    D += 0.5;
    varN += 0.5;
    varD += 0.5;
  }
  const ratio = N / D;
  const se = Math.sqrt(varN / (N * N) + varD / (D * D));
  const z = Math.log(ratio) / se;
  return { ...base, ratio, low: ratio * Math.exp(-Z95 * se), high: ratio * Math.exp(Z95 * se), p: 2 * normalTail(Math.abs(z)) };
}

/**
 * Benjamini–Hochberg: which of the p-values are discoveries at false discovery rate q (nulls never are).
 * Returns a flag per input, in input order.
 */
export function benjaminiHochberg(ps: Array<number | null>, q = 0.05): boolean[] {
  const ranked = ps.map((p, i) => ({ p, i })).filter((x): x is { p: number; i: number } => x.p !== null).sort((x, y) => x.p - y.p);
  const m = ranked.length;
  let cut = -1;
  ranked.forEach((x, k) => {
    if (x.p <= ((k + 1) / m) * q) cut = k;
  });
  const out = ps.map(() => false);
  for (let k = 0; k <= cut; k++) out[ranked[k].i] = true;
  return out;
}
