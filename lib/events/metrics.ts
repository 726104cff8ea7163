/**
 * Clustering scores against a gold grouping. Inputs are two label arrays aligned by item:
 * predicted[i] and gold[i] are the cluster labels of item i (label values are arbitrary).
 */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Cluster sizes and the contingency table (predicted × gold) in one pass. */
function tables(predicted: readonly string[], gold: readonly string[]) {
  if (predicted.length !== gold.length) throw new Error(`label arrays differ in length: ${predicted.length} vs ${gold.length}`);
  const pred = new Map<string, number>();
  const gol = new Map<string, number>();
  const both = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    pred.set(predicted[i], (pred.get(predicted[i]) ?? 0) + 1);
    gol.set(gold[i], (gol.get(gold[i]) ?? 0) + 1);
    // JSON of the pair: no separator character can collide with a label.
    const k = JSON.stringify([predicted[i], gold[i]]);
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  return { pred, gol, both };
}

/**
 * B-cubed (Bagga & Baldwin 1998): per item, precision = share of its predicted cluster that is in its gold
 * cluster, recall = share of its gold cluster that is in its predicted cluster; both averaged over items.
 * F1 is the harmonic mean of the two averages. An empty input scores 1 (nothing is wrong).
 */
export function bcubed(predicted: readonly string[], gold: readonly string[]): PRF {
  const n = predicted.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const { pred, gol, both } = tables(predicted, gold);
  let p = 0;
  let r = 0;
  // Every item of one (predicted, gold) cell has the same per-item scores: sum by cell, not by item.
  for (const [k, c] of both) {
    const [pl, gl] = JSON.parse(k) as [string, string];
    p += (c * c) / pred.get(pl)!;
    r += (c * c) / gol.get(gl)!;
  }
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: f1(precision, recall) };
}

/**
 * Pairwise scores: precision = share of item pairs put together that belong together, recall = share of
 * pairs that belong together that were put together. With no predicted pairs precision is 1; with no gold
 * pairs recall is 1 (no pair could be missed).
 */
export function pairwise(predicted: readonly string[], gold: readonly string[]): PRF {
  const { pred, gol, both } = tables(predicted, gold);
  const pairs = (c: number) => (c * (c - 1)) / 2;
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (const c of both.values()) tp += pairs(c);
  for (const c of pred.values()) predPairs += pairs(c);
  for (const c of gol.values()) goldPairs += pairs(c);
  const precision = predPairs === 0 ? 1 : tp / predPairs;
  const recall = goldPairs === 0 ? 1 : tp / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}
