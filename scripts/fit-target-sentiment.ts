/**
 * `npx tsx scripts/fit-target-sentiment.ts [--data DIR] [--cv]`
 * Fits the target-sentiment logistic regression on NewsMTSC train.jsonl ONLY (never dev/test) and writes
 * lib/actors/target-sentiment-model.json. With --cv, first picks the feature settings and L2 strength by
 * 5-fold cross-validation on train (macro-F1), then fits on all of train with the best ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { flatten, targetFeatures, type FeatureParams, type TargetModel } from '@/lib/actors/target-sentiment';
import { loadNewsMtsc, macroF1 } from '@/scripts/eval/target-sentiment';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
    cv: { type: 'boolean', default: false },
  },
});

const examples = loadNewsMtsc(path.join(values.data!, 'newsmtsc/train.jsonl'));
console.error(`train: ${examples.length} targets`);

interface Encoded {
  idx: Int32Array;
  val: Float64Array;
  y: number;
}

function encode(params: FeatureParams, minCount: number, rows = examples) {
  const maps = rows.map((e) => flatten(targetFeatures(e.text, e.spans, params, e.others)));
  const df = new Map<string, number>();
  for (const m of maps) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const names = [...df].filter(([, c]) => c >= minCount).map(([k]) => k);
  const id = new Map(names.map((k, i) => [k, i]));
  const data: Encoded[] = maps.map((m, i) => {
    const kept = [...m].filter(([k]) => id.has(k));
    return { idx: Int32Array.from(kept.map(([k]) => id.get(k)!)), val: Float64Array.from(kept.map(([, v]) => v)), y: rows[i].label };
  });
  return { names, data };
}

/** Multinomial logistic regression, L2-penalised, by AdaGrad over shuffled examples (seeded, reproducible). */
function train(data: Encoded[], dims: number, l2: number, epochs = 30): Float64Array {
  const w = new Float64Array(dims * 3);
  const g2 = new Float64Array(dims * 3).fill(1e-8);
  const rate = 0.3;
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = data.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const ex = data[n];
      const p = probs(w, ex);
      for (let k = 0; k < ex.idx.length; k++) {
        const f = ex.idx[k];
        // The bias (feature "bias") is regularised like the rest; harmless at this data size.
        for (let c = 0; c < 3; c++) {
          const at = f * 3 + c;
          const grad = (p[c] - (ex.y === c ? 1 : 0)) * ex.val[k] + l2 * w[at];
          g2[at] += grad * grad;
          w[at] -= (rate * grad) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  return w;
}

function probs(w: Float64Array, ex: Encoded): number[] {
  const z = [0, 0, 0];
  for (let k = 0; k < ex.idx.length; k++) for (let c = 0; c < 3; c++) z[c] += w[ex.idx[k] * 3 + c] * ex.val[k];
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e[0] + e[1] + e[2];
  return e.map((x) => x / s);
}

function argmax(p: number[]): number {
  return p.indexOf(Math.max(...p));
}

const grid: Array<{ params: FeatureParams; l2: number; minCount: number }> = [];
if (values.cv) {
  for (const tau of [8])
    for (const l2 of [0.3, 1, 3])
      grid.push({ params: { tau, barrier: 0.8, stem: true }, l2, minCount: 2 });
} else {
  const current = JSON.parse(readFileSync(path.join(import.meta.dirname, '../lib/actors/target-sentiment-model.json'), 'utf8'));
  grid.push({ params: current.params, l2: current.fit?.l2 ?? 1e-4, minCount: current.fit?.minCount ?? 2 });
}

let best = grid[0];
if (grid.length > 1) {
  let bestF1 = -1;
  for (const g of grid) {
    const { names, data } = encode(g.params, g.minCount);
    const folds = 5;
    const sentenceId = new Map<string, number>();
    const fold = examples.map((e) => {
      if (!sentenceId.has(e.text)) sentenceId.set(e.text, sentenceId.size);
      return sentenceId.get(e.text)! % folds;
    });
    const gold: number[] = [];
    const pred: number[] = [];
    for (let f = 0; f < folds; f++) {
      // Folds by sentence: targets of one sentence share words, so they must not straddle folds.
      const tr = data.filter((_, i) => fold[i] !== f);
      const te = data.filter((_, i) => fold[i] === f);
      const w = train(tr, names.length, g.l2);
      for (const ex of te) {
        gold.push(ex.y);
        pred.push(argmax(probs(w, ex)));
      }
    }
    const f1 = macroF1(gold, pred);
    console.error(`cv ${JSON.stringify(g)} macroF1=${f1.toFixed(4)}`);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = g;
    }
  }
}

const { names, data } = encode(best.params, best.minCount);
const w = train(data, names.length, best.l2);
const weights: Record<string, number[]> = {};
let bias = [0, 0, 0];
names.forEach((k, i) => {
  const row = [w[i * 3], w[i * 3 + 1], w[i * 3 + 2]].map((x) => Math.round(x * 1000) / 1000);
  if (k === 'bias') bias = row;
  // Drop features whose weights barely differ between classes: they cannot move a prediction.
  else if (Math.max(...row) - Math.min(...row) >= 0.05) weights[k] = row;
});
const trainAcc = data.filter((ex) => argmax(probs(w, ex)) === ex.y).length / data.length;
const out: TargetModel & { fit: object } = {
  version: 'parallax-target-sentiment/1',
  params: best.params,
  fit: { data: 'NewsMTSC train.jsonl', targets: data.length, l2: best.l2, minCount: best.minCount, trainAccuracy: Math.round(trainAcc * 1000) / 1000 },
  bias,
  weights,
};
writeFileSync(path.join(import.meta.dirname, '../lib/actors/target-sentiment-model.json'), JSON.stringify(out) + '\n');
console.error(`wrote ${Object.keys(weights).length} features; train accuracy ${trainAcc.toFixed(3)}`);
