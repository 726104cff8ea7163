/**
 * Sparse TF-IDF vectors and the candidate blocking that keeps grouping sub-quadratic.
 * Vectors are stored as sorted term ids with float weights so 100k articles fit in a few hundred MB.
 */

/** A unit-length sparse vector: `ids` ascending, `w` the matching weights. */
export interface SparseVector {
  ids: Int32Array;
  w: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), w: new Float32Array(0) };

/** Dot product of two sparse vectors (the cosine when both are unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) s += a.w[i++] * b.w[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * Builds a unit vector from term → raw weight, keeping only the `maxTerms` heaviest terms (ties: lower id).
 * Pruning bounds memory and comparison time; the dropped tail carries little of the cosine.
 */
export function toVector(weights: Map<number, number>, maxTerms: number): SparseVector {
  let entries = [...weights].filter(([, w]) => w > 0);
  if (entries.length > maxTerms) {
    entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    entries = entries.slice(0, maxTerms);
  }
  entries.sort((x, y) => x[0] - y[0]);
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const ids = new Int32Array(entries.length);
  const w = new Float32Array(entries.length);
  entries.forEach(([id, v], k) => {
    ids[k] = id;
    w[k] = v / norm;
  });
  return { ids, w };
}

/** Sum of unit vectors, renormalised and pruned: the centroid of a group. */
export function centroid(vectors: SparseVector[], maxTerms: number): SparseVector {
  const sum = new Map<number, number>();
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) sum.set(v.ids[k], (sum.get(v.ids[k]) ?? 0) + v.w[k]);
  return toVector(sum, maxTerms);
}

export interface BlockingOptions {
  /** Heaviest terms per item put in the inverted index. */
  blockingTerms: number;
  /** Items further apart than this (in days) are never compared. Infinity disables the date window. */
  windowDays: number;
  /** A term shared by more items than this inside one window is too common to block on and is skipped. */
  maxPostings: number;
  /** At most this many candidates per item, those sharing most index terms first. */
  maxCandidates: number;
}

/**
 * Candidate pairs [i, j] (i < j) worth comparing: items within `windowDays` of each other that share at least
 * one of their `blockingTerms` heaviest terms. Terms found in only one item are never index terms (they cannot
 * link anything). Undated items (NaN day) are compared with everything sharing a term. Each pair is returned
 * once; the result does not depend on the order of items beyond their index numbers.
 * Cost is O(n · blockingTerms · maxPostings), never O(n²).
 */
export function candidatePairs(vectors: SparseVector[], days: Float64Array, opts: BlockingOptions): Int32Array {
  const n = vectors.length;
  // Document frequency over all kept terms, so index terms can skip the ones no other item has.
  const df = new Map<number, number>();
  for (const v of vectors) for (const id of v.ids) df.set(id, (df.get(id) ?? 0) + 1);

  const k = opts.blockingTerms;
  const blockTerms: number[][] = vectors.map((v) => {
    const terms: Array<[number, number]> = [];
    for (let q = 0; q < v.ids.length; q++) if ((df.get(v.ids[q]) ?? 0) >= 2) terms.push([v.ids[q], v.w[q]]);
    terms.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return terms.slice(0, k).map(([id]) => id);
  });

  // Inverted index over the index terms, each posting list ordered by day (undated last), then item.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dayKey(days[a]) - dayKey(days[b]) || a - b);
  const postings = new Map<number, number[]>();
  for (const i of order) {
    for (const t of blockTerms[i]) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  }
  const datedCount = new Map<number, number>();
  for (const [t, list] of postings) {
    let c = 0;
    while (c < list.length && !Number.isNaN(days[list[c]])) c++;
    datedCount.set(t, c);
  }

  const shared = new Int32Array(n);
  const touched: number[] = [];
  const candidates: Int32Array[] = new Array(n);
  const W = opts.windowDays;
  for (let i = 0; i < n; i++) {
    const d = days[i];
    for (const t of blockTerms[i]) {
      const list = postings.get(t)!;
      const dated = datedCount.get(t)!;
      // Dated items look at the window plus the undated tail; undated items at the whole list.
      let lo = 0;
      let hi = dated;
      if (!Number.isNaN(d) && Number.isFinite(W)) {
        lo = lowerBound(list, 0, dated, d - W, days);
        hi = lowerBound(list, lo, dated, d + W + 1e-9, days);
      }
      const size = hi - lo + (list.length - dated);
      if (size > opts.maxPostings) continue;
      for (let p = lo; p < list.length; p++) {
        if (p === hi) p = dated; // skip from the end of the window to the undated tail
        if (p >= list.length) break;
        const j = list[p];
        if (j === i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]++;
      }
    }
    let ranked = touched;
    if (touched.length > opts.maxCandidates) {
      // Most shared index terms first, then nearest in time, then lowest index.
      ranked = [...touched].sort((a, b) => shared[b] - shared[a] || dayGap(days[a], d) - dayGap(days[b], d) || a - b);
      ranked.length = opts.maxCandidates;
    }
    for (const j of touched) shared[j] = 0;
    candidates[i] = Int32Array.from(ranked).sort();
    touched.length = 0;
  }
  // Symmetric union of the per-item lists, each pair once.
  const out = new GrowableInt32();
  for (let i = 0; i < n; i++) {
    for (const j of candidates[i]) {
      if (j > i) out.push2(i, j);
      else if (!binaryHas(candidates[j], i)) out.push2(j, i);
    }
  }
  return out.toArray();
}

/** An append-only Int32Array: millions of pairs without the 8-byte slots and copies of a number[]. */
export class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;

  push2(a: number, b: number) {
    if (this.length + 2 > this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

function dayKey(d: number): number {
  return Number.isNaN(d) ? Number.POSITIVE_INFINITY : d;
}

function dayGap(a: number, b: number): number {
  const g = Math.abs(a - b);
  return Number.isNaN(g) ? Number.MAX_VALUE : g;
}

/** First position p in list[from, to) with days[list[p]] >= value. */
function lowerBound(list: number[], from: number, to: number, value: number, days: Float64Array): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[list[mid]] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function binaryHas(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === value;
}
