/**
 * Eval task `target-sentiment`: macro-F1 (negative / neutral / positive) of lib/actors' target-dependent
 * scorer on NewsMTSC (Hamborg & Donnay, EACL 2021), one record per file of newsmtsc/{rw,mt}/{dev,test}.jsonl.
 * Anchors: fine-tuned RoBERTa-GRU-TSC 0.831 (rw test); majority class ≈ 0.19. The model is fitted on
 * newsmtsc/train.jsonl only (scripts/fit-target-sentiment.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalRecord, EvalSkip, EvalTask } from './_types';
import { scoreTarget, POLARITIES } from '@/lib/actors/target-sentiment';

export interface MtscExample {
  text: string;
  /** The labelled mention first, then the dataset's coreferent further mentions. */
  spans: Array<[number, number]>;
  /** The other labelled targets' main mentions in the same sentence. */
  others: Array<[number, number]>;
  /** 0 negative, 1 neutral, 2 positive. */
  label: number;
}

const LABEL: Record<number, number> = { 2: 0, 4: 1, 6: 2 };

interface MtscTarget {
  from: number;
  to: number;
  polarity: number;
  further_mentions?: { from: number; to: number }[];
}

/** One example per target (the dataset's evaluation unit). */
export function loadNewsMtsc(file: string): MtscExample[] {
  const out: MtscExample[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { sentence_normalized: string; targets: MtscTarget[] };
    for (const t of row.targets) {
      const label = LABEL[t.polarity];
      if (label === undefined) continue;
      const spans: Array<[number, number]> = [[t.from, t.to], ...(t.further_mentions ?? []).map((m): [number, number] => [m.from, m.to])];
      const others = row.targets.filter((o) => o !== t).map((o): [number, number] => [o.from, o.to]);
      out.push({ text: row.sentence_normalized, spans, others, label });
    }
  }
  return out;
}

/** Unweighted mean of the per-class F1 over the three classes. */
export function macroF1(gold: number[], pred: number[]): number {
  let sum = 0;
  for (let c = 0; c < 3; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === c && g === c) tp++;
      else if (pred[i] === c) fp++;
      else if (g === c) fn++;
    });
    sum += tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  return sum / 3;
}

const task: EvalTask = {
  task: 'target-sentiment',
  async run(dataDir) {
    const records: EvalRecord[] = [];
    const skipped: EvalSkip[] = [];
    for (const split of ['rw', 'mt']) {
      for (const part of ['dev', 'test']) {
        const file = `${split}/${part}.jsonl`;
        const full = path.join(dataDir, 'newsmtsc', file);
        if (!existsSync(full)) {
          skipped.push({ task: 'target-sentiment', dataset: 'newsmtsc', file, reason: 'file not found' });
          continue;
        }
        const examples = loadNewsMtsc(full);
        const gold = examples.map((e) => e.label);
        const pred = examples.map((e) => POLARITIES.indexOf(scoreTarget(e.text, e.spans, e.others).polarity));
        const base = { task: 'target-sentiment', dataset: 'newsmtsc', file, n: examples.length };
        records.push({ ...base, metric: 'macro_f1', value: macroF1(gold, pred) });
        records.push({ ...base, metric: 'accuracy', value: pred.filter((p, i) => p === gold[i]).length / gold.length });
      }
    }
    return { records, skipped };
  },
};

export default task;
