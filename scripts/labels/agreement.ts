/**
 * Inter-annotator agreement between two offset-only label files, on the sentences both labelled.
 *
 *   npx tsx scripts/labels/agreement.ts A.json B.json [--part tune|test] [--json]
 *
 * Spans: F1 of one file against the other (symmetric) with exact matching (same start and end) and overlap
 * matching (one-to-one, largest overlap first), per family and kind and per family with kinds ignored.
 * Speakers: among report verbs and direct/partial quotes matched by overlap, the share whose speakers agree
 * (both null, or overlapping spans). Frames: Cohen's kappa per frame (present/absent per sentence) and on the
 * primary (first) frame. Voice: Cohen's kappa per word (inside a quotation or not) and on the voice of
 * instances matched by overlap. Actors: mention F1 (exact, overlap), kappa of types and B-cubed F1 of the
 * canonical ids on the mentions matched by overlap.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bcubed, cohenKappa, commonSentences, exactMatch, f1, overlapMatch, sameSpeaker, wordSpans, type Span } from './compare';
import { DEFAULT_DATA } from './records';
import { readSample } from './sample';
import { FAMILIES, FRAME_IDS, KINDS, LabelFileSchema, parseOrThrow, type Instance, type LabelFile } from './schema';

export interface Row {
  item: string;
  a: number;
  b: number;
  exact?: number;
  overlap?: number;
  kappa?: number;
  note?: string;
}

export function readLabels(file: string): LabelFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  return parseOrThrow(LabelFileSchema, raw, file);
}

function spanRow(item: string, pairs: Array<[Span[], Span[]]>, compatible?: (x: Span, y: Span) => boolean): Row {
  let na = 0;
  let nb = 0;
  let ex = 0;
  let ov = 0;
  for (const [x, y] of pairs) {
    na += x.length;
    nb += y.length;
    ex += exactMatch(x, y, compatible).length;
    ov += overlapMatch(x, y, compatible).length;
  }
  return { item, a: na, b: nb, exact: f1(ex, na, nb), overlap: f1(ov, na, nb) };
}

/** Every agreement figure for two label files (texts are needed only for word-level voice). */
export function agreement(A: LabelFile, B: LabelFile, texts: Map<string, string>, keep?: (id: string) => boolean): { sentences: number; rows: Row[] } {
  const common = commonSentences(A, B, keep);
  const rows: Row[] = [];
  const of = (fam: string, kind?: string) => (s: { instances: Instance[] }) => s.instances.filter((i) => i.family === fam && (!kind || i.kind === kind));

  for (const fam of FAMILIES) {
    rows.push({ ...spanRow(fam, common.map(([x, y]) => [of(fam)(x), of(fam)(y)])), note: 'kinds ignored' });
    for (const kind of KINDS[fam]) rows.push(spanRow(`${fam}/${kind}`, common.map(([x, y]) => [of(fam, kind)(x), of(fam, kind)(y)])));
  }

  // Speakers of report verbs and direct/partial quotes matched by overlap.
  for (const fam of ['report-verb', 'quote'] as const) {
    let n = 0;
    let same = 0;
    for (const [x, y] of common) {
      const own = (i: Instance) => i.family === fam && (fam === 'report-verb' || i.kind === 'direct' || i.kind === 'partial');
      const xs = x.instances.filter(own);
      const ys = y.instances.filter(own);
      for (const [i, j] of overlapMatch(xs, ys)) {
        n++;
        if (sameSpeaker(xs[i].speaker, ys[j].speaker)) same++;
      }
    }
    rows.push({ item: `${fam} speaker`, a: n, b: n, note: `same speaker on ${same}/${n} matched (${n ? ((100 * same) / n).toFixed(1) : 'n/a'}%)` });
  }

  rows.push({ ...spanRow('quotation spans', common.map(([x, y]) => [x.quotations, y.quotations])), note: 'direct+partial, kinds ignored' });

  // Frames.
  for (const id of FRAME_IDS) {
    const pairs = common.map(([x, y]) => [String(x.frames.includes(id)), String(y.frames.includes(id))] as [string, string]);
    const na = pairs.filter((p) => p[0] === 'true').length;
    const nb = pairs.filter((p) => p[1] === 'true').length;
    if (na || nb) rows.push({ item: `frame ${id}`, a: na, b: nb, kappa: cohenKappa(pairs) });
  }
  const primary = common.map(([x, y]) => [x.frames[0] ?? 'none', y.frames[0] ?? 'none'] as [string, string]);
  rows.push({ item: 'frame primary', a: common.length, b: common.length, kappa: cohenKappa(primary), note: `same primary on ${primary.filter((p) => p[0] === p[1]).length}/${primary.length}` });

  // Voice per word, and per matched instance.
  const wordPairs: Array<[string, string]> = [];
  for (const [x, y] of common) {
    const text = texts.get(x.record);
    if (text === undefined) continue;
    const inside = (q: Span[], w: Span) => (q.some((s) => s.start <= w.start && w.end <= s.end) ? 'quoted' : 'writer');
    for (const w of wordSpans(text.slice(x.start, x.end), x.start)) wordPairs.push([inside(x.quotations, w), inside(y.quotations, w)]);
  }
  rows.push({ item: 'voice (words)', a: wordPairs.filter((p) => p[0] === 'quoted').length, b: wordPairs.filter((p) => p[1] === 'quoted').length, kappa: cohenKappa(wordPairs), note: `${wordPairs.length} words; a/b = words quoted` });
  const instPairs: Array<[string, string]> = [];
  for (const [x, y] of common) {
    for (const [i, j] of overlapMatch(x.instances, y.instances, (p, q) => (p as Instance).family === (q as Instance).family)) {
      instPairs.push([x.instances[i].voice ?? 'writer', y.instances[j].voice ?? 'writer']);
    }
  }
  rows.push({ item: 'voice (instances)', a: instPairs.filter((p) => p[0] === 'quoted').length, b: instPairs.filter((p) => p[1] === 'quoted').length, kappa: cohenKappa(instPairs), note: `${instPairs.length} instances matched; a/b = quoted` });

  // Actors.
  rows.push({ ...spanRow('actor mentions', common.map(([x, y]) => [x.actors, y.actors])), note: 'spans only' });
  const typePairs: Array<[string, string]> = [];
  const ida: string[] = [];
  const idb: string[] = [];
  let sameId = 0;
  for (const [x, y] of common) {
    for (const [i, j] of overlapMatch(x.actors, y.actors)) {
      typePairs.push([x.actors[i].type, y.actors[j].type]);
      ida.push(x.actors[i].actor);
      idb.push(y.actors[j].actor);
      if (x.actors[i].actor === y.actors[j].actor) sameId++;
    }
  }
  rows.push({ item: 'actor type', a: typePairs.length, b: typePairs.length, kappa: cohenKappa(typePairs), note: 'on mentions matched by overlap' });
  const b3 = bcubed(ida, idb);
  rows.push({ item: 'actor canonical (B3 F1)', a: ida.length, b: idb.length, kappa: undefined, exact: b3.f1, note: `B3 P ${b3.precision.toFixed(3)} R ${b3.recall.toFixed(3)}; same id ${sameId}/${ida.length}` });
  return { sentences: common.length, rows };
}

const fmt = (x: number | undefined) => (x === undefined ? '' : Number.isNaN(x) ? 'n/a' : x.toFixed(3));

export function printTable(rows: Row[]): string {
  const head = ['item', 'A', 'B', 'F1 exact', 'F1 overlap', 'kappa', 'note'];
  const body = rows.map((r) => [r.item, String(r.a), String(r.b), fmt(r.exact), fmt(r.overlap), fmt(r.kappa), r.note ?? '']);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { part: { type: 'string' }, json: { type: 'boolean' }, data: { type: 'string' } } });
  try {
    if (positionals.length !== 2) throw new Error('usage: npx tsx scripts/labels/agreement.ts A.json B.json [--part tune|test] [--json]');
    if (values.part && !['tune', 'test'].includes(values.part)) throw new Error('--part: tune or test');
    const [A, B] = positionals.map(readLabels);
    const { sample, records } = readSample(path.resolve(values.data ?? DEFAULT_DATA));
    const partOf = new Map(sample.sentences.map((s) => [s.id, s.part]));
    const texts = new Map([...records].map(([id, r]) => [id, r.text]));
    const { sentences, rows } = agreement(A, B, texts, values.part ? (id) => partOf.get(id) === values.part : undefined);
    if (values.json) console.log(JSON.stringify({ a: positionals[0], b: positionals[1], part: values.part ?? 'all', sentences, rows }, null, 1));
    else {
      console.log(`${positionals[0]} (A: ${A.annotator}) vs ${positionals[1]} (B: ${B.annotator}): ${sentences} sentences labelled by both${values.part ? `, part ${values.part}` : ''}\n`);
      console.log(printTable(rows));
    }
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
