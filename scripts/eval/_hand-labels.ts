/**
 * The hand labels (data/eval/hand-labels) joined with their texts, as the `markers` and `actors` tasks read them:
 * the label file (labels.json, or env PARALLAX_HAND_LABELS), each sentence's tune/test part, and the labelled
 * sentences by record with the record's text from ../shared/data, and optionally the extra tune split `tune2`
 * (tune-extra.json, labelled for some families only). A missing file or data folder is a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalSkip } from './_types';
import { EXTRA_FILE, ExtraFileSchema, type ExtraFile } from '../labels/extra';
import { HAND_LABELS, loadRecords } from '../labels/records';
import { LabelFileSchema, parseOrThrow, type LabelledSentence } from '../labels/schema';

export function labelsFile(): string {
  return process.env.PARALLAX_HAND_LABELS ? path.resolve(process.env.PARALLAX_HAND_LABELS) : path.join(HAND_LABELS, 'labels.json');
}

export interface HandLabels {
  /** The label file's path. */
  file: string;
  /** Sentence id → its part of the sample (tune, test). */
  partOf: Map<string, string>;
  /** Record id → its text and its labelled sentences. */
  byRecord: Map<string, { text: string; sentences: LabelledSentence[] }>;
  /** Parts labelled for some families only (tune2: tune-extra.json): part → the families scored on it. */
  familiesOf: Map<string, Set<string>>;
}

/**
 * The extra tune split (tune-extra.json, scripts/labels/extra.ts) when it exists and the main labels are the
 * repository's own: held-back labels given by PARALLAX_HAND_LABELS are measured alone.
 */
function extraLabels(): ExtraFile | null {
  if (process.env.PARALLAX_HAND_LABELS || !existsSync(EXTRA_FILE)) return null;
  return parseOrThrow(ExtraFileSchema, JSON.parse(readFileSync(EXTRA_FILE, 'utf8')), EXTRA_FILE);
}

export function loadHandLabels(task: string, dataDir: string, withExtra = false): HandLabels | { skip: EvalSkip } {
  const file = labelsFile();
  const fileName = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) return { skip: { task, dataset: 'hand-labels', file: fileName, reason: 'file not found' } };
  const labels = parseOrThrow(LabelFileSchema, JSON.parse(readFileSync(file, 'utf8')), file);
  const sample = JSON.parse(readFileSync(path.join(HAND_LABELS, 'sample.json'), 'utf8')) as { sentences: Array<{ id: string; part: string }> };
  const partOf = new Map(sample.sentences.map((s) => [s.id, s.part]));
  let texts;
  try {
    texts = loadRecords(dataDir);
  } catch (error) {
    return { skip: { task, dataset: 'hand-labels', file: fileName, reason: (error as Error).message } };
  }
  const byRecord = new Map<string, { text: string; sentences: LabelledSentence[] }>();
  const familiesOf = new Map<string, Set<string>>();
  const all = [...labels.sentences];
  const extra = withExtra ? extraLabels() : null;
  if (extra) {
    familiesOf.set(extra.part, new Set(extra.families));
    for (const s of extra.sentences) {
      if (partOf.has(s.id)) throw new Error(`${EXTRA_FILE}: sentence id ${s.id} is also a sample sentence`);
      partOf.set(s.id, extra.part);
      all.push(s);
    }
  }
  for (const s of all) {
    const entry = byRecord.get(s.record);
    if (entry) {
      entry.sentences.push(s);
      continue;
    }
    const text = texts.get(s.record)?.text;
    if (text === undefined) throw new Error(`${file}: record ${s.record} is not in ${dataDir}`);
    byRecord.set(s.record, { text, sentences: [s] });
  }
  return { file, partOf, byRecord, familiesOf };
}
