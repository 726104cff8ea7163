/**
 * Agglomerative clustering over a sparse similarity graph with cannot-link labels.
 * Items absent from the graph are similarity 0 to each other, so nothing ever compares all pairs.
 */

export interface ClusterInput {
  /** Initial cluster of each item (0..clusterCount-1); items sharing one start merged (pins, existing events). */
  clusterOf: Int32Array;
  clusterCount: number;
  /**
   * Per initial cluster, constraint labels by slot (e.g. [eventAnchor, storyAnchor]). Two clusters may merge only
   * if no slot holds two different defined labels; the merged cluster keeps the defined ones.
   */
  labels: Array<Array<string | undefined>>;
  /** Item pairs [i0, j0, i1, j1, ...] and their similarities. */
  pairs: Int32Array;
  sims: Float64Array;
  /** Clusters merge while their linkage score is at least this. */
  threshold: number;
}

/**
 * Average linkage (UPGMA): repeatedly merges the two clusters with the highest mean pairwise similarity
 * (missing pairs count 0) until it drops below the threshold. Less prone than single linkage to chaining
 * two happenings together through one ambiguous article. Returns the final cluster (an initial cluster index)
 * of each item. Deterministic: ties are broken by cluster index, which callers derive from sorted ids.
 */
export function averageLinkage(input: ClusterInput): Int32Array {
  const { clusterOf, clusterCount: m, pairs, sims } = input;
  const size = new Float64Array(m);
  for (let i = 0; i < clusterOf.length; i++) size[clusterOf[i]]++;
  const labels = input.labels.map((l) => [...l]);
  const links: Array<Map<number, number>> = Array.from({ length: m }, () => new Map());
  for (let e = 0; e < sims.length; e++) {
    const a = clusterOf[pairs[2 * e]];
    const b = clusterOf[pairs[2 * e + 1]];
    if (a === b) continue;
    links[a].set(b, (links[a].get(b) ?? 0) + sims[e]);
    links[b].set(a, (links[b].get(a) ?? 0) + sims[e]);
  }
  const version = new Int32Array(m);
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  const heap = new PairHeap();
  for (let a = 0; a < m; a++) {
    for (const [b, s] of links[a]) if (b > a) heap.push(s / (size[a] * size[b]), a, b, 0, 0);
  }
  while (heap.size > 0) {
    const top = heap.pop();
    if (top.score < input.threshold) break;
    const { a, b } = top;
    if (parent[a] !== a || parent[b] !== b || version[a] !== top.va || version[b] !== top.vb) continue;
    if (conflict(labels[a], labels[b])) continue;
    // Fold the cluster with fewer links into the other, so total merge work stays near-linear.
    const [keep, gone] = links[a].size >= links[b].size ? [a, b] : [b, a];
    parent[gone] = keep;
    size[keep] += size[gone];
    labels[keep] = labels[keep].map((l, k) => l ?? labels[gone][k]);
    links[keep].delete(gone);
    for (const [c, s] of links[gone]) {
      if (c === keep) continue;
      links[keep].set(c, (links[keep].get(c) ?? 0) + s);
      links[c].delete(gone);
    }
    links[gone] = new Map();
    version[keep]++;
    for (const [c, s] of links[keep]) {
      links[c].set(keep, s);
      const [x, y] = c < keep ? [c, keep] : [keep, c];
      heap.push(s / (size[keep] * size[c]), x, y, version[x], version[y]);
    }
  }
  return resolve(clusterOf, parent);
}

/**
 * Single linkage: merges along every edge at or above the threshold, strongest first, unless labels conflict.
 * Used for stories, which are threads: consecutive events need to resemble each other, not all pairs.
 * `maxSize` (items) refuses a merge that would make a cluster larger: single linkage otherwise chains a dense
 * beat into one catch-all; merging strongest edges first means the tightest threads form before the cap bites.
 */
export function singleLinkage(input: ClusterInput & { maxSize?: number }): Int32Array {
  const { clusterOf, clusterCount: m, pairs, sims } = input;
  const labels = input.labels.map((l) => [...l]);
  const size = new Float64Array(m);
  for (let i = 0; i < clusterOf.length; i++) size[clusterOf[i]]++;
  const maxSize = input.maxSize ?? Number.POSITIVE_INFINITY;
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const order: number[] = [];
  for (let e = 0; e < sims.length; e++) if (sims[e] >= input.threshold) order.push(e);
  order.sort((e, f) => sims[f] - sims[e] || pairs[2 * e] - pairs[2 * f] || pairs[2 * e + 1] - pairs[2 * f + 1]);
  for (const e of order) {
    const a = find(clusterOf[pairs[2 * e]]);
    const b = find(clusterOf[pairs[2 * e + 1]]);
    if (a === b || conflict(labels[a], labels[b]) || size[a] + size[b] > maxSize) continue;
    const [keep, gone] = a < b ? [a, b] : [b, a];
    parent[gone] = keep;
    size[keep] += size[gone];
    labels[keep] = labels[keep].map((l, k) => l ?? labels[gone][k]);
  }
  for (let c = 0; c < m; c++) parent[c] = find(c);
  return resolve(clusterOf, parent);
}

function conflict(x: Array<string | undefined>, y: Array<string | undefined>): boolean {
  for (let k = 0; k < x.length; k++) if (x[k] !== undefined && y[k] !== undefined && x[k] !== y[k]) return true;
  return false;
}

function resolve(clusterOf: Int32Array, parent: Int32Array): Int32Array {
  const root = (c: number) => {
    while (parent[c] !== c) c = parent[c];
    return c;
  };
  return clusterOf.map(root);
}

/** Binary max-heap of scored cluster pairs in typed arrays (millions of entries without object overhead). */
class PairHeap {
  size = 0;
  private score = new Float64Array(1024);
  private ab = new Int32Array(4 * 1024);

  push(score: number, a: number, b: number, va: number, vb: number) {
    if (this.size === this.score.length) {
      const s = new Float64Array(this.size * 2);
      s.set(this.score);
      this.score = s;
      const ab = new Int32Array(this.size * 8);
      ab.set(this.ab);
      this.ab = ab;
    }
    let i = this.size++;
    this.write(i, score, a, b, va, vb);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): { score: number; a: number; b: number; va: number; vb: number } {
    const ab = this.ab;
    const top = { score: this.score[0], a: ab[0], b: ab[1], va: ab[2], vb: ab[3] };
    const last = --this.size;
    if (last > 0) {
      this.write(0, this.score[last], ab[4 * last], ab[4 * last + 1], ab[4 * last + 2], ab[4 * last + 3]);
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < last && this.before(l, best)) best = l;
        if (r < last && this.before(r, best)) best = r;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }

  /** Higher score first; equal scores by lower (a, b) so the merge order never depends on heap layout. */
  private before(i: number, j: number): boolean {
    const si = this.score[i];
    const sj = this.score[j];
    if (si !== sj) return si > sj;
    const ab = this.ab;
    return ab[4 * i] - ab[4 * j] < 0 || (ab[4 * i] === ab[4 * j] && ab[4 * i + 1] < ab[4 * j + 1]);
  }

  private write(i: number, score: number, a: number, b: number, va: number, vb: number) {
    this.score[i] = score;
    this.ab[4 * i] = a;
    this.ab[4 * i + 1] = b;
    this.ab[4 * i + 2] = va;
    this.ab[4 * i + 3] = vb;
  }

  private swap(i: number, j: number) {
    const s = this.score[i];
    this.score[i] = this.score[j];
    this.score[j] = s;
    for (let k = 0; k < 4; k++) {
      const t = this.ab[4 * i + k];
      this.ab[4 * i + k] = this.ab[4 * j + k];
      this.ab[4 * j + k] = t;
    }
  }
}
