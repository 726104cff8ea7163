/**
 * `npx tsx scripts/fit-loaded-words.ts [--data DIR] [--out FILE] [--lambda X] [--min-recall X]`
 * Fits the loaded-word model (lib/analysis/loaded-words.ts) on BASIL's lexical-bias spans (Fan et al. 2019), every
 * year under `<data>/basil/annotations` (here 2010–2016; 2017–2019 are held back by the lead). One row per distinct
 * content word of each sentence (names masked and never candidates, as in loaded.ts), y = the word is inside a
 * lexical-bias span. L2 logistic regression on standardised features (Newton steps), then folded: lexicon
 * memberships and the BABE marking rate into one number per lemma, the rest into raw-scale coefficients.
 * Cross-validation leaves one year out (BASIL's events do not cross years), so every figure printed and stored under
 * `fit.outOfFold` is out of fold; the threshold is the one with the best out-of-fold word precision at span recall
 * >= --min-recall (analysis/6's 0.204), and `fit.outOfFold.nested` picks it per held-out year from the other years
 * only. The shipped model is then fitted on all years: its figures on them (npm run eval) are in-sample.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { babeSplit, NAME, probabilityOf, sentenceFeatures } from '@/lib/analysis/loaded';
import { WORD_DYNAMIC, wordDynamics } from '@/lib/analysis/loaded-words';
import { tokenize } from '@/lib/analysis/tokens';
import { loadBabe, loadLexicons, sampleOf } from './fit-loaded';
import { readBasil } from './basil';
import { rocAuc } from './eval/loaded-language';

function list(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#') && !l.startsWith(';')));
}

/** Static features of a lemma (lexicons and the BABE marking rate), with their names. */
function staticFeatures(dataDir: string): { names: string[]; of: (w: string) => number[]; domain: Set<string> } {
  const lex = loadLexicons(dataDir);
  const rec = path.join(dataDir, 'recasens2013-lexicons');
  const sets: Record<string, Set<string>> = {
    riloff_strong: list(path.join(rec, 'strong_subjectives_riloff2003.txt')),
    riloff_weak: list(path.join(rec, 'weak_subjectives_riloff2003.txt')),
    assertive: list(path.join(rec, 'assertives_hooper1975.txt')),
    factive: list(path.join(rec, 'factives_hooper1975.txt')),
    implicative: list(path.join(rec, 'implicatives_karttunen1971.txt')),
    report_verb: list(path.join(rec, 'report_verbs.txt')),
    entailing: list(path.join(rec, 'entailing_berant2012.txt')),
    entailed: list(path.join(rec, 'entailed_berant2012.txt')),
  };
  const polarity = new Map<string, string>();
  const mpqa = path.join(dataDir, 'mpqa-subjectivity-clues', 'subjclueslen1-HLTEMNLP05.tff');
  for (const line of existsSync(mpqa) ? readFileSync(mpqa, 'utf8').split('\n') : []) {
    const kv = Object.fromEntries(line.trim().split(/\s+/).map((p) => p.split('=')));
    if (kv.word1) polarity.set(kv.word1, kv.priorpolarity);
  }
  // BABE annotators' marking rate of each lemma on SG2's train part (the part the BABE model was fitted on).
  const rows = (loadBabe(path.join(dataDir, 'babe', 'final_labels_SG2.csv')) ?? []).filter((r) => babeSplit(r.text) === 'train');
  const occ = new Map<string, number>();
  const hit = new Map<string, number>();
  for (const r of rows) {
    const s = sampleOf(r.text, r.marked, r.biased ? 1 : 0);
    for (const w of new Set(s.words)) occ.set(w, (occ.get(w) ?? 0) + 1);
    for (const w of new Set(s.marked)) hit.set(w, (hit.get(w) ?? 0) + 1);
  }
  let o = 0, h = 0;
  for (const x of occ.values()) o += x;
  for (const x of hit.values()) h += x;
  const prior = h / (o || 1);
  const names = [...Object.keys(lex), ...Object.keys(sets), 'mpqa_negative', 'mpqa_positive', 'babe_marked_rate', 'babe_count'];
  const of = (w: string): number[] => {
    const n = occ.get(w) ?? 0;
    return [
      ...Object.values(lex).map((f) => f(w)),
      ...Object.values(sets).map((s) => (s.has(w) ? 1 : 0)),
      polarity.get(w) === 'negative' ? 1 : 0,
      polarity.get(w) === 'positive' ? 1 : 0,
      n ? Math.log((( hit.get(w) ?? 0) + 2 * prior) / (n + 2)) - Math.log(prior) : 0,
      Math.log1p(n),
    ];
  };
  const domain = new Set<string>([...occ.keys(), ...Object.values(sets).flatMap((s) => [...s]), ...polarity.keys()]);
  for (const w of list(path.join(rec, 'npov_lexicon.txt'))) domain.add(w);
  for (const w of list(path.join(rec, 'positive_liu2005.txt'))) domain.add(w);
  for (const w of list(path.join(rec, 'negative_liu2005.txt'))) domain.add(w);
  for (const w of list(path.join(dataDir, 'babe', 'bias_word_lexicon.txt'))) domain.add(w);
  return { names, of, domain: new Set([...domain].filter((w) => /^[a-z][a-z'-]*$/.test(w))) };
}

interface Row {
  year: string;
  /** Sentence id (article, sentence). */
  sentence: string;
  key: string;
  x: number[];
  y: number;
  /** Ids of the lexical-bias spans the word overlaps. */
  spans: number[];
}

/** L2 logistic regression (penalty lambda·|w|², bias free) by Newton steps. */
export function fitLogistic(X: number[][], y: number[], lambda: number, steps = 30): number[] {
  const k = X[0].length + 1;
  const w = new Array<number>(k).fill(0);
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(k).fill(0);
    const H = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < X.length; i++) {
      const xi = [...X[i], 1];
      let z = 0;
      for (let j = 0; j < k; j++) z += w[j] * xi[j];
      const p = 1 / (1 + Math.exp(-z));
      const r = p * (1 - p);
      for (let a = 0; a < k; a++) {
        g[a] += (p - y[i]) * xi[a];
        if (xi[a] === 0) continue;
        for (let b = a; b < k; b++) H[a][b] += r * xi[a] * xi[b];
      }
    }
    for (let a = 0; a < k - 1; a++) {
      g[a] += 2 * lambda * w[a];
      H[a][a] += 2 * lambda;
    }
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) H[a][b] = H[b][a];
    const d = solve(H, g);
    let m = 0;
    for (let j = 0; j < k; j++) {
      w[j] -= d[j];
      m = Math.max(m, Math.abs(d[j]));
    }
    if (m < 1e-8) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (small dense systems). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let j = c; j <= n; j++) M[r][j] -= f * M[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let j = r + 1; j < n; j++) s -= M[r][j] * x[j];
    x[r] = s / M[r][r];
  }
  return x;
}

function standardiser(X: number[][]): { mu: number[]; sd: number[] } {
  const k = X[0].length;
  const mu = new Array<number>(k).fill(0);
  const sd = new Array<number>(k).fill(0);
  for (const x of X) for (let j = 0; j < k; j++) mu[j] += x[j] / X.length;
  for (const x of X) for (let j = 0; j < k; j++) sd[j] += (x[j] - mu[j]) ** 2 / X.length;
  return { mu, sd: sd.map((v) => Math.sqrt(v) || 1) };
}

/** Fit on standardised rows; returns raw-scale coefficients and bias. */
function fitRaw(rows: Row[], lambda: number): { coef: number[]; bias: number } {
  const X = rows.map((r) => r.x);
  const { mu, sd } = standardiser(X);
  const w = fitLogistic(X.map((x) => x.map((v, j) => (v - mu[j]) / sd[j])), rows.map((r) => r.y), lambda);
  const coef = w.slice(0, -1).map((b, j) => b / sd[j]);
  const bias = w[w.length - 1] - coef.reduce((s, c, j) => s + c * mu[j], 0);
  return { coef, bias };
}

const logitOf = (coef: number[], bias: number, x: number[]): number => x.reduce((s, v, j) => s + coef[j] * v, bias);

/**
 * Markers as the runtime picks them: per sentence, words with probability >= t, the top `cap`. Returns span recall
 * and word precision over all `spanCount` spans.
 */
function markerFigures(rows: Row[], score: number[], t: number, cap: number, spanCount: number): { recall: number; precision: number; markers: number } {
  const bySentence = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (score[i] < t) return;
    const l = bySentence.get(r.sentence) ?? [];
    l.push(i);
    bySentence.set(r.sentence, l);
  });
  const found = new Set<number>();
  let markers = 0, inside = 0;
  for (const ids of bySentence.values()) {
    for (const i of ids.sort((a, b) => score[b] - score[a]).slice(0, cap)) {
      markers++;
      if (rows[i].spans.length) inside++;
      for (const s of rows[i].spans) found.add(s);
    }
  }
  return { recall: found.size / (spanCount || 1), precision: markers ? inside / markers : 0, markers };
}

/** The threshold with the best precision at recall >= minRecall (candidates: the scores themselves, descending). */
function chooseThreshold(rows: Row[], score: number[], cap: number, spanCount: number, minRecall: number): number {
  // Every 5th of the 4,000 best scores: finer steps change the choice by a marker or two.
  const sorted = [...score].sort((a, b) => b - a);
  const candidates = sorted.slice(0, 4000).filter((_, i) => i % 5 === 4);
  let best = { t: 0.5, precision: -1 };
  for (const t of candidates) {
    const f = markerFigures(rows, score, t, cap, spanCount);
    if (f.recall >= minRecall && f.precision > best.precision) best = { t, precision: f.precision };
  }
  return best.t;
}

function sentenceAuc(rows: Row[], score: number[], sentences: Map<string, boolean>): number {
  const max = new Map<string, number>();
  rows.forEach((r, i) => max.set(r.sentence, Math.max(max.get(r.sentence) ?? 0, score[i])));
  return rocAuc([...sentences].map(([id, y]) => ({ p: max.get(id) ?? 0, y })));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
      out: { type: 'string', default: path.resolve(import.meta.dirname, '../lib/analysis/lexicons/loaded-words.json') },
      lambda: { type: 'string', default: '100' },
      cap: { type: 'string', default: '2' },
      'min-recall': { type: 'string', default: '0.204' },
    },
  });
  const dataDir = path.resolve(values.data!);
  const lambda = Number(values.lambda);
  const cap = Number(values.cap);
  const minRecall = Number(values['min-recall']);
  const stat = staticFeatures(dataDir);
  const { years, articles } = readBasil(path.join(dataDir, 'basil'));
  if (!articles.length) throw new Error(`no BASIL articles under ${dataDir}/basil`);
  const rows: Row[] = [];
  const sentences = new Map<string, boolean>();
  const basilKeys = new Set<string>();
  let spanCount = 0;
  const spanYears: string[] = [];
  articles.forEach((a, ai) => {
    const t = tokenize(a.body, a.sentences);
    const ids = a.gold.map(() => (spanYears.push(a.year), spanCount++));
    for (const span of t.sentences) {
      const [from, to] = t.ranges[span.index];
      const id = `${ai}:${span.index}`;
      sentences.set(id, a.gold.some((g) => g.sentence === span.index));
      if (from === to) continue;
      const feats = sentenceFeatures(t.tokens, from, to);
      const dyn = wordDynamics(t.tokens, from, to, feats, probabilityOf(feats));
      feats.forEach((f, k) => {
        const d = dyn[k];
        if (!d || f.key === NAME) return;
        const tok = t.tokens[f.at];
        const spans = a.gold.flatMap((g, j) => (tok.start < g.end && g.start < tok.end ? [ids[j]] : []));
        basilKeys.add(f.key);
        rows.push({ year: a.year, sentence: id, key: f.key, x: [...stat.of(f.key), ...d], y: spans.length ? 1 : 0, spans });
      });
    }
  });
  console.error(`${articles.length} articles (${years.join(', ')}), ${sentences.size} sentences, ${rows.length} candidate words, ${spanCount} spans`);

  // Leave one year out: every score below is from a model that did not see that year.
  const oof = new Array<number>(rows.length).fill(0);
  const nested: Array<{ year: string; t: number }> = [];
  for (const year of years) {
    const train = rows.filter((r) => r.year !== year);
    const { coef, bias } = fitRaw(train, lambda);
    rows.forEach((r, i) => {
      if (r.year === year) oof[i] = 1 / (1 + Math.exp(-logitOf(coef, bias, r.x)));
    });
    // The nested threshold: chosen on the training years' own scores (in-sample there), applied to the held-out year.
    const trainScore = train.map((r) => 1 / (1 + Math.exp(-logitOf(coef, bias, r.x))));
    nested.push({ year, t: chooseThreshold(train, trainScore, cap, spanYears.filter((y) => y !== year).length, minRecall) });
    console.error(`held out ${year}`);
  }
  const threshold = chooseThreshold(rows, oof, cap, spanCount, minRecall);
  const pooled = markerFigures(rows, oof, threshold, cap, spanCount);
  // Nested: each year's markers at its own threshold, pooled.
  const nestedScore = rows.map((r, i) => oof[i] - (nested.find((n) => n.year === r.year)!.t));
  const nestedFig = markerFigures(rows, nestedScore, 0, cap, spanCount);
  const outOfFold = {
    scheme: `leave one year out (${years.join(', ')})`,
    wordAuc: rocAuc(rows.map((r, i) => ({ p: oof[i], y: r.y === 1 }))),
    sentenceAucMaxWord: sentenceAuc(rows, oof, sentences),
    threshold: { value: threshold, ...pooled },
    nested: { thresholds: nested, ...nestedFig },
  };
  console.error('out of fold', JSON.stringify(outOfFold));

  const { coef, bias } = fitRaw(rows, lambda);
  const ns = stat.names.length;
  const words: Record<string, number> = {};
  for (const w of new Set([...stat.domain, ...basilKeys])) {
    const v = stat.of(w).reduce((s, x, j) => s + coef[j] * x, 0);
    if (Math.abs(v) >= 0.0005) words[w] = Math.round(v * 1000) / 1000;
  }
  const model = {
    version: `basil-lex-words-${years[0]}-${years[years.length - 1]}`,
    bias: Math.round(bias * 10000) / 10000,
    threshold,
    maxPerSentence: cap,
    years,
    coef: Object.fromEntries(WORD_DYNAMIC.map((k, j) => [k, Math.round(coef[ns + j] * 10000) / 10000])),
    fit: {
      data: `BASIL (Fan et al. 2019) lexical-bias spans, ${articles.length} articles of ${years.join(', ')}; BABE SG2 train part for the marking rate`,
      command: `npx tsx scripts/fit-loaded-words.ts --lambda ${lambda} --cap ${cap} --min-recall ${minRecall}`,
      rows: rows.length,
      lambda,
      staticWeights: Object.fromEntries(stat.names.map((k, j) => [k, Math.round(coef[j] * 10000) / 10000])),
      outOfFold,
      citation: 'Fan et al. 2019 (BASIL); Recasens et al. 2013; Wilson et al. 2005 (MPQA); Hu & Liu 2004; Riloff & Wiebe 2003; Hooper 1975; Karttunen 1971; Berant et al. 2012; Nielsen 2011 (AFINN); Spinde et al. 2021 (BABE)',
    },
    words,
  };
  writeFileSync(values.out!, JSON.stringify(model) + '\n');
  console.error(`threshold ${threshold}; ${Object.keys(words).length} lemma scores -> ${values.out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
