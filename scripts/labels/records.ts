/**
 * The texts the hand labels point into, read from ../shared/data only (never copied into the repo).
 *
 * Record ids and texts:
 * - AllSides: id = the record's `url` in `allsides/corpus.jsonl`; text = its `text` field unchanged.
 * - BASIL: id = `basil:<file stem>` (`<triplet-uuid>_<n>`) of `basil/articles/<2010..2016>/<stem>.json`;
 *   text = `body-paragraphs` with the sentences of a paragraph joined by one space and the paragraphs by two
 *   newlines, the same body scripts/eval/event-grouping.ts builds.
 * - NewsMTSC (train set only, `newsmtsc/train.jsonl`): id = `newsmtsc:<primary_gid>`; text = its
 *   `sentence_normalized`, one sentence. Read only when the file is there (the tune12 to tune19 splits label some).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_DATA = path.resolve(import.meta.dirname, '../../../shared/data');
export const HAND_LABELS = path.resolve(import.meta.dirname, '../../data/eval/hand-labels');
export const SAMPLE_FILE = path.join(HAND_LABELS, 'sample.json');
export const BASIL_YEARS = ['2010', '2011', '2012', '2013', '2014', '2015', '2016'];

export type Source = 'allsides' | 'basil' | 'newsmtsc';

export interface SourceRecord {
  id: string;
  source: Source;
  outlet: string;
  /** AllSides roundup id, BASIL triplet uuid or NewsMTSC article id: the event the article covers. */
  event: string;
  title: string;
  text: string;
  /** BASIL only: the given sentences as [start, end) offsets into `text`. */
  sentences?: Array<[number, number]>;
}

/** A short content hash: lets every tool check that ../shared still holds the text the offsets were made on. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** BASIL body and the offsets of each given sentence (trimmed of surrounding whitespace). */
export function basilBody(paragraphs: unknown[]): { text: string; sentences: Array<[number, number]> } {
  let text = '';
  const sentences: Array<[number, number]> = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) text += '\n\n';
    const parts = Array.isArray(p) ? p.map(String) : [String(p)];
    parts.forEach((s, j) => {
      if (j > 0) text += ' ';
      const lead = s.length - s.trimStart().length;
      const trail = s.length - s.trimEnd().length;
      if (s.trim()) sentences.push([text.length + lead, text.length + s.length - trail]);
      text += s;
    });
  });
  return { text, sentences };
}

function readAllsides(dataDir: string): SourceRecord[] {
  const dir = path.join(dataDir, 'allsides');
  const corpus = path.join(dir, 'corpus.jsonl');
  if (!existsSync(corpus)) throw new Error(`${corpus}: not found (the hand labels read their texts from ../shared/data)`);
  const eventOf = new Map<string, string>();
  const roundups = path.join(dir, 'roundups.jsonl');
  for (const line of readFileSync(roundups, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: number; news: Record<string, { newsLink: string }> };
    for (const n of Object.values(r.news)) eventOf.set(n.newsLink, `allsides:${r.id}`);
  }
  return readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const r = JSON.parse(line) as { url?: string; text?: string; outlet?: string; title?: string };
      if (typeof r.url !== 'string' || typeof r.text !== 'string') throw new Error(`${corpus}:${i + 1}: a record without url or text`);
      return { id: r.url, source: 'allsides' as const, outlet: String(r.outlet ?? ''), event: eventOf.get(r.url) ?? `allsides:${r.url}`, title: String(r.title ?? ''), text: r.text };
    });
}

function readBasil(dataDir: string): SourceRecord[] {
  const out: SourceRecord[] = [];
  for (const year of BASIL_YEARS) {
    const dir = path.join(dataDir, 'basil', 'articles', year);
    if (!existsSync(dir)) throw new Error(`${dir}: not found (the hand labels read their texts from ../shared/data)`);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
      const paragraphs = Array.isArray(raw['body-paragraphs']) ? (raw['body-paragraphs'] as unknown[]) : [];
      const { text, sentences } = basilBody(paragraphs);
      out.push({
        id: `basil:${file.replace(/\.json$/, '')}`,
        source: 'basil',
        outlet: String(raw.source ?? '').toLowerCase(),
        event: `basil:${String(raw['triplet-uuid'] ?? file)}`,
        title: String(raw.title ?? ''),
        text,
        sentences,
      });
    }
  }
  return out;
}

/**
 * NewsMTSC's training sentences (Hamborg & Donnay 2021), one record per sentence: news sentences of many outlets
 * that name a person, none of them in AllSides 2021 or BASIL. Its `primary_gid` (`<source>_<article>_…`) names the
 * article, taken as the event. Empty when the file is absent: only the tune12 to tune19 splits need it.
 */
function readNewsmtsc(dataDir: string): SourceRecord[] {
  const file = path.join(dataDir, 'newsmtsc', 'train.jsonl');
  if (!existsSync(file)) return [];
  const out: SourceRecord[] = [];
  const seen = new Set<string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = JSON.parse(line) as { primary_gid?: string; sentence_normalized?: string };
      if (typeof r.primary_gid !== 'string' || typeof r.sentence_normalized !== 'string') throw new Error(`${file}:${i + 1}: a record without primary_gid or sentence_normalized`);
      const id = `newsmtsc:${r.primary_gid}`;
      if (seen.has(id)) return;
      seen.add(id);
      const text = r.sentence_normalized;
      const lead = text.length - text.trimStart().length;
      out.push({ id, source: 'newsmtsc', outlet: '', event: `newsmtsc:${r.primary_gid.split('_').slice(0, 2).join('_')}`, title: '', text, sentences: [[lead, text.trimEnd().length]] });
    });
  return out;
}

/** Every record of the sources, keyed by record id. */
export function loadRecords(dataDir = DEFAULT_DATA): Map<string, SourceRecord> {
  const map = new Map<string, SourceRecord>();
  for (const r of [...readAllsides(dataDir), ...readBasil(dataDir), ...readNewsmtsc(dataDir)]) {
    if (map.has(r.id)) throw new Error(`duplicate record id ${r.id}`);
    map.set(r.id, r);
  }
  return map;
}

/** The record a label points at, or a clear error naming the id. */
export function recordText(records: Map<string, SourceRecord>, id: string, where: string): string {
  const r = records.get(id);
  if (!r) throw new Error(`${where}: record ${id} is not in ../shared/data (allsides/corpus.jsonl or basil/articles/2010-2016)`);
  return r.text;
}
