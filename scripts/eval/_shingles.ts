/**
 * The article-extraction benchmark's own scoring (scrapinghub/article-extraction-benchmark, evaluate.py), ported
 * line for line so `npm run eval` needs no Python: texts are split into \w+ tokens, compared as bags of 4-token
 * shingles, and each page's true/false positives and false negatives are normalised to sum to 1, so long pages
 * weigh no more than short ones. Precision is the mean over pages that predicted something, recall the mean over
 * pages with a true body, F1 the harmonic mean of those two means; accuracy is the share of pages whose tokens
 * equal the truth's exactly. The bootstrap standard deviations evaluate.py prints are not reproduced.
 */

export type TpFpFn = [tp: number, fp: number, fn: number];

/** Python's re `\w+` with re.UNICODE: letters, digits (any script) and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  // As evaluate.py: a text shorter than n tokens is one shingle of all of them (none when empty).
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (!shingle.length) continue;
    const key = shingle.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page: shingle counts matched as multisets, normalised to sum to 1. */
export function shingleMatching(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

export function pagePrecision([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function accuracy(truth: string, pred: string): number {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((t, i) => t === b[i]) ? 1 : 0;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);

export interface BenchmarkFigures {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

/** evaluate.py's metrics over pages given as [truth, prediction] pairs. */
export function benchmarkFigures(pages: Array<[truth: string, pred: string]>): BenchmarkFigures {
  const counts = pages.map(([t, p]) => shingleMatching(t, p));
  const precision = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(pagePrecision));
  const recall = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(pageRecall));
  return {
    f1: (2 * precision * recall) / (precision + recall),
    precision,
    recall,
    accuracy: mean(pages.map(([t, p]) => accuracy(t, p))),
  };
}
