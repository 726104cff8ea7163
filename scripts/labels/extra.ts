/**
 * The extra tune split `tune2` (data/eval/hand-labels/tune-extra.json): whole AllSides leads and three whole BASIL
 * 2010–16 articles (one per outlet), every eligible sentence of each, labelled for the families named in the file only (hedge, certainty, source), because the `tune` part of
 * the sample was exhausted for those families. Records are drawn from AllSides events (roundups) that no article of
 * sample.json covers (AllSides roundups, BASIL triplets), so tune2 shares no record and no event with `tune` or `test`. Offsets only, as FORMAT.md.
 *
 *   npx tsx scripts/labels/extra.ts --skeleton > /work/wt/labels-work/tune2.yaml     # the sentences, outside the repo
 *   npx tsx scripts/labels/extra.ts --convert /work/wt/labels-work/tune2.yaml --out data/eval/hand-labels/tune-extra.json
 *   npx tsx scripts/labels/extra.ts --check                                           # redraw and compare with the file
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { seededRandom } from '@/lib/analysis/stats';
import { convertSentence } from './convert';
import { assertOutsideRepo, readYaml } from './offsets';
import { DEFAULT_DATA, HAND_LABELS, SAMPLE_FILE, loadRecords, textHash, type SourceRecord } from './records';
import { eligible, sentenceSpans, shuffle } from './sample';
import { LabelledSentenceSchema, WorkSentenceSchema, formatJson, parseOrThrow } from './schema';

export const EXTRA_FILE = path.join(HAND_LABELS, 'tune-extra.json');
export const EXTRA_SEED = 2026;
const ARTICLES = 32;
/** Sentence ids continue after the sample's (s001–s312) so no id means two sentences. */
const FIRST_ID = 401;
const FAMILIES = ['hedge', 'certainty', 'source'] as const;
const BASIL_OUTLETS = ['fox', 'nyt', 'hpo'];
/** Eligible sentences a BASIL article must have (whole articles are labelled). */
const BASIL_SENTENCES = [15, 30];

export const ExtraFileSchema = z.strictObject({
  format: z.literal('parallax-hand-labels-extra/1'),
  part: z.literal('tune2'),
  annotator: z.string().min(1),
  guidelines: z.string(),
  /** The families labelled in full in these sentences; the eval scores only these on this part. */
  families: z.array(z.string()),
  seed: z.int(),
  command: z.string(),
  sentences: z.array(LabelledSentenceSchema),
});
export type ExtraFile = z.infer<typeof ExtraFileSchema>;

interface Drawn {
  id: string;
  record: SourceRecord;
  start: number;
  end: number;
}

/** One AllSides lead per event, from events the sample does not cover; all of each lead's eligible sentences. */
export function drawExtra(dataDir = DEFAULT_DATA): Drawn[] {
  const records = [...loadRecords(dataDir).values()].filter((r) => r.source === 'allsides');
  const sample = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { articles: Array<{ record: string; event: string }> };
  const usedEvents = new Set(sample.articles.map((a) => a.event));
  const usedRecords = new Set(sample.articles.map((a) => a.record));
  const byEvent = new Map<string, SourceRecord[]>();
  for (const r of records) {
    // Records without a roundup have an event of their own (their url): they cannot share an event with the sample.
    if (usedEvents.has(r.event) || usedRecords.has(r.id)) continue;
    byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), r]);
  }
  const rnd = seededRandom(EXTRA_SEED);
  const out: Drawn[] = [];
  let articles = 0;
  for (const event of shuffle([...byEvent.keys()].sort(), rnd)) {
    if (articles === ARTICLES) break;
    const candidates = shuffle(byEvent.get(event)!, rnd);
    for (const r of candidates) {
      const spans = sentenceSpans(r).filter(([s, e]) => eligible(r.text, s, e));
      if (spans.length < 3) continue;
      for (const [start, end] of spans) out.push({ id: `s${FIRST_ID + out.length}`, record: r, start, end });
      articles++;
      break;
    }
  }
  // Then one BASIL 2010–16 article per outlet (Fox, NYT, HuffPost), whole: long news bodies hold the hedges and
  // certainty words that AllSides leads rarely have. Events (triplets) the sample covers are left out; a middle
  // length keeps every sentence labellable.
  const basil = [...loadRecords(dataDir).values()].filter((r) => r.source === 'basil' && !usedEvents.has(r.event) && !usedRecords.has(r.id));
  const events = new Set<string>();
  for (const outlet of BASIL_OUTLETS) {
    const candidates = shuffle(basil.filter((r) => r.outlet === outlet).sort((a, b) => a.id.localeCompare(b.id)), rnd);
    for (const r of candidates) {
      if (events.has(r.event)) continue;
      const spans = sentenceSpans(r).filter(([s, e]) => eligible(r.text, s, e));
      if (spans.length < BASIL_SENTENCES[0] || spans.length > BASIL_SENTENCES[1]) continue;
      for (const [start, end] of spans) out.push({ id: `s${FIRST_ID + out.length}`, record: r, start, end });
      events.add(r.event);
      break;
    }
  }
  return out;
}

function skeleton(drawn: Drawn[]): string {
  const lines = ['annotator: tune2', 'guidelines: "1"', 'sentences:'];
  let last = '';
  for (const d of drawn) {
    if (d.record.id !== last) lines.push(`  # ===== ${d.record.outlet} | ${d.record.id}`);
    last = d.record.id;
    lines.push(`  # ${d.record.text.slice(d.start, d.end).replace(/\s+/g, ' ')}`, `  ${d.id}:`, '    frames: []', '    markers:');
  }
  return lines.join('\n') + '\n';
}

function convert(file: string, drawn: Drawn[]): ExtraFile {
  assertOutsideRepo(file);
  const work = parseOrThrow(z.strictObject({ annotator: z.string(), guidelines: z.string(), sentences: z.record(z.string(), WorkSentenceSchema.nullable()) }), readYaml(file), file);
  const byId = new Map(drawn.map((d) => [d.id, d]));
  const problems: string[] = [];
  const sentences = [];
  for (const d of drawn) if (!(d.id in work.sentences)) problems.push(`${d.id}: not labelled`);
  for (const [id, entry] of Object.entries(work.sentences)) {
    const d = byId.get(id);
    if (!d) {
      problems.push(`${id}: not a sentence of the extra draw`);
      continue;
    }
    for (const m of entry?.markers ?? []) if (!(FAMILIES as readonly string[]).includes(m.f)) problems.push(`${id}: family ${m.f} is not labelled in tune2`);
    const ctx = { id, record: d.record.id, text: d.record.text, start: d.start, end: d.end, sha: textHash(d.record.text.slice(d.start, d.end)) };
    sentences.push(convertSentence(ctx, { frames: [], markers: entry?.markers ?? [], actors: [] }, new Map(), problems));
  }
  if (problems.length) throw new Error(`${file}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  return parseOrThrow(
    ExtraFileSchema,
    { format: 'parallax-hand-labels-extra/1', part: 'tune2', annotator: work.annotator, guidelines: work.guidelines, families: [...FAMILIES], seed: EXTRA_SEED, command: 'npx tsx scripts/labels/extra.ts', sentences },
    'converted labels',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { skeleton: { type: 'boolean' }, convert: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' }, data: { type: 'string' } } });
  try {
    const drawn = drawExtra(path.resolve(values.data ?? DEFAULT_DATA));
    if (values.skeleton) process.stdout.write(skeleton(drawn));
    else if (values.convert) {
      const labels = convert(values.convert, drawn);
      writeFileSync(values.out ?? EXTRA_FILE, formatJson(labels) + '\n');
      const n = labels.sentences.reduce((a, s) => a + s.instances.length, 0);
      console.log(`wrote ${values.out ?? EXTRA_FILE}: ${labels.sentences.length} sentences from ${new Set(drawn.map((d) => d.record.id)).size} records, ${n} instances`);
    } else if (values.check) {
      const file = parseOrThrow(ExtraFileSchema, JSON.parse(readFileSync(EXTRA_FILE, 'utf8')), EXTRA_FILE);
      const want = drawn.map((d) => `${d.id} ${d.record.id} ${d.start} ${d.end}`).join('\n');
      const have = file.sentences.map((s) => `${s.id} ${s.record} ${s.start} ${s.end}`).join('\n');
      if (want !== have) throw new Error(`${EXTRA_FILE}: the redraw differs from the file`);
      console.log(`${EXTRA_FILE}: ${file.sentences.length} sentences match the draw`);
    } else throw new Error('usage: --skeleton | --convert WORK.yaml [--out FILE] | --check');
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
