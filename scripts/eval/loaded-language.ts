/**
 * Task `loaded-language`: the sentence-level loaded-language model (lib/analysis/loaded.ts) against BABE labels,
 * binary Biased vs Non-biased ("No agreement" dropped), macro-F1 (anchor: 0.804, fine-tuned BERT, Spinde et al. 2021).
 * The model was fitted on the 'train' part of SG2 (babeSplit: FNV-1a hash of the text % 5 !== 0), so every file
 * is scored only on sentences whose text is in the 'test' part. SG1 and MBIC hold the same sentences as SG2
 * (SG1 with expert, MBIC with crowd labels), so they are restricted the same way.
 */
import path from 'node:path';
import type { EvalRecord, EvalSkip, EvalTask } from './_types';
import { babeSplit, loadedProbability, LOADED_MODEL } from '@/lib/analysis/loaded';
import { loadBabe } from '../fit-loaded';

const FILES: Array<[string, string]> = [
  ['babe-sg2', 'final_labels_SG2.csv'],
  ['babe-sg1', 'final_labels_SG1.csv'],
  ['mbic', 'final_labels_MBIC.csv'],
];

const task: EvalTask = {
  task: 'loaded-language',
  async run(dataDir) {
    const records: EvalRecord[] = [];
    const skipped: EvalSkip[] = [];
    for (const [dataset, file] of FILES) {
      const full = path.join(dataDir, 'babe', file);
      let rows;
      try {
        rows = loadBabe(full);
      } catch (error) {
        skipped.push({ task: task.task, dataset, file, reason: `unreadable: ${(error as Error).message}` });
        continue;
      }
      if (!rows) {
        skipped.push({ task: task.task, dataset, file, reason: 'file not found' });
        continue;
      }
      const test = rows.filter((r) => babeSplit(r.text) === 'test');
      if (!test.length || !Object.keys(LOADED_MODEL.weights).length) {
        skipped.push({ task: task.task, dataset, file, reason: test.length ? 'model not fitted (run scripts/fit-loaded.ts)' : 'no test-split rows' });
        continue;
      }
      let tp = 0, fp = 0, fn = 0, tn = 0;
      for (const r of test) {
        const pred = loadedProbability(r.text) >= LOADED_MODEL.threshold;
        if (pred && r.biased) tp++;
        else if (pred) fp++;
        else if (r.biased) fn++;
        else tn++;
      }
      const f1 = (a: number, b: number, c: number): number => (2 * a) / (2 * a + b + c || 1);
      const n = test.length;
      const add = (metric: string, value: number): void => {
        records.push({ task: task.task, dataset, file: `${file} (test split)`, metric, value, n });
      };
      add('macro_f1', (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2);
      add('precision_biased', tp / (tp + fp || 1));
      add('recall_biased', tp / (tp + fn || 1));
      add('accuracy', (tp + tn) / n);
    }
    return { records, skipped };
  },
};

export default task;
