/**
 * The extra tune split `tune2` (data/eval/hand-labels/tune-extra.json): whole AllSides leads and three whole BASIL
 * 2010–16 articles (one per outlet), every eligible sentence of each, labelled for the families named in the file only (hedge, certainty, source), because the `tune` part of
 * the sample was exhausted for those families. Records are drawn from AllSides events (roundups) that no article of
 * sample.json covers (AllSides roundups, BASIL triplets), so tune2 shares no record and no event with `tune` or `test`. Offsets only, as FORMAT.md.
 *
 *   npx tsx scripts/labels/extra.ts --skeleton > /work/wt/labels-work/tune2.yaml     # the sentences, outside the repo
 *   npx tsx scripts/labels/extra.ts --convert /work/wt/labels-work/tune2.yaml --out data/eval/hand-labels/tune-extra.json
 *   npx tsx scripts/labels/extra.ts --check                                           # redraw and compare with the file
 *
 * `--part tune3` (default tune2) does the same for the third extra tune split (tune-extra3.json, hedge and
 * certainty only): its own seed and ids, drawn from events that neither sample.json nor tune-extra.json covers.
 * `--part tune4`: the fourth (tune-extra4.json: hedge, certainty, report verbs and sources), from events none of
 * the earlier files covers. `--part tune5`: AllSides leads only, other outlets' leads on tune events (never a
 * test event or a labelled record), for the same four families. `--part tune6`: the same, and three whole BASIL
 * articles; `--part tune7` likewise, after tune6; `--part tune8`: single sentences with a short quotation, for quotes;
 * `--part tune9` as tune7, after tune8; `--part tune10`: single sentences with a certainty word, for hedges and
 * certainty; `--part tune11`: as tune9, from the last records no file holds; `--part tune12`: single sentences of
 * NewsMTSC's training set (other news, other years), labelled blind by two annotators for the four families;
 * `--part tune13` to `--part tune22` likewise, no article of an earlier one.
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

/** The extra tune splits, in the order they were drawn: each leaves out the records and events of those before it. */
export const PART_NAMES = ['tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'tune20', 'tune21', 'tune22'] as const;
export type PartName = (typeof PART_NAMES)[number];

/** One extra tune split: where it is stored, how it is drawn and which families it labels. */
export interface ExtraPart {
  part: PartName;
  file: string;
  seed: number;
  /** AllSides leads to draw (one per event). */
  articles: number;
  /** Sentence ids start here so no id means two sentences (sample s001–s312, tune2 s401–s584, tune3 s801–). */
  firstId: number;
  families: readonly string[];
  /** Eligible sentences an AllSides lead must have. */
  minSentences: number;
  /** One whole BASIL 2010–16 article per outlet, in this order (an outlet named twice: two articles). */
  basilOutlets: readonly string[];
  /** Eligible sentences a BASIL article must have (whole articles are labelled). */
  basilSentences: readonly [number, number];
  /**
   * The files of every earlier extra split (PART_NAMES order): their events are left out too, so the splits share
   * no record and no event.
   */
  after: readonly string[];
  /**
   * Draw from events the tune splits already cover (other outlets' leads on them), never from the test part's
   * events nor from a record any file labels: AllSides events are used up otherwise.
   */
  reuseTuneEvents?: boolean;
  /**
   * Sentences, not whole leads: every eligible sentence that `has` holds, of records no label file holds (test
   * events left out), at most `perRecord` of a record, `sentences` in all, from AllSides leads and BASIL articles
   * alike. For a kind that few whole leads hold: short quotations (where scare quotes, titles and partial quotes
   * are told apart, GUIDELINES.md §3.2) or certainty words (§8). `before`: the skeleton shows the two sentences
   * before each, for who said quoted words.
   */
  single?: { sentences: number; perRecord: number; has: (sentence: string) => boolean; before: boolean };
  /**
   * Single sentences of NewsMTSC's training set (newsmtsc/train.jsonl), `sentences` in all, one per article, none
   * whose words also stand in an AllSides or BASIL record: news no other split holds, once AllSides and BASIL are
   * used up.
   */
  newsmtsc?: { sentences: number };
}

/** A split of NewsMTSC sentences (tune12 onward): 150 single sentences, labelled blind for the four families. */
function newsmtscDraw(part: PartName, seed: number, firstId: number): Omit<ExtraPart, 'after'> {
  return {
    part,
    file: path.join(HAND_LABELS, `tune-extra${part.slice('tune'.length)}.json`),
    seed,
    articles: 0,
    minSentences: 1,
    firstId,
    families: ['hedge', 'certainty', 'report-verb', 'source'],
    basilOutlets: [],
    basilSentences: [0, 0],
    reuseTuneEvents: true,
    newsmtsc: { sentences: 150 },
  };
}

const DRAWS: Record<PartName, Omit<ExtraPart, 'after'>> = {
  tune2: { part: 'tune2', file: EXTRA_FILE, seed: EXTRA_SEED, articles: 32, minSentences: 3, firstId: 401, families: ['hedge', 'certainty', 'source'], basilOutlets: ['fox', 'nyt', 'hpo'], basilSentences: [15, 30] },
  // Drawn once tune and tune2 were fitted for hedges and certainty (issue 16): a fresh blind split for those two.
  tune3: {
    part: 'tune3',
    file: path.join(HAND_LABELS, 'tune-extra3.json'),
    seed: 3033,
    articles: 40,
    // Events with a 3-sentence lead left after sample and tune2 are too few for 40.
    minSentences: 2,
    firstId: 801,
    families: ['hedge', 'certainty'],
    basilOutlets: ['nyt', 'hpo'],
    basilSentences: [15, 25],
  },
  // Drawn once tune3's rules had landed (issue 16): a fresh blind split for hedges, certainty, report verbs and
  // sources, labelled before Parallax is run on it, to measure the families on news no rule was written from.
  tune4: {
    part: 'tune4',
    file: path.join(HAND_LABELS, 'tune-extra4.json'),
    seed: 4044,
    articles: 40,
    // After three splits few AllSides events are left: single-sentence leads too, and five whole BASIL articles
    // (an outlet named twice gives two articles of different events).
    minSentences: 1,
    firstId: 1001,
    families: ['hedge', 'certainty', 'report-verb', 'source'],
    basilOutlets: ['fox', 'hpo', 'nyt', 'fox', 'nyt'],
    basilSentences: [15, 25],
  },
  // AllSides leads only, the kind of text the issue's own labels come from: other outlets' leads on events the
  // tune splits cover (never a test event or a labelled record), labelled blind for the same four families.
  tune5: {
    part: 'tune5',
    file: path.join(HAND_LABELS, 'tune-extra5.json'),
    seed: 5055,
    articles: 45,
    minSentences: 2,
    firstId: 1201,
    families: ['hedge', 'certainty', 'report-verb', 'source'],
    basilOutlets: [],
    basilSentences: [15, 25],
    reuseTuneEvents: true,
  },
  // Drawn once tune5's rules had landed: a sixth blind split for the same four families, where the test split
  // still misses its goals (certainty, source recall). AllSides leads as tune5, and whole BASIL articles, whose
  // longer bodies hold more certainty words and attributions.
  tune6: {
    part: 'tune6',
    file: path.join(HAND_LABELS, 'tune-extra6.json'),
    seed: 6066,
    articles: 30,
    minSentences: 2,
    firstId: 1401,
    families: ['hedge', 'certainty', 'report-verb', 'source'],
    basilOutlets: ['fox', 'nyt', 'hpo'],
    basilSentences: [12, 22],
    reuseTuneEvents: true,
  },
  // Drawn once tune6's rules had landed, the same way: a seventh blind split, to measure them on news no rule was
  // written from.
  tune7: {
    part: 'tune7',
    file: path.join(HAND_LABELS, 'tune-extra7.json'),
    seed: 7077,
    articles: 30,
    minSentences: 2,
    firstId: 1601,
    families: ['hedge', 'certainty', 'report-verb', 'source'],
    basilOutlets: ['nyt', 'hpo', 'fox'],
    basilSentences: [12, 22],
    reuseTuneEvents: true,
  },
  // Quotation kinds, scare quotes above all: no split had measured them (the sample holds no scare quote). Blind,
  // labelled for the quote family only.
  tune8: {
    part: 'tune8',
    file: path.join(HAND_LABELS, 'tune-extra8.json'),
    seed: 8088,
    articles: 0,
    minSentences: 1,
    firstId: 1801,
    families: ['quote'],
    basilOutlets: [],
    basilSentences: [0, 0],
    reuseTuneEvents: true,
    single: { sentences: 150, perRecord: 2, has: hasShortQuote, before: true },
  },
  // Drawn once tune7's and tune8's rules had landed, as tune7: a ninth blind split for the four families.
  tune9: {
    part: 'tune9',
    file: path.join(HAND_LABELS, 'tune-extra9.json'),
    seed: 9099,
    articles: 30,
    minSentences: 2,
    firstId: 2001,
    families: ['hedge', 'certainty', 'report-verb', 'source'],
    basilOutlets: ['hpo', 'fox', 'nyt'],
    basilSentences: [12, 22],
    reuseTuneEvents: true,
  },
  // Certainty, where the held-out test split misses its goal with few instances (10 markers, 12 labels): single
  // sentences holding a word that GUIDELINES.md §8 lists, found by a plain pattern (not Parallax), labelled blind
  // for hedges and certainty, so that precision is measured on many candidates, the misleading ones included.
  tune10: {
    part: 'tune10',
    file: path.join(HAND_LABELS, 'tune-extra10.json'),
    seed: 10101,
    articles: 0,
    minSentences: 1,
    firstId: 2201,
    families: ['hedge', 'certainty'],
    basilOutlets: [],
    basilSentences: [0, 0],
    reuseTuneEvents: true,
    single: { sentences: 130, perRecord: 4, has: hasCertaintyWord, before: false },
  },
  // The last records no label file holds (test events left out): whole AllSides leads, one per event, and whole
  // BASIL articles, labelled blind for the four families as tune9, after tune10's rules.
  tune11: {
    part: 'tune11',
    file: path.join(HAND_LABELS, 'tune-extra11.json'),
    seed: 11111,
    articles: 60,
    minSentences: 1,
    firstId: 2401,
    families: ['hedge', 'certainty', 'report-verb', 'source'],
    basilOutlets: ['fox', 'nyt', 'hpo'],
    basilSentences: [1, 60],
    reuseTuneEvents: true,
  },
  // AllSides and BASIL are used up: sentences of other news (NewsMTSC's training set, 2017–2019 articles of many
  // outlets), labelled blind by two annotators for the four families, after the rules of analysis/14.
  tune12: newsmtscDraw('tune12', 12121, 2601),
  // Drawn as tune12 once tune12's rules had landed: a thirteenth blind split of other news, no article of tune12.
  tune13: newsmtscDraw('tune13', 13131, 2801),
  // As tune13, once tune13's rules had landed: no article of tune12 or tune13.
  tune14: newsmtscDraw('tune14', 14141, 3001),
  // As tune14, once tune14's rules had landed.
  tune15: newsmtscDraw('tune15', 15151, 3201),
  // As tune15, once tune15's rules had landed.
  tune16: newsmtscDraw('tune16', 16161, 3401),
  // As tune16, once tune16's rules had landed.
  tune17: newsmtscDraw('tune17', 17171, 3601),
  // As tune17, once tune17's rules had landed.
  tune18: newsmtscDraw('tune18', 18181, 3801),
  // As tune18, after the rules of analysis/14 had been submitted: no article of tune12–tune18.
  tune19: newsmtscDraw('tune19', 19191, 4001),
  // As tune19, once the rules of analysis/15 had landed: no article of tune12–tune19.
  tune20: newsmtscDraw('tune20', 20202, 4201),
  // As tune20, once tune20's rules (analysis/15) had landed: no article of tune12–tune20.
  tune21: newsmtscDraw('tune21', 21212, 4401),
  // As tune21, once the rules of analysis/16 had been committed: no article of tune12–tune21.
  tune22: newsmtscDraw('tune22', 22222, 4601),
};

export const EXTRA_PARTS = {} as Record<PartName, ExtraPart>;
PART_NAMES.forEach((name, i) => {
  EXTRA_PARTS[name] = { ...DRAWS[name], after: PART_NAMES.slice(0, i).map((earlier) => DRAWS[earlier].file) };
});

/** A pair of quotation marks around one to five words ("“woke”", "'China threat'", "“the big lie”"). */
const SHORT_QUOTE = /(?:“[^“”]{1,60}”|"[^"]{1,60}"|‘[^‘’]{1,60}’)/g;
function hasShortQuote(sentence: string): boolean {
  for (const m of sentence.matchAll(SHORT_QUOTE)) {
    const words = m[0].slice(1, -1).trim().split(/\s+/).filter(Boolean).length;
    if (words >= 1 && words <= 5) return true;
  }
  return false;
}

/**
 * The words GUIDELINES.md §8 lists for the four kinds of certainty, in any inflection: a candidate, not a label.
 * Not *so, too, much, far*: in nearly every sentence, seldom as intensifiers.
 */
const CERTAINTY_WORD =
  /\b(?:clearly|certain(?:ly)?|definitely|surely|sure|obvious(?:ly)?|undoubtedly|undeniably|unquestionably|evident(?:ly)?|plainly|indeed|in fact|of course|actually|no doubt|turns? out|turned out|must|very|extremely|highly|deeply|strongly|firmly|totally|completely|entirely|fully|utterly|absolutely|really|truly|incredibly|remarkably|especially|particularly|sharply|fiercely|bitterly|vehemently|insist(?:s|ed|ing)?|assert(?:s|ed|ing)?|affirm(?:s|ed|ing)?|maintain(?:s|ed|ing)?|contend(?:s|ed|ing)?|declar(?:e|es|ed|ing)|stress(?:es|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|vow(?:s|ed|ing)?|swear(?:s|ing)?|swore|sworn|guarantee(?:s|d|ing)?|assur(?:e|es|ed|ing)|made clear|make clear|knows?|knew|known|knowing|reali[sz](?:e|es|ed|ing)|recogni[sz](?:e|es|ed|ing)|discover(?:s|ed|ing)?|find(?:s|ing)?|found|learn(?:s|ed|t|ing)?|notic(?:e|es|ed|ing)|remember(?:s|ed|ing)?|recall(?:s|ed|ing)?|forg[eo]t(?:s|ten)?|regret(?:s|ted|ting)?|reveal(?:s|ed|ing)?|show(?:s|ed|n|ing)?|demonstrat(?:e|es|ed|ing)|prov(?:e|es|ed|en|ing)|confirm(?:s|ed|ing)?|aware|the fact that)\b/i;
function hasCertaintyWord(sentence: string): boolean {
  return CERTAINTY_WORD.test(sentence);
}

export const ExtraFileSchema = z.strictObject({
  format: z.literal('parallax-hand-labels-extra/1'),
  part: z.enum(PART_NAMES),
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

/**
 * One AllSides lead per event, from events the sample (and earlier extra splits) do not cover — with
 * `reuseTuneEvents`, from any event but the sample's test events — and none of a labelled record; all of each
 * lead's eligible sentences.
 */
export function drawExtra(dataDir = DEFAULT_DATA, cfg: ExtraPart = EXTRA_PARTS.tune2): Drawn[] {
  const all = loadRecords(dataDir);
  const records = [...all.values()].filter((r) => r.source === 'allsides');
  const sample = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { articles: Array<{ record: string; event: string; part: string }> };
  const usedEvents = new Set(sample.articles.filter((a) => !cfg.reuseTuneEvents || a.part === 'test').map((a) => a.event));
  const usedRecords = new Set(sample.articles.map((a) => a.record));
  for (const file of cfg.after) {
    for (const s of (JSON.parse(readFileSync(file, 'utf8')) as { sentences: Array<{ record: string }> }).sentences) {
      const r = all.get(s.record);
      if (!r) throw new Error(`${file}: record ${s.record} is not in ${dataDir}`);
      usedRecords.add(r.id);
      if (!cfg.reuseTuneEvents) usedEvents.add(r.event);
    }
  }
  if (cfg.newsmtsc) {
    // Sentences in id order, shuffled; one per article (event); none that an AllSides or BASIL text also holds.
    const others = [...all.values()].filter((r) => r.source !== 'newsmtsc').map((r) => r.text);
    const pool = [...all.values()].filter((r) => r.source === 'newsmtsc').sort((a, b) => a.id.localeCompare(b.id));
    if (!pool.length) throw new Error(`${path.join(dataDir, 'newsmtsc', 'train.jsonl')}: not found or empty (the tune12 split draws from it)`);
    const rnd = seededRandom(cfg.seed);
    const out: Drawn[] = [];
    // Articles an earlier split drew from are left out.
    const events = new Set([...usedRecords].map((id) => all.get(id)!).filter((r) => r.source === 'newsmtsc').map((r) => r.event));
    for (const r of shuffle(pool, rnd)) {
      if (out.length >= cfg.newsmtsc.sentences) break;
      const [start, end] = r.sentences![0];
      const words = r.text.slice(start, end);
      if (events.has(r.event) || !eligible(r.text, start, end) || others.some((t) => t.includes(words.slice(0, 60)))) continue;
      events.add(r.event);
      out.push({ id: `s${cfg.firstId + out.length}`, record: r, start, end });
    }
    return out;
  }
  if (cfg.single) {
    // Records in id order, shuffled; a record's quoted sentences in text order, shuffled, the first perRecord kept.
    // AllSides and BASIL only: the splits drawn this way came before NewsMTSC was read.
    const pool = [...all.values()].filter((r) => r.source !== 'newsmtsc' && !usedEvents.has(r.event) && !usedRecords.has(r.id)).sort((a, b) => a.id.localeCompare(b.id));
    const rnd = seededRandom(cfg.seed);
    const out: Drawn[] = [];
    for (const r of shuffle(pool, rnd)) {
      if (out.length >= cfg.single.sentences) break;
      const { has, perRecord, sentences } = cfg.single;
      const spans = sentenceSpans(r).filter(([s, e]) => eligible(r.text, s, e) && has(r.text.slice(s, e)));
      const kept = shuffle(spans, rnd).slice(0, perRecord).sort((a, b) => a[0] - b[0]);
      for (const [start, end] of kept) if (out.length < sentences) out.push({ id: `s${cfg.firstId + out.length}`, record: r, start, end });
    }
    return out;
  }
  const byEvent = new Map<string, SourceRecord[]>();
  for (const r of records) {
    // Records without a roundup have an event of their own (their url): they cannot share an event with the sample.
    if (usedEvents.has(r.event) || usedRecords.has(r.id)) continue;
    byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), r]);
  }
  const rnd = seededRandom(cfg.seed);
  const out: Drawn[] = [];
  let articles = 0;
  for (const event of shuffle([...byEvent.keys()].sort(), rnd)) {
    if (articles === cfg.articles) break;
    const candidates = shuffle(byEvent.get(event)!, rnd);
    for (const r of candidates) {
      const spans = sentenceSpans(r).filter(([s, e]) => eligible(r.text, s, e));
      if (spans.length < cfg.minSentences) continue;
      for (const [start, end] of spans) out.push({ id: `s${cfg.firstId + out.length}`, record: r, start, end });
      articles++;
      break;
    }
  }
  // Then one BASIL 2010–16 article per outlet (Fox, NYT, HuffPost), whole: long news bodies hold the hedges and
  // certainty words that AllSides leads rarely have. Events (triplets) the sample covers are left out; a middle
  // length keeps every sentence labellable.
  const basil = [...all.values()].filter((r) => r.source === 'basil' && !usedEvents.has(r.event) && !usedRecords.has(r.id));
  const events = new Set<string>();
  for (const outlet of cfg.basilOutlets) {
    const candidates = shuffle(basil.filter((r) => r.outlet === outlet).sort((a, b) => a.id.localeCompare(b.id)), rnd);
    for (const r of candidates) {
      if (events.has(r.event)) continue;
      const spans = sentenceSpans(r).filter(([s, e]) => eligible(r.text, s, e));
      if (spans.length < cfg.basilSentences[0] || spans.length > cfg.basilSentences[1]) continue;
      for (const [start, end] of spans) out.push({ id: `s${cfg.firstId + out.length}`, record: r, start, end });
      events.add(r.event);
      break;
    }
  }
  return out;
}

function skeleton(drawn: Drawn[], cfg: ExtraPart): string {
  const lines = [`annotator: ${cfg.part}`, 'guidelines: "1"', 'sentences:'];
  let last = '';
  for (const d of drawn) {
    if (d.record.id !== last) lines.push(`  # ===== ${d.record.outlet} | ${d.record.id}`);
    last = d.record.id;
    if (cfg.single?.before) {
      // Single sentences: the two before them, for who said the quoted words (GUIDELINES.md §3.2).
      const spans = sentenceSpans(d.record);
      const at = spans.findIndex(([s]) => s === d.start);
      for (const [s, e] of spans.slice(Math.max(0, at - 2), Math.max(0, at))) lines.push(`  #   (before) ${d.record.text.slice(s, e).replace(/\s+/g, ' ')}`);
    }
    lines.push(`  # ${d.record.text.slice(d.start, d.end).replace(/\s+/g, ' ')}`, `  ${d.id}:`, '    frames: []', '    markers:');
  }
  return lines.join('\n') + '\n';
}

function convert(file: string, drawn: Drawn[], cfg: ExtraPart): ExtraFile {
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
    for (const m of entry?.markers ?? []) if (!cfg.families.includes(m.f)) problems.push(`${id}: family ${m.f} is not labelled in ${cfg.part}`);
    const ctx = { id, record: d.record.id, text: d.record.text, start: d.start, end: d.end, sha: textHash(d.record.text.slice(d.start, d.end)) };
    sentences.push(convertSentence(ctx, { frames: [], markers: entry?.markers ?? [], actors: [] }, new Map(), problems));
  }
  if (problems.length) throw new Error(`${file}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  return parseOrThrow(
    ExtraFileSchema,
    {
      format: 'parallax-hand-labels-extra/1',
      part: cfg.part,
      annotator: work.annotator,
      guidelines: work.guidelines,
      families: [...cfg.families],
      seed: cfg.seed,
      command: `npx tsx scripts/labels/extra.ts${cfg.part === 'tune2' ? '' : ` --part ${cfg.part}`}`,
      sentences,
    },
    'converted labels',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { skeleton: { type: 'boolean' }, convert: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' }, data: { type: 'string' }, part: { type: 'string' } } });
  try {
    const cfg = EXTRA_PARTS[(values.part ?? 'tune2') as PartName];
    if (!cfg) throw new Error(`--part: one of ${Object.keys(EXTRA_PARTS).join(', ')}`);
    const drawn = drawExtra(path.resolve(values.data ?? DEFAULT_DATA), cfg);
    if (values.skeleton) process.stdout.write(skeleton(drawn, cfg));
    else if (values.convert) {
      const labels = convert(values.convert, drawn, cfg);
      writeFileSync(values.out ?? cfg.file, formatJson(labels) + '\n');
      const n = labels.sentences.reduce((a, s) => a + s.instances.length, 0);
      console.log(`wrote ${values.out ?? cfg.file}: ${labels.sentences.length} sentences from ${new Set(drawn.map((d) => d.record.id)).size} records, ${n} instances`);
    } else if (values.check) {
      const file = parseOrThrow(ExtraFileSchema, JSON.parse(readFileSync(cfg.file, 'utf8')), cfg.file);
      if (file.part !== cfg.part) throw new Error(`${cfg.file}: part ${file.part}, expected ${cfg.part}`);
      const want = drawn.map((d) => `${d.id} ${d.record.id} ${d.start} ${d.end}`).join('\n');
      const have = file.sentences.map((s) => `${s.id} ${s.record} ${s.start} ${s.end}`).join('\n');
      if (want !== have) throw new Error(`${cfg.file}: the redraw differs from the file`);
      console.log(`${cfg.file}: ${file.sentences.length} sentences match the draw`);
    } else throw new Error(`usage: [--part ${PART_NAMES.join('|')}] --skeleton | --convert WORK.yaml [--out FILE] | --check`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
