/**
 * Task `loaded-language`: the loaded-language model (lib/analysis/loaded.ts) on two kinds of data.
 *
 * BABE layout (`<data>/babe/*.csv`, `;`-separated with `text` and `label_bias`): every such file present, binary
 * Biased vs Non-biased ("No agreement" dropped), macro-F1 (anchor: 0.804, fine-tuned BERT, Spinde et al. 2021).
 * The model was fitted on the 'train' part of SG2 (babeSplit), so each file is scored on its rows whose text was
 * not a fitting sentence: SG2's 'test' part, the same sentences in SG1 and MBIC, and all rows of a file that holds
 * other sentences (held-back data). `n` is the number of rows scored.
 *
 * BASIL (`<data>/basil/annotations/<year>/*_ann.json` with `<data>/basil/articles/<year>/*.json`): each article is
 * analysed whole, as ingest would (its sentences as given); lexical-bias spans (`bias: "lex"`) are the gold.
 * - sentence_auc: the sentence probability separating sentences with a lexical-bias span from the others (ROC AUC);
 * - span_recall: share of lexical-bias spans overlapped by a loaded-word marker;
 * - word_precision: share of loaded-word markers inside a lexical-bias span.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalRecord, EvalSkip, EvalTask } from './_types';
import { babeSplit, loadedProbability, LOADED_MODEL } from '@/lib/analysis/loaded';
import { analyzeArticle } from '@/lib/analysis';
import { readBasil, type BasilArticle } from '../basil';
import { loadBabe, type BabeRow } from '../fit-loaded';

/** The released files first, in this order; any other BABE-layout file after them by name. */
const KNOWN = ['final_labels_SG2.csv', 'final_labels_SG1.csv', 'final_labels_MBIC.csv'];

/** Files with the BABE header (`text;...;label_bias`). */
function babeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .filter((f) => {
      const head = readFileSync(path.join(dir, f), 'utf8').slice(0, 2000).replace(/^\uFEFF/, '').split('\n')[0];
      const cols = head.split(';');
      return cols.includes('text') && cols.includes('label_bias');
    })
    .sort((a, b) => (KNOWN.includes(a) ? KNOWN.indexOf(a) : KNOWN.length) - (KNOWN.includes(b) ? KNOWN.indexOf(b) : KNOWN.length) || (a < b ? -1 : 1));
}

function datasetName(file: string): string {
  const m = /final_labels_(\w+)\.csv$/.exec(file);
  if (!m) return `babe:${file.replace(/\.csv$/, '')}`;
  return m[1] === 'MBIC' ? 'mbic' : `babe-${m[1].toLowerCase()}`;
}

/** ROC AUC by the rank-sum (ties get half credit). */
export function rocAuc(scores: Array<{ p: number; y: boolean }>): number {
  const sorted = [...scores].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].p === sorted[i].p) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k].y) {
      rankSum += rank;
      pos++;
    }
    i = j;
  }
  const neg = sorted.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : 0;
}

function babe(dataDir: string, records: EvalRecord[], skipped: EvalSkip[]): void {
  const dir = path.join(dataDir, 'babe');
  const files = babeFiles(dir);
  if (!files.length) {
    skipped.push({ task: task.task, dataset: 'babe', file: 'babe/*.csv', reason: 'no BABE-layout file found' });
    return;
  }
  // The sentences the shipped model was fitted on (scripts/fit-loaded.ts): SG2 rows in the 'train' part.
  const sg2 = existsSync(path.join(dir, 'final_labels_SG2.csv')) ? loadBabe(path.join(dir, 'final_labels_SG2.csv')) : undefined;
  const fitted = new Set((sg2 ?? []).filter((r) => babeSplit(r.text) === 'train').map((r) => r.text.trim()));
  for (const file of files) {
    const dataset = datasetName(file);
    let rows: BabeRow[] | undefined;
    try {
      rows = loadBabe(path.join(dir, file));
    } catch (error) {
      skipped.push({ task: task.task, dataset, file, reason: `unreadable: ${(error as Error).message}` });
      continue;
    }
    // Rows of sentences the model was fitted on are never scored; the rest may still fall in the train hash part.
    const held = (rows ?? []).filter((r) => !fitted.has(r.text.trim()) && (sg2 ? true : babeSplit(r.text) === 'test'));
    if (!held.length) {
      skipped.push({ task: task.task, dataset, file, reason: 'no rows outside the fitting sentences' });
      continue;
    }
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const r of held) {
      const pred = loadedProbability(r.text) >= LOADED_MODEL.threshold;
      if (pred && r.biased) tp++;
      else if (pred) fp++;
      else if (r.biased) fn++;
      else tn++;
    }
    const f1 = (a: number, b: number, c: number): number => (2 * a) / (2 * a + b + c || 1);
    const n = held.length;
    const add = (metric: string, value: number): void => {
      records.push({ task: task.task, dataset, file: `${file} (rows not fitted on)`, metric, value, n });
    };
    add('macro_f1', (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2);
    add('precision_biased', tp / (tp + fp || 1));
    add('recall_biased', tp / (tp + fn || 1));
    add('accuracy', (tp + tn) / n);
  }
}

function basil(dataDir: string, records: EvalRecord[], skipped: EvalSkip[]): void {
  const root = path.join(dataDir, 'basil');
  if (!existsSync(path.join(root, 'annotations'))) {
    skipped.push({ task: task.task, dataset: 'basil', file: 'basil/annotations', reason: 'not found' });
    return;
  }
  const { articles, missing } = readBasil(root);
  for (const file of missing) skipped.push({ task: task.task, dataset: 'basil', file, reason: 'article file missing for annotation' });
  if (!articles.length) {
    skipped.push({ task: task.task, dataset: 'basil', file: 'basil/annotations/<year>/*.json', reason: 'no annotated article found' });
    return;
  }
  // No coefficient is fitted on BASIL (the loaded-word model is fitted on BABE); the word model's marking threshold and
  // cap are chosen on 2010–2016 (scripts/tune-loaded-words.ts), as analysis/8's evidence threshold was, so those years'
  // word_precision and span_recall are in-sample for that one choice. 2017–2019 are the maintainers' held-back test.
  basilFigures(articles, records);
}

function basilFigures(articles: BasilArticle[], records: EvalRecord[]): void {
  const scores: Array<{ p: number; y: boolean }> = [];
  let spans = 0, spansFound = 0, words = 0, wordsIn = 0, unresolved = 0;
  for (const { body, sentences, gold, unresolved: u } of articles) {
    unresolved += u;
    const analysis = analyzeArticle(body, sentences);
    const withSpan = new Set(gold.map((g) => g.sentence));
    const prob = new Map(analysis.sentences.map((s) => [s.index, s.loaded]));
    for (const s of sentences) scores.push({ p: prob.get(s.index) ?? 0, y: withSpan.has(s.index) });
    const markers = analysis.markers.filter((m) => m.family === 'loaded' && m.label === 'word');
    spans += gold.length;
    spansFound += gold.filter((g) => markers.some((m) => m.start < g.end && g.start < m.end)).length;
    words += markers.length;
    wordsIn += markers.filter((m) => gold.some((g) => m.start < g.end && g.start < m.end)).length;
  }
  const years = [...new Set(articles.map((a) => a.year))].sort();
  const file = `annotations/${years[0]}–${years[years.length - 1]} (${articles.length} articles, lexical spans; ${unresolved} unresolved)`;
  records.push({ task: task.task, dataset: 'basil', file, metric: 'sentence_auc', value: rocAuc(scores), n: scores.length });
  records.push({ task: task.task, dataset: 'basil', file, metric: 'span_recall', value: spans ? spansFound / spans : 0, n: spans });
  records.push({ task: task.task, dataset: 'basil', file, metric: 'word_precision', value: words ? wordsIn / words : 0, n: words });
}

const task: EvalTask = {
  task: 'loaded-language',
  async run(dataDir) {
    const records: EvalRecord[] = [];
    const skipped: EvalSkip[] = [];
    if (!Object.keys(LOADED_MODEL.weights).length) {
      skipped.push({ task: task.task, dataset: 'babe', file: 'lib/analysis/lexicons/loaded-model.json', reason: 'model not fitted (run scripts/fit-loaded.ts)' });
      return { records, skipped };
    }
    babe(dataDir, records, skipped);
    basil(dataDir, records, skipped);
    return { records, skipped };
  },
};

export default task;
