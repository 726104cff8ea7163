/**
 * Draws the hand-label sample (data/eval/hand-labels/sample.json): record ids and sentence offsets, never text.
 *
 *   npx tsx scripts/labels/sample.ts            # writes sample.json (refuses to overwrite a different one)
 *   npx tsx scripts/labels/sample.ts --check    # redraws and checks sample.json and ../shared still agree
 *
 * Draw (seeded mulberry32, so it reproduces exactly on the same ../shared data):
 * - AllSides (about 60%): the 144 roundups shuffled; from each in turn one article drawn at random among those
 *   with at least 3 eligible sentences, until 62 articles; 3 eligible sentences drawn from each.
 *   Sentences: lib/ingest/sentences.ts splitSentences on the record's `text` (what Parallax itself stores).
 * - BASIL 2010–2016 (about 40%): the 70 triplets shuffled; from the i-th one the Fox / NYT / HuffPost article in
 *   turn (i mod 3, so the outlets are balanced), until 42 articles; 3 eligible sentences each. Sentences: BASIL's
 *   own sentence strings, located in the body (see records.ts).
 * - Sentence spans are repaired where the splitter cuts after a title or month ("Sen.", "Jan."): see repairSpans.
 * - Eligible: 5–80 words, starts like a sentence (capital, digit, quote mark or bracket), ends with . ? ! or a
 *   closing quote or bracket, and is not a lead cut off with "…" by AllSides.
 * - One article per event, so tune and test never share an event; parts alternate in draw order within each
 *   source (tune, test, tune, …): by article and by event, about 50/50 in each source.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '@/lib/analysis/stats';
import { countWords, splitSentences } from '@/lib/ingest/sentences';
import { DEFAULT_DATA, SAMPLE_FILE, loadRecords, textHash, type SourceRecord } from './records';
import { SampleSchema, formatJson, parseOrThrow, type Sample } from './schema';

export const SEED = 1617;
const ALLSIDES_ARTICLES = 62;
const BASIL_ARTICLES = 42;
const PER_ARTICLE = 3;
const BASIL_OUTLETS = ['fox', 'nyt', 'hpo'];

/** Fisher–Yates with the given generator: the draws of sample.ts and extra.ts depend on its exact order of calls. */
export function shuffle<T>(items: T[], rnd: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A whole, well-formed sentence worth labelling. */
export function eligible(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  const words = countWords(s);
  if (words < 5 || words > 80) return false;
  if (!/^[\p{Lu}\p{N}“"‘'(\[]/u.test(s)) return false;
  if (/(\.\.\.|…)[”"’']?$/.test(s)) return false;
  return /[.?!”"’')\]]$/.test(s);
}

const TITLE_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Gov|Gen|Lt|Col|Sgt|Capt|Adm|St|Prof|Rev|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|Pres)\.$/;

/**
 * The splitter's known misses joined back: a span that ends with a title or month abbreviation ("Sen.", "Jan.")
 * or is followed in the same paragraph by a span starting in lower case or with a digit ("Jan. | 6 riot").
 */
export function repairSpans(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && !text.slice(prev[1], span[0]).includes('\n') && (TITLE_END.test(text.slice(prev[0], prev[1])) || /^[\p{Ll}\p{N}]/u.test(text.slice(span[0])))) {
      prev[1] = span[1];
    } else out.push([span[0], span[1]]);
  }
  return out;
}

export function sentenceSpans(r: SourceRecord): Array<[number, number]> {
  return repairSpans(r.text, r.sentences ?? splitSentences(r.text).map((s) => [s.start, s.end] as [number, number]));
}

function sentencesOf(r: SourceRecord): Array<[number, number]> {
  return sentenceSpans(r).filter(([s, e]) => eligible(r.text, s, e));
}

export function draw(dataDir = DEFAULT_DATA): Sample {
  const records = [...loadRecords(dataDir).values()];
  const rnd = seededRandom(SEED);
  const byEvent = (source: string) => {
    const m = new Map<string, SourceRecord[]>();
    for (const r of records.filter((x) => x.source === source)) m.set(r.event, [...(m.get(r.event) ?? []), r]);
    for (const list of m.values()) list.sort((a, b) => (a.id < b.id ? -1 : 1));
    return m;
  };
  const chosen: Array<{ r: SourceRecord; spans: Array<[number, number]>; part: 'tune' | 'test' }> = [];
  const take = (r: SourceRecord, n: number) => {
    const spans = shuffle(sentencesOf(r), rnd).slice(0, PER_ARTICLE).sort((a, b) => a[0] - b[0]);
    chosen.push({ r, spans, part: n % 2 === 0 ? 'tune' : 'test' });
  };

  const allsides = byEvent('allsides');
  let n = 0;
  for (const event of shuffle([...allsides.keys()].sort(), rnd)) {
    if (n === ALLSIDES_ARTICLES) break;
    const candidates = shuffle(allsides.get(event)!, rnd).filter((r) => sentencesOf(r).length >= PER_ARTICLE);
    if (!candidates.length) continue;
    take(candidates[0], n++);
  }
  const basil = byEvent('basil');
  n = 0;
  for (const event of shuffle([...basil.keys()].sort(), rnd)) {
    if (n === BASIL_ARTICLES) break;
    const want = BASIL_OUTLETS[n % 3];
    const list = basil.get(event)!.filter((r) => sentencesOf(r).length >= PER_ARTICLE);
    const r = list.find((x) => x.outlet === want) ?? list[0];
    if (!r) continue;
    take(r, n++);
  }

  let id = 0;
  const sample: Sample = {
    format: 'parallax-hand-labels-sample/1',
    seed: SEED,
    command: 'npx tsx scripts/labels/sample.ts',
    texts: {
      allsides: 'allsides/corpus.jsonl: record id = `url`, text = the `text` field unchanged',
      basil:
        'basil/articles/<2010..2016>/<stem>.json: record id = `basil:<stem>`, text = `body-paragraphs`, the sentences of a paragraph joined by one space, paragraphs joined by two newlines ("\\n\\n")',
    },
    // The sample draws from AllSides and BASIL only (byEvent above).
    articles: chosen.map(({ r, part }) => ({ record: r.id, source: r.source as 'allsides' | 'basil', outlet: r.outlet, event: r.event, part, sha: textHash(r.text) })),
    sentences: chosen.flatMap(({ r, spans, part }) =>
      spans.map(([start, end]) => ({ id: `s${String(++id).padStart(3, '0')}`, record: r.id, start, end, part, sha: textHash(r.text.slice(start, end)) })),
    ),
  };
  return parseOrThrow(SampleSchema, sample, 'drawn sample');
}

/** The committed sample, checked against ../shared: every record present and every text unchanged. */
export function readSample(dataDir = DEFAULT_DATA, file = SAMPLE_FILE): { sample: Sample; records: Map<string, SourceRecord> } {
  if (!existsSync(file)) throw new Error(`${file}: not found (run npx tsx scripts/labels/sample.ts)`);
  const sample = parseOrThrow(SampleSchema, JSON.parse(readFileSync(file, 'utf8')), file);
  const records = loadRecords(dataDir);
  for (const a of sample.articles) {
    const r = records.get(a.record);
    if (!r) throw new Error(`${file}: record ${a.record} is not in ${dataDir}`);
    if (textHash(r.text) !== a.sha) throw new Error(`${file}: the text of ${a.record} in ${dataDir} has changed since the sample was drawn`);
  }
  for (const s of sample.sentences) {
    const text = records.get(s.record)?.text;
    if (text === undefined || textHash(text.slice(s.start, s.end)) !== s.sha) throw new Error(`${file}: sentence ${s.id} no longer matches ${s.record}`);
  }
  return { sample, records };
}

function summary(s: Sample): string {
  const lines: string[] = [];
  for (const part of ['tune', 'test'] as const) {
    for (const source of ['allsides', 'basil'] as const) {
      const arts = s.articles.filter((a) => a.part === part && a.source === source);
      const ids = new Set(arts.map((a) => a.record));
      const sents = s.sentences.filter((x) => ids.has(x.record));
      lines.push(`${part}\t${source}\t${arts.length} articles\t${sents.length} sentences`);
    }
  }
  lines.push(`total\t\t${s.articles.length} articles\t${s.sentences.length} sentences\t${new Set(s.articles.map((a) => a.outlet)).size} outlets`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, data: { type: 'string' }, force: { type: 'boolean' } } });
  const dataDir = path.resolve(values.data ?? DEFAULT_DATA);
  const fresh = draw(dataDir);
  const json = formatJson(fresh) + '\n';
  if (values.check) {
    readSample(dataDir);
    if (readFileSync(SAMPLE_FILE, 'utf8') !== json) {
      console.error(`${SAMPLE_FILE}: differs from a fresh draw (seed ${SEED}); the committed file is the reference`);
      process.exit(1);
    }
    console.log(`${SAMPLE_FILE}: reproduces and matches ${dataDir}`);
  } else {
    if (existsSync(SAMPLE_FILE) && readFileSync(SAMPLE_FILE, 'utf8') !== json && !values.force) {
      console.error(`${SAMPLE_FILE}: exists and differs from this draw; labels point at it. Use --force only before labelling starts.`);
      process.exit(1);
    }
    writeFileSync(SAMPLE_FILE, json);
    console.log(`wrote ${SAMPLE_FILE}`);
  }
  console.log(summary(fresh));
}
