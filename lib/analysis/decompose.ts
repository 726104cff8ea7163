/**
 * Selection apart from framing. A side's (an outlet's or a group's) rate differs from the corpus for two reasons:
 * the events it chose to cover (some run high on a metric: wars on negative words) and how it covers them.
 *   selection = E / (W·m): the rate expected from its events at the other outlets' rate on each event, against the
 *               other outlets' overall rate m (E = Σ_e W_e·r_e, W_e its words on event e, r_e the others' rate there;
 *               m leaves the side out, so its own wording cannot pass for selection);
 *   framing   = Y / E: its hits against that expectation, i.e. its rate against the others' on the same events
 *               (an indirectly standardised ratio).
 * Their product is its rate against the other outlets'. Articles without an event form one stratum of their own; events only
 * this side covered give no comparison and are left out (counted in `unmatched`). Intervals on the log scale, with
 * the overdispersion of lib/analysis/stats.ts (φ = 1 + α·r·Σw²/W) in every count's variance.
 */
import type { RateMoments, RatePrior } from './stats';

const Z95 = 1.959963984540054;
/** Exact Poisson 97.5% upper bound of a zero count. */
const ZERO_UPPER = 3.6888794541139363;

export interface Stratum {
  /** The side's and the other outlets' sums on one event (or on the articles without one). */
  side: RateMoments;
  others: RateMoments;
}

export interface Ratio {
  value: number;
  low: number;
  high: number;
}

export interface Decomposition {
  /** Side's rate per 100 words on the matched strata, and the other outlets' overall rate. */
  rate: number;
  corpus: number;
  expected: number;
  selection: Ratio;
  framing: Ratio;
  /** rate / corpus = selection × framing. */
  total: number;
  /** Strata compared, and the side's words left out (events nobody else covered). */
  strata: number;
  unmatchedWords: number;
}

function phi(m: RateMoments, alpha: number): number {
  return m.words > 0 ? 1 + (alpha * (m.count / m.words) * m.words2) / m.words : 1;
}

export function decompose(strata: Stratum[], prior: Pick<RatePrior, 'within'>): Decomposition | null {
  const alpha = prior.within;
  let Y = 0;
  let W = 0;
  let E = 0;
  let varE = 0;
  let allCount = 0;
  let allWords = 0;
  let sideWords2 = 0;
  let unmatchedWords = 0;
  let used = 0;
  for (const { side, others } of strata) {
    allCount += others.count;
    allWords += others.words;
    if (!(side.words > 0)) continue;
    if (!(others.words > 0)) {
      unmatchedWords += side.words;
      continue;
    }
    used++;
    const r = others.count / others.words;
    Y += side.count;
    W += side.words;
    sideWords2 += side.words2;
    E += side.words * r;
    // Var(r) = φ·r/W_others: the others' rate is itself a count over their words.
    varE += side.words * side.words * ((phi(others, alpha) * r) / others.words);
  }
  if (!(W > 0) || !(allWords > 0)) return null;
  const m = allCount / allWords;
  const rate = Y / W;
  const z = (ln: number, se: number): Ratio => ({ value: Math.exp(ln), low: Math.exp(ln - Z95 * se), high: Math.exp(ln + Z95 * se) });
  const relE = E > 0 ? varE / (E * E) : 0;
  const selection = E > 0 && m > 0 ? z(Math.log(E / (W * m)), Math.sqrt(relE)) : { value: 1, low: 0, high: Infinity };
  const phiSide = 1 + (alpha * rate * sideWords2) / W;
  let framing: Ratio;
  if (!(E > 0)) framing = { value: NaN, low: 0, high: Infinity };
  else if (Y > 0) framing = z(Math.log(Y / E), Math.sqrt(phiSide / Y + relE));
  else framing = { value: 0, low: 0, high: (phiSide * ZERO_UPPER) / E };
  return { rate: 100 * rate, corpus: 100 * m, expected: (100 * E) / W, selection, framing, total: m > 0 ? rate / m : NaN, strata: used, unmatchedWords };
}
