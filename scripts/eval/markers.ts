/**
 * Task `markers`: every marker family of lib/analysis against the hand labels (data/eval/hand-labels/labels.json,
 * or the file named by env PARALLAX_HAND_LABELS, e.g. held-back labels in the same format). Texts are joined from
 * ../shared/data at run time (scripts/labels/records.ts); each labelled record is analysed whole, as ingest would
 * (splitSentences + analyzeArticle), and its markers that overlap a labelled sentence are compared with the gold
 * instances of that sentence.
 *
 * Matching (FORMAT.md): a system marker is a true positive when a gold instance of the same family (and kind, for
 * per-kind figures) overlaps it; recall counts gold instances overlapped by a system marker of that family (kind).
 * Exact-span figures beside. Figures per split: `tune` (developers tune on it), `tune2` (the extra tune split of
 * tune-extra.json: whole AllSides leads labelled for hedge, certainty and source only; scored on those families),
 * `tune3` (tune-extra3.json: the same, labelled blind for hedge and certainty only), `tune4` to `tune7`, `tune9` and
 * `tune11` to `tune19` (tune-extra4.json … tune-extra7.json, tune-extra9.json, tune-extra11.json … tune-extra19.json:
 * labelled blind for hedge, certainty, report-verb and source; tune12 to tune19 are NewsMTSC sentences), `tune8`
 * (tune-extra8.json: sentences with short quotations, labelled blind for quotes), `tune10` (tune-extra10.json:
 * sentences with a certainty word, labelled blind for hedge and certainty) and `test`
 * (report only).
 * Families: sentiment, hedge (kinds ignored: the analysis does not split hedges by kind), certainty, report-verb,
 * source, quote — scored as `quote` (direct+partial), `quote/scare` and `quote/title` — and loaded/word.
 *
 * `PARALLAX_MARKERS_ERRORS=<family>` prints the tune splits' (tune, tune2 onward) false positives and misses of that family to stderr
 * with record id, offsets, voice, words and their part of speech/lemma (for tuning; never the test split, never
 * into the repo); with `PARALLAX_MARKERS_HITS=1` its true positives too (each rule's precision).
 */
import path from 'node:path';
import type { EvalRecord, EvalSkip, EvalTask } from './_types';
import { analyzeArticle } from '@/lib/analysis';
import { parseText } from '@/lib/nlp';
import type { Marker } from '@/lib/analysis/types';
import { splitSentences } from '@/lib/ingest/sentences';
import { textHash } from '../labels/records';
import { loadHandLabels } from './_hand-labels';

interface Span {
  family: string;
  kind: string;
  start: number;
  end: number;
  /** The system marker's rule (printed with the errors). */
  rule?: string;
  /** Whose words: the writer's or a quotation's (gold instances and analysed markers both carry it). */
  voice?: string;
}

/** The gold family/kind a system marker is compared under, or null for markers the labels do not cover. */
export function markerKey(m: Marker): { family: string; kind: string } | null {
  switch (m.family) {
    case 'scare-quote':
      return { family: 'quote', kind: 'scare' };
    case 'quote':
      return { family: 'quote', kind: m.attrs?.kind ?? 'direct' };
    case 'sentiment':
    case 'certainty':
    case 'report-verb':
    case 'source':
      return { family: m.family, kind: m.label };
    case 'hedge':
      return { family: 'hedge', kind: '' };
    case 'loaded':
      return m.label === 'word' ? { family: 'loaded', kind: 'word' } : null;
    default:
      return null;
  }
}

/** The groups figures are given for: a name and which family/kind pairs belong to it. */
const GROUPS: Array<{ name: string; test: (s: Span) => boolean }> = [
  ...['positive', 'negative', ''].map((k) => ({ name: k ? `sentiment/${k}` : 'sentiment', test: (s: Span) => s.family === 'sentiment' && (!k || s.kind === k) })),
  // Tone as the figures count it: sentiment words in the writer's voice, against writer-voice gold.
  { name: 'sentiment@writer', test: (s) => s.family === 'sentiment' && s.voice !== 'quoted' },
  { name: 'hedge', test: (s) => s.family === 'hedge' },
  ...['booster', 'intensifier', 'assertive', 'factive', ''].map((k) => ({ name: k ? `certainty/${k}` : 'certainty', test: (s: Span) => s.family === 'certainty' && (!k || s.kind === k) })),
  ...['neutral', 'loaded', ''].map((k) => ({ name: k ? `report-verb/${k}` : 'report-verb', test: (s: Span) => s.family === 'report-verb' && (!k || s.kind === k) })),
  ...['named', 'anonymous', 'pronoun', ''].map((k) => ({ name: k ? `source/${k}` : 'source', test: (s: Span) => s.family === 'source' && (!k || s.kind === k) })),
  { name: 'quote/direct+partial', test: (s) => s.family === 'quote' && (s.kind === 'direct' || s.kind === 'partial') },
  { name: 'quote/scare', test: (s) => s.family === 'quote' && s.kind === 'scare' },
  { name: 'quote/title', test: (s) => s.family === 'quote' && s.kind === 'title' },
  { name: 'loaded/word', test: (s) => s.family === 'loaded' && s.kind === 'word' },
];

/** The gold family a group counts (its name up to the first slash or at-sign). */
const GROUP_FAMILIES = new Map(GROUPS.map((g) => [g.name, [g.name.split(/[/@]/)[0]]]));

const overlaps = (a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

interface Counts {
  system: number;
  gold: number;
  tp: number;
  found: number;
  tpExact: number;
  foundExact: number;
}

const task: EvalTask = {
  task: 'markers',
  async run(dataDir) {
    const records: EvalRecord[] = [];
    const skipped: EvalSkip[] = [];
    const loaded = loadHandLabels('markers', dataDir, true);
    if ('skip' in loaded) return { records, skipped: [loaded.skip] };
    const { file, partOf, byRecord, familiesOf, fileOf } = loaded;

    const counts = new Map<string, Counts>();
    const errorsFor = process.env.PARALLAX_MARKERS_ERRORS;
    for (const { text, sentences } of byRecord.values()) {
      const parse = parseText(text);
      const analysis = analyzeArticle(text, splitSentences(text), parse);
      for (const s of sentences) {
        if (textHash(text.slice(s.start, s.end)) !== s.sha) throw new Error(`${file}: ${s.id}: the sentence text changed in ${dataDir} (sha)`);
        const part = partOf.get(s.id) ?? 'unknown';
        const sentence = { family: '', kind: '', start: s.start, end: s.end };
        const system: Span[] = [];
        for (const m of analysis.markers) {
          const key = markerKey(m);
          if (key && overlaps(m, sentence)) system.push({ ...key, rule: m.rule, voice: m.voice, start: Math.max(m.start, s.start), end: Math.min(m.end, s.end) });
        }
        // Title quotes are no marker (they count as neither quote nor scare quote): scored from the quotation spans.
        for (const q of analysis.quotations ?? []) {
          if (q.kind === 'title' && overlaps(q, sentence)) system.push({ family: 'quote', kind: 'title', start: Math.max(q.start, s.start), end: Math.min(q.end, s.end), rule: 'title' });
        }
        const gold: Span[] = s.instances.filter((i) => !(i.family === 'loaded' && i.kind === 'sentence'));
        // A part labelled for some families only (tune2–tune19) is scored on those, and stays out of `all` (tune+test).
        const only = familiesOf.get(part);
        for (const g of GROUPS) {
          if (only && !GROUP_FAMILIES.get(g.name)!.some((f) => only.has(f))) continue;
          for (const split of only ? [part] : [part, 'all']) {
            const key = `${split}\t${g.name}`;
            const c = counts.get(key) ?? { system: 0, gold: 0, tp: 0, found: 0, tpExact: 0, foundExact: 0 };
            counts.set(key, c);
            const sys = system.filter(g.test);
            const gs = gold.filter(g.test);
            c.system += sys.length;
            c.gold += gs.length;
            for (const m of sys) {
              if (gs.some((x) => overlaps(x, m))) c.tp++;
              if (gs.some((x) => same(x, m))) c.tpExact++;
            }
            for (const x of gs) {
              if (sys.some((m) => overlaps(x, m))) c.found++;
              if (sys.some((m) => same(x, m))) c.foundExact++;
            }
            if (errorsFor && split.startsWith('tune') && g.name === errorsFor) {
              // Record id, offsets, words, voice and the parse's part of speech/lemma of each word in the span.
              const tags = (sp: Span): string => parse.tokens.filter((k) => k.start < sp.end && sp.start < k.end && /\w/.test(text.slice(k.start, k.end))).map((k) => `${k.pos}/${k.lemma}`).join(' ');
              const show = (sp: Span): string => `${s.record} ${sp.start}-${sp.end} ${sp.voice ?? 'writer'} [${text.slice(sp.start, sp.end)}] ${tags(sp)}`;
              const ctx = text.slice(s.start, s.end).replace(/\s+/g, ' ');
              for (const m of sys) if (!gs.some((x) => overlaps(x, m))) console.error(`FP ${s.id} ${m.rule} ${m.kind} ${show(m)}  | ${ctx}`);
              // With PARALLAX_MARKERS_HITS=1 the true positives too, for each rule's precision.
              if (process.env.PARALLAX_MARKERS_HITS) for (const m of sys) if (gs.some((x) => overlaps(x, m))) console.error(`TP ${s.id} ${m.rule} ${m.kind} ${show(m)}  | ${ctx}`);
              for (const x of gs) if (!sys.some((m) => overlaps(x, m))) console.error(`FN ${s.id} ${x.kind} ${show(x)}  | ${ctx}`);
            }
          }
        }
      }
    }
    for (const [key, c] of counts) {
      const [split, group] = key.split('\t');
      const at = `${path.basename(fileOf.get(split) ?? file)} (${split})`;
      const add = (metric: string, value: number, n: number): void => {
        records.push({ task: 'markers', dataset: 'hand-labels', file: at, metric: `${group}:${metric}`, value, n });
      };
      add('precision', c.system ? c.tp / c.system : 0, c.system);
      add('recall', c.gold ? c.found / c.gold : 0, c.gold);
      add('precision_exact', c.system ? c.tpExact / c.system : 0, c.system);
      add('recall_exact', c.gold ? c.foundExact / c.gold : 0, c.gold);
    }
    return { records, skipped };
  },
};

export default task;
