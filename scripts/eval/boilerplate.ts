/**
 * Task `boilerplate`: how well the cleaner keeps article lines and drops page furniture on the demo
 * seeds, against hand labels written before the heuristics were tuned (data/eval/boilerplate-labels.json),
 * and on a small held-out set (tests/fixtures/ingest/holdout) labelled before the cleaner ever ran on it.
 * Line-level precision, recall and F1 of KEPT lines, over all files and per file; n = labelled lines.
 * Reads the project's own files, not --data: the labels belong to those files.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { cleanText } from '../../lib/ingest/clean';
import type { EvalRecord, EvalResult, EvalTask } from './_types';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** seeds: the demo texts the heuristics were developed on; holdout: texts labelled and never tuned on. */
const DATASETS = [
  { dataset: 'seeds', labels: path.join(ROOT, 'data/eval/boilerplate-labels.json'), dir: path.join(ROOT, 'data/demo') },
  { dataset: 'holdout', labels: path.join(ROOT, 'tests/fixtures/ingest/holdout/labels.json'), dir: path.join(ROOT, 'tests/fixtures/ingest/holdout') },
];

interface FileLabels {
  title: number[];
  keep: number[];
  boilerplate: number[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  n: number;
}

function figures(dataset: string, file: string, c: Counts): EvalRecord[] {
  // No kept lines and none expected counts as perfect, not as 0/0.
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const base = { task: 'boilerplate', dataset, file };
  return [
    { ...base, metric: 'precision', value: precision, n: c.n },
    { ...base, metric: 'recall', value: recall, n: c.n },
    { ...base, metric: 'f1', value: f1, n: c.n },
  ];
}

async function evaluate({ dataset, labels: labelFile, dir }: (typeof DATASETS)[number]): Promise<EvalResult> {
  if (!existsSync(labelFile)) {
    return { records: [], skipped: [{ task: 'boilerplate', dataset, file: 'all', reason: `no labels at ${path.relative(ROOT, labelFile)}` }] };
  }
  const labels: Record<string, FileLabels> = JSON.parse(readFileSync(labelFile, 'utf8')).files;
  const records: EvalRecord[] = [];
  const skipped: EvalResult['skipped'] = [];
  const total: Counts = { tp: 0, fp: 0, fn: 0, n: 0 };
  for (const file of Object.keys(labels).sort()) {
    const source = path.join(dir, file);
    if (!existsSync(source)) {
      skipped.push({ task: 'boilerplate', dataset, file, reason: `labelled file not in ${path.relative(ROOT, dir)}` });
      continue;
    }
    const label = labels[file];
    const keep = new Set(label.keep);
    const kept = new Set(cleanText(readFileSync(source, 'utf8')).keptLines);
    // n counts every labelled (non-empty) line, the unit precision and recall are over.
    const c: Counts = { tp: 0, fp: 0, fn: 0, n: label.keep.length + label.boilerplate.length + label.title.length };
    for (const line of kept) keep.has(line) ? c.tp++ : c.fp++;
    for (const line of keep) if (!kept.has(line)) c.fn++;
    records.push(...figures(dataset, file, c));
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.n += c.n;
  }
  return { records: [...figures(dataset, 'all', total), ...records], skipped };
}

const task: EvalTask = {
  task: 'boilerplate',
  async run(): Promise<EvalResult> {
    const results = await Promise.all(DATASETS.map(evaluate));
    return { records: results.flatMap((r) => r.records), skipped: results.flatMap((r) => r.skipped) };
  },
};

export default task;
