/**
 * The hand labels (data/eval/hand-labels) joined with their texts, as the `markers` and `actors` tasks read them:
 * the label file (labels.json, or env PARALLAX_HAND_LABELS), each sentence's tune/test part, and the labelled
 * sentences by record with the record's text from ../shared/data, and optionally the extra tune splits `tune2`
 * to `tune19` (tune-extra.json, tune-extra3.json … tune-extra19.json, labelled for some families only). A missing file or data folder is a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalSkip } from './_types';
import { EXTRA_PARTS, ExtraFileSchema, type ExtraFile } from '../labels/extra';
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
  /** Parts labelled for some families only (tune2–tune19): part → the families scored on it. */
  familiesOf: Map<string, Set<string>>;
  /** Those parts' files: part → path. */
  fileOf: Map<string, string>;
}

/**
 * The extra tune splits (scripts/labels/extra.ts) whose files exist, when the main labels are the repository's
 * own: held-back labels given by PARALLAX_HAND_LABELS are measured alone.
 */
function extraLabels(): Array<{ file: string; labels: ExtraFile }> {
  if (process.env.PARALLAX_HAND_LABELS) return [];
  return Object.values(EXTRA_PARTS)
    .filter((p) => existsSync(p.file))
    .map((p) => ({ file: p.file, labels: parseOrThrow(ExtraFileSchema, JSON.parse(readFileSync(p.file, 'utf8')), p.file) }));
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
  const fileOf = new Map<string, string>();
  const all = [...labels.sentences];
  for (const { file: extraFile, labels: extra } of withExtra ? extraLabels() : []) {
    familiesOf.set(extra.part, new Set(extra.families));
    fileOf.set(extra.part, extraFile);
    for (const s of extra.sentences) {
      if (partOf.has(s.id)) throw new Error(`${extraFile}: sentence id ${s.id} is also a sentence of part ${partOf.get(s.id)}`);
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
  return { file, partOf, byRecord, familiesOf, fileOf };
}
