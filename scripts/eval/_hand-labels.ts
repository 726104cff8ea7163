/**
 * The hand labels (data/eval/hand-labels) joined with their texts, as the `markers` and `actors` tasks read them:
 * the label file (labels.json, or env PARALLAX_HAND_LABELS), each sentence's tune/test part, and the labelled
 * sentences by record with the record's text from ../shared/data. A missing file or data folder is a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalSkip } from './_types';
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
}

export function loadHandLabels(task: string, dataDir: string): HandLabels | { skip: EvalSkip } {
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
  for (const s of labels.sentences) {
    const entry = byRecord.get(s.record);
    if (entry) {
      entry.sentences.push(s);
      continue;
    }
    const text = texts.get(s.record)?.text;
    if (text === undefined) throw new Error(`${file}: record ${s.record} is not in ${dataDir}`);
    byRecord.set(s.record, { text, sentences: [s] });
  }
  return { file, partOf, byRecord };
}
