/**
 * `npx tsx scripts/fit-loaded-words.ts [--data DIR] [--out FILE]`
 * Fits the loaded-word model (lib/analysis/loaded-words.ts) on BABE's word labels (Spinde et al. 2021): the
 * `biased_words` the annotators marked in each sentence of final_labels_SG2.csv, on the rows the sentence model was
 * fitted on (babeSplit 'train', "No agreement" dropped). SG2's 'test' part and the SG1/MBIC rows that
 * `npm run eval -- --task loaded-language` scores are never read here, and BASIL is not read at all: the coefficients
 * are out of sample on BASIL. The threshold and cap this script writes (best BABE out-of-fold F1) are then replaced
 * by scripts/tune-loaded-words.ts, which chooses them on BASIL 2010–2016: run it after every refit. One row per
 * distinct content word of each sentence (names masked and never candidates, as in loaded.ts), y = annotators
 * marked it. L2 logistic regression on standardised features (Newton steps), then folded: lexicon memberships and the
 * BABE marking rate into one number per lemma, the rest into raw-scale coefficients.
 * Cross-validation: 5 folds of sentences (hash of the text). A word's BABE marking rate is its label averaged over
 * sentences, so in the rows it is taken from the other folds only (else it leaks the label); the shipped table
 * takes it from all fitted rows. λ is the grid value with the best out-of-fold log-loss; the threshold and the cap
 * per sentence the pair with the best out-of-fold F1 of markers against marked words. Caveat: the sentence model's
 * word weights (feature babe_weight) were fitted on the same sentences, so BABE's out-of-fold figures are optimistic.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { babeSplit, LOADED_MODEL, NAME, probabilityOf, sentenceFeatures, tokenizeSentence } from '@/lib/analysis/loaded';
import { WORD_DYNAMIC, wordDynamics } from '@/lib/analysis/loaded-words';
import { loadBabe, loadLexicons, readList, sampleOf } from './fit-loaded';
import { rocAuc } from './eval/loaded-language';

/** The sentence model's fit block (its lexicon weights, marked_rate among them). */
const LOADED_MODEL_FIT = (LOADED_MODEL as unknown as { fit?: { lexiconWeights?: Record<string, number> } }).fit ?? {};

/** A lexicon file's entries, lower case (none when the file is absent). */
const list = (file: string): Set<string> => new Set(readList(file).map((l) => l.toLowerCase()));

/** Marking counts per lemma: in how many sentences it occurs, in how many annotators marked it. */
interface Rate {
  occ: Map<string, number>;
  hit: Map<string, number>;
  prior: number;
}

function markingRate(sentences: Array<{ words: string[]; marked: string[] }>): Rate {
  const occ = new Map<string, number>();
  const hit = new Map<string, number>();
  let o = 0, h = 0;
  for (const s of sentences) {
    for (const w of new Set(s.words)) (occ.set(w, (occ.get(w) ?? 0) + 1), o++);
    for (const w of new Set(s.marked)) (hit.set(w, (hit.get(w) ?? 0) + 1), h++);
  }
  return { occ, hit, prior: h / (o || 1) };
}

/** Static features of a lemma (lexicons and a BABE marking rate), with their names. */
function staticFeatures(dataDir: string): { names: string[]; of: (w: string, rate: Rate) => number[]; domain: Set<string> } {
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
  const names = [...Object.keys(lex), ...Object.keys(sets), 'mpqa_negative', 'mpqa_positive', 'babe_marked_rate', 'babe_count'];
  const of = (w: string, rate: Rate): number[] => {
    const n = rate.occ.get(w) ?? 0;
    return [
      ...Object.values(lex).map((f) => f(w)),
      ...Object.values(sets).map((s) => (s.has(w) ? 1 : 0)),
      polarity.get(w) === 'negative' ? 1 : 0,
      polarity.get(w) === 'positive' ? 1 : 0,
      n ? Math.log(((rate.hit.get(w) ?? 0) + 2 * rate.prior) / (n + 2)) - Math.log(rate.prior) : 0,
      Math.log1p(n),
    ];
  };
  const domain = new Set<string>([...Object.values(sets).flatMap((s) => [...s]), ...polarity.keys()]);
  for (const w of list(path.join(rec, 'npov_lexicon.txt'))) domain.add(w);
  for (const w of list(path.join(rec, 'positive_liu2005.txt'))) domain.add(w);
  for (const w of list(path.join(rec, 'negative_liu2005.txt'))) domain.add(w);
  for (const w of list(path.join(dataDir, 'babe', 'bias_word_lexicon.txt'))) domain.add(w);
  return { names, of, domain: new Set([...domain].filter((w) => /^[a-z][a-z'-]*$/.test(w))) };
}

interface Row {
  fold: number;
  /** Sentence number. */
  sentence: number;
  key: string;
  /** Dynamic features (static ones are added per fold). */
  dyn: number[];
  x: number[];
  y: number;
}

/** Fold of a sentence: FNV-1a of the text with a salt, so the folds do not follow babeSplit's own hash. */
function foldOf(text: string, k: number): number {
  let h = 0x811c9dc5;
  const s = `loaded-words:${text.trim()}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % k;
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

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Markers as the runtime picks them: per sentence, words with probability >= t, the top `cap`. Precision = share of
 * markers the annotators marked; recall = share of marked candidate words that are markers.
 */
function markerFigures(rows: Row[], score: number[], t: number, cap: number, beta = 1): { precision: number; recall: number; f1: number; markers: number } {
  const bySentence = new Map<number, number[]>();
  rows.forEach((r, i) => {
    if (score[i] < t) return;
    const l = bySentence.get(r.sentence) ?? [];
    l.push(i);
    bySentence.set(r.sentence, l);
  });
  let markers = 0, hit = 0;
  for (const ids of bySentence.values()) {
    for (const i of ids.sort((a, b) => score[b] - score[a]).slice(0, cap)) {
      markers++;
      hit += rows[i].y;
    }
  }
  const positives = rows.reduce((s, r) => s + r.y, 0);
  const precision = markers ? hit / markers : 0;
  const recall = hit / (positives || 1);
  return { precision, recall, f1: precision + recall ? ((1 + beta * beta) * precision * recall) / (beta * beta * precision + recall) : 0, markers };
}

function logLoss(rows: Row[], score: number[]): number {
  let s = 0;
  rows.forEach((r, i) => {
    const p = Math.min(Math.max(score[i], 1e-9), 1 - 1e-9);
    s -= r.y ? Math.log(p) : Math.log(1 - p);
  });
  return s / rows.length;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
      out: { type: 'string', default: path.resolve(import.meta.dirname, '../lib/analysis/lexicons/loaded-words.json') },
      folds: { type: 'string', default: '5' },
      lambdas: { type: 'string', default: '1,10,100,1000' },
      caps: { type: 'string', default: '1,2,3' },
      beta: { type: 'string', default: '1' },
    },
  });
  const dataDir = path.resolve(values.data!);
  const K = Number(values.folds);
  const lambdas = values.lambdas!.split(',').map(Number);
  const caps = values.caps!.split(',').map(Number);
  const beta = Number(values.beta);
  const stat = staticFeatures(dataDir);
  // The sentences the sentence model was fitted on (scripts/fit-loaded.ts): SG2's 'train' part.
  const babe = (loadBabe(path.join(dataDir, 'babe', 'final_labels_SG2.csv')) ?? []).filter((r) => babeSplit(r.text) === 'train');
  if (!babe.length) throw new Error(`no BABE SG2 rows under ${dataDir}/babe`);
  const samples = babe.map((r) => ({ ...sampleOf(r.text, r.marked, r.biased ? 1 : 0), fold: foldOf(r.text, K) }));
  const rows: Row[] = [];
  // The sentence model's word weights carry marked_rate (the same BABE word labels, from all these sentences) times
  // its lexicon weight: in the rows it is swapped for the rate from the other folds, in the word's weight and in the
  // sentence's logit, so the word label does not reach the row through the sentence model.
  const all = markingRate(samples);
  const foldRates = Array.from({ length: K }, (_, f) => markingRate(samples.filter((s) => s.fold !== f)));
  const mr = LOADED_MODEL_FIT.lexiconWeights?.marked_rate ?? 0;
  const rateOf = (rate: Rate, w: string): number => (rate.hit.get(w) ?? 0) / ((rate.occ.get(w) ?? 0) + 0.5);
  babe.forEach((r, si) => {
    const t = tokenizeSentence(r.text);
    const feats = sentenceFeatures(t.tokens, 0, t.tokens.length);
    const fr = foldRates[samples[si].fold];
    const shift = new Map(feats.map((f) => [f.key, f.key === NAME ? 0 : mr * (rateOf(fr, f.key) - rateOf(all, f.key))]));
    const p = probabilityOf(feats);
    const z = Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6)) + [...shift.values()].reduce((a, b) => a + b, 0);
    const dyn = wordDynamics(t.tokens, 0, t.tokens.length, feats, 1 / (1 + Math.exp(-z))).map((d, k) => {
      if (!d) return d;
      const ww = d[0] + (shift.get(feats[k].key) ?? 0);
      return [ww, Math.max(ww, 0), ...d.slice(2)];
    });
    const marked = new Set(samples[si].marked);
    const seen = new Set<string>();
    feats.forEach((f, k) => {
      const d = dyn[k];
      if (!d || f.key === NAME || seen.has(f.key)) return;
      seen.add(f.key);
      rows.push({ fold: samples[si].fold, sentence: si, key: f.key, dyn: d, x: [], y: marked.has(f.key) ? 1 : 0 });
    });
  });
  // Each row's marking rate from the other folds' sentences only.
  for (const r of rows) r.x = [...stat.of(r.key, foldRates[r.fold]), ...r.dyn];
  const positives = rows.reduce((s, r) => s + r.y, 0);
  console.error(`${babe.length} BABE SG2 train sentences, ${rows.length} candidate words, ${positives} marked`);

  const byLambda: Record<string, { logLoss: number }> = {};
  let best = { lambda: lambdas[0], loss: Infinity, oof: [] as number[] };
  for (const lambda of lambdas) {
    const oof = new Array<number>(rows.length).fill(0);
    for (let f = 0; f < K; f++) {
      const { coef, bias } = fitRaw(rows.filter((r) => r.fold !== f), lambda);
      rows.forEach((r, i) => {
        if (r.fold === f) oof[i] = sigmoid(logitOf(coef, bias, r.x));
      });
    }
    const loss = logLoss(rows, oof);
    byLambda[lambda] = { logLoss: Math.round(loss * 100000) / 100000 };
    console.error(`lambda ${lambda}: out-of-fold log-loss ${loss.toFixed(5)}`);
    if (loss < best.loss) best = { lambda, loss, oof };
  }
  const oof = best.oof;
  // Threshold and cap: the best out-of-fold F1 (candidate thresholds: every 20th of the sorted scores).
  const sorted = [...oof].sort((a, b) => b - a);
  let pick = { t: 0.5, cap: caps[0], f1: -1, precision: 0, recall: 0, markers: 0 };
  for (const cap of caps) {
    for (let i = 19; i < sorted.length; i += 20) {
      const fig = markerFigures(rows, oof, sorted[i], cap, beta);
      if (fig.f1 > pick.f1) pick = { t: sorted[i], cap, ...fig };
    }
  }
  const outOfFold = {
    scheme: `${K} folds of BABE SG2 train sentences (marking rate from the other folds)`,
    logLossByLambda: byLambda,
    wordAuc: rocAuc(rows.map((r, i) => ({ p: oof[i], y: r.y === 1 }))),
    threshold: pick,
  };
  console.error('out of fold', JSON.stringify(outOfFold));

  const lambda = best.lambda;
  const { coef, bias } = fitRaw(rows, lambda);
  const ns = stat.names.length;
  const words: Record<string, number> = {};
  for (const w of new Set([...stat.domain, ...all.occ.keys()])) {
    if (!/^[a-z][a-z'-]*$/.test(w)) continue;
    const v = stat.of(w, all).reduce((s, x, j) => s + coef[j] * x, 0);
    if (Math.abs(v) >= 0.0005) words[w] = Math.round(v * 1000) / 1000;
  }
  const model = {
    version: `babe-sg2-train-words-${babe.length}`,
    bias: Math.round(bias * 10000) / 10000,
    threshold: pick.t,
    maxPerSentence: pick.cap,
    coef: Object.fromEntries(WORD_DYNAMIC.map((k, j) => [k, Math.round(coef[ns + j] * 10000) / 10000])),
    fit: {
      data: `BABE final_labels_SG2.csv biased_words, rows with babeSplit(text) === "train" (the sentence model's), ${babe.length} sentences; no BASIL`,
      command: `npx tsx scripts/fit-loaded-words.ts --folds ${K} --lambdas ${lambdas.join(',')} --caps ${caps.join(',')}`,
      rows: rows.length,
      marked: positives,
      lambda,
      staticWeights: Object.fromEntries(stat.names.map((k, j) => [k, Math.round(coef[j] * 10000) / 10000])),
      outOfFold,
      citation: 'Spinde et al. 2021 (BABE); Recasens et al. 2013; Wilson et al. 2005 (MPQA); Hu & Liu 2004; Riloff & Wiebe 2003; Hooper 1975; Karttunen 1971; Berant et al. 2012; Nielsen 2011 (AFINN)',
    },
    words,
  };
  writeFileSync(values.out!, JSON.stringify(model) + '\n');
  console.error(`lambda ${lambda}, threshold ${pick.t}, cap ${pick.cap}; ${Object.keys(words).length} lemma scores -> ${values.out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
