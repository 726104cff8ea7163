/**
 * `npx tsx scripts/tune-loaded-words.ts [--data DIR] [--min-spans N] [--caps 1,2,3] [--dry-run]`
 * Chooses the marking threshold and per-sentence cap of the loaded-word model (lib/analysis/loaded-words.ts) on
 * BASIL 2010–2016 by the rule analysis/8 used for the sentence model's evidence (MIN_EVIDENCE 0.51, cap 2): among the caps
 * and every threshold, the highest word precision (markers inside a lexical-bias span) whose span recall is at least
 * that evidence's (65 of 319 spans, shown as 0.204). Only these two numbers are tuned on BASIL; the model's coefficients stay
 * the BABE fit of scripts/fit-loaded-words.ts (BASIL has no licence for training). So the eval's BASIL 2010–2016 word
 * figures are in-sample for the threshold and cap only, as that evidence's were; 2017–2019 are held back by the maintainers and
 * refused here. Writes threshold and maxPerSentence into lib/analysis/lexicons/loaded-words.json (the rest of it
 * untouched) unless --dry-run; it scores with the model the runtime loads, which is that file, so it takes no --out.
 * Run it again after every refit of the word model: the fit script writes its own BABE-F1 threshold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { findLoaded } from '@/lib/analysis/loaded';
import { namesFilings, wordCandidates } from '@/lib/analysis/loaded-words';
import { tokenize } from '@/lib/analysis/tokens';
import { readBasil } from './basil';

/** The tuning years; later ones are the maintainers' test and must never reach this script. */
const YEARS = ['2010', '2011', '2012', '2013', '2014', '2015', '2016'];

/** One candidate word: its sentence (article-unique), probability, rank in its sentence and the gold spans it overlaps. */
export interface Candidate {
  year: string;
  sentence: string;
  p: number;
  rank: number;
  gold: string[];
}

export interface Operating {
  threshold: number;
  cap: number;
  markers: number;
  inside: number;
  spansFound: number;
  precision: number;
  recall: number;
}

/**
 * Every operating point of one cap: markers are the candidates of rank < cap with p >= t, so lowering t only adds
 * markers; one pass in descending p, a point after each run of ties.
 */
export function sweep(cands: Candidate[], cap: number, spans: number): Operating[] {
  const live = cands.filter((c) => c.rank < cap).sort((a, b) => b.p - a.p);
  const found = new Set<string>();
  const out: Operating[] = [];
  let inside = 0;
  for (let i = 0; i < live.length; ) {
    let j = i;
    while (j < live.length && live[j].p === live[i].p) {
      if (live[j].gold.length) inside++;
      for (const g of live[j].gold) found.add(g);
      j++;
    }
    out.push({ threshold: live[i].p, cap, markers: j, inside, spansFound: found.size, precision: inside / j, recall: found.size / (spans || 1) });
    i = j;
  }
  return out;
}

/** The rule: over the caps, the operating point with the best precision among those finding >= minRecall of the spans. */
export function choose(cands: Candidate[], caps: number[], spans: number, minRecall: number, log = false): { best: Operating; next: number } | undefined {
  let out: { best: Operating; next: number } | undefined;
  for (const cap of caps) {
    const points = sweep(cands, cap, spans);
    let top = -1;
    points.forEach((o, i) => {
      if (o.recall >= minRecall && (top < 0 || o.precision > points[top].precision)) top = i;
    });
    if (top < 0) continue;
    const o = points[top];
    if (log) console.error(`cap ${cap}: precision ${o.precision.toFixed(4)} (${o.markers} markers) at span recall ${o.recall.toFixed(4)} (${o.spansFound}), p >= ${o.threshold}`);
    if (!out || o.precision > out.best.precision) out = { best: o, next: points[top + 1]?.threshold ?? 0 };
  }
  return out;
}

/** A round threshold strictly between the chosen probability and the next lower one (same markers, readable). */
export function roundBetween(hi: number, lo: number): number {
  for (let d = 2; d <= 12; d++) {
    const f = 10 ** d;
    const t = Math.ceil(((hi + lo) / 2) * f) / f;
    if (t > lo && t <= hi) return t;
  }
  return hi;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
      'min-spans': { type: 'string', default: '65' },
      caps: { type: 'string', default: '1,2,3' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const { articles } = readBasil(path.join(path.resolve(values.data!), 'basil'));
  const late = articles.filter((a) => !YEARS.includes(a.year));
  if (late.length) throw new Error(`BASIL years outside 2010–2016 found (${[...new Set(late.map((a) => a.year))].join(', ')}): held back, not for tuning`);
  if (!articles.length) throw new Error('no BASIL 2010–2016 article found');
  const cands: Candidate[] = [];
  let spans = 0;
  for (const a of articles) {
    const t = tokenize(a.body, a.sentences);
    const { probabilities } = findLoaded(t);
    spans += a.gold.length;
    const filings = namesFilings(a.body);
    for (const span of t.sentences) {
      const [from, to] = t.ranges[span.index];
      if (from === to) continue;
      // The markers' own candidates (names and the senses the run-time filters drop left out), every probability.
      const here = wordCandidates(t, from, to, probabilities.get(span.index) ?? 0, filings, -Infinity);
      here.forEach(({ f, w: p }, rank) => {
        const tok = t.tokens[f.at];
        const gold = a.gold.flatMap((g, k) => (tok.start < g.end && g.start < tok.end ? [`${a.year}/${a.name}#${k}`] : []));
        cands.push({ year: a.year, sentence: `${a.year}/${a.name}#${span.index}`, p, rank, gold });
      });
    }
  }
  const minSpans = Number(values['min-spans']);
  const caps = values.caps!.split(',').map(Number);
  // Recall floor as a share, so the per-year check below applies the same rule to fewer spans.
  const minRecall = (minSpans - 1e-9) / spans;
  const chosen = choose(cands, caps, spans, minRecall, true);
  if (!chosen) throw new Error(`no threshold reaches ${minSpans} of ${spans} spans`);
  const { best, next } = chosen;
  // How optimistic the in-sample choice is: each year scored with the threshold and cap chosen on the other years.
  let markers = 0, inside = 0, found = 0;
  for (const year of YEARS) {
    const rest = cands.filter((c) => c.year !== year);
    const restSpans = articles.filter((a) => a.year !== year).reduce((n, a) => n + a.gold.length, 0);
    const pick = choose(rest, caps, restSpans, minRecall);
    if (!pick) continue;
    const mine = cands.filter((c) => c.year === year && c.rank < pick.best.cap && c.p >= pick.best.threshold);
    markers += mine.length;
    inside += mine.filter((c) => c.gold.length).length;
    found += new Set(mine.flatMap((c) => c.gold)).size;
  }
  console.error(`leave one year out (threshold and cap from the other years): precision ${(inside / (markers || 1)).toFixed(4)} (${markers} markers) at span recall ${(found / spans).toFixed(4)}`);
  const threshold = roundBetween(best.threshold, next);
  console.error(`${articles.length} articles, ${spans} spans, ${cands.length} candidate words; chosen: threshold ${threshold}, cap ${best.cap}`);
  if (values['dry-run']) return;
  const file = path.resolve(import.meta.dirname, '../lib/analysis/lexicons/loaded-words.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { fit?: Record<string, unknown> };
  model.threshold = threshold;
  model.maxPerSentence = best.cap;
  model.fit = {
    ...model.fit,
    markingRule: {
      data: `BASIL 2010–2016 (${articles.length} articles, ${spans} lexical-bias spans); threshold and cap only, coefficients untouched`,
      command: `npx tsx scripts/tune-loaded-words.ts --min-spans ${minSpans} --caps ${values.caps}`,
      rule: `highest word precision with at least ${minSpans} spans found (the span recall of analysis/8's evidence)`,
      precision: Math.round(best.precision * 10000) / 10000,
      markers: best.markers,
      spanRecall: Math.round(best.recall * 10000) / 10000,
      leaveOneYearOut: { precision: Math.round((inside / (markers || 1)) * 10000) / 10000, markers, spanRecall: Math.round((found / spans) * 10000) / 10000 },
    },
  };
  writeFileSync(file, JSON.stringify(model) + '\n');
  console.error(`-> ${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
