/**
 * Target-dependent sentiment: how a sentence feels about one actor in it, not the sentence as a whole.
 *
 * A small multinomial logistic regression (negative / neutral / positive) over transparent features:
 * every word of the sentence, weighted by its distance (in words) to the nearest mention of the target,
 * halved across each clause break between them, split by side (before / after the target, so "X blamed" and
 * "blamed X" can differ) and with its AFINN-165 score (negated when a negator precedes it). Weights were
 * fitted on NewsMTSC train only (Hamborg & Donnay, EACL 2021) by scripts/fit-target-sentiment.ts and are
 * stored in target-sentiment-model.json, so every score can be traced back to the words that moved it.
 */
import Sentiment from 'sentiment';
import model from './target-sentiment-model.json';

const analyzer = new Sentiment();
const afinnCache = new Map<string, number>();

export type Polarity = 'negative' | 'neutral' | 'positive';
export const POLARITIES: Polarity[] = ['negative', 'neutral', 'positive'];

/** Settings of the feature extractor; the fitted model stores the ones it was trained with. */
export interface FeatureParams {
  /** Distance decay: a word d words away from the target weighs exp(-d / tau). */
  tau: number;
  /** Multiplier per clause break (comma, semicolon, "but", quote mark…) between word and target. */
  barrier: number;
  /** Crude suffix stripping, so "sanction", "sanctions" and "sanctioned" share evidence. */
  stem: boolean;
}

export interface TargetModel {
  version: string;
  params: FeatureParams;
  bias: number[];
  weights: Record<string, number[]>;
}

export interface SentimentEvidence {
  /** Offsets into the text that was scored (callers shift them to body offsets). */
  start: number;
  end: number;
  text: string;
  /** Signed pull of this word on the score (positive pushes toward positive). */
  weight: number;
}

export interface TargetSentiment {
  /** P(positive) − P(negative), in [−1, 1]. */
  score: number;
  polarity: Polarity;
  probabilities: Record<Polarity, number>;
  evidence: SentimentEvidence[];
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,;:()“”"‘’—–!?]|(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu;
const BREAK_WORDS = new Set(['but', 'while', 'although', 'though', 'whereas', 'however', 'because', 'which', 'who', 'after', 'before', 'when']);
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'nothing', 'cannot', 'hardly', 'barely']);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: m.index!, end: m.index! + t.length, word });
  }
  return out;
}

function isNegator(lower: string): boolean {
  return NEGATORS.has(lower) || lower.endsWith("n't");
}

/** Deliberately crude: enough to pool inflections of the same word without a dictionary. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && w.length > 5 && /(?:sh|ch|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** AFINN-165 score of one word (through `sentiment`, so its lexicon and ours never drift apart). */
function afinnOf(lower: string): number {
  let v = afinnCache.get(lower);
  if (v === undefined) {
    // `sentiment` applies its own negation to "not x"; a single word never triggers it.
    v = NEGATORS.has(lower) ? 0 : analyzer.analyze(lower).score;
    afinnCache.set(lower, v);
  }
  return v;
}

export interface FeatureVector {
  /** Sentence-level and target-level features (not tied to one word). */
  global: Map<string, number>;
  /** Per word token: its features, for evidence. */
  words: { token: Token; features: Array<[string, number]> }[];
}

/**
 * Features of one target in one sentence. `spans` are the target's mentions in `text` (the scored one first);
 * distance is measured to the nearest of them. `others` are mentions of other actors: a word nearer to one of
 * them than to the target is more likely about them, so it gets its own feature family.
 */
export function targetFeatures(
  text: string,
  spans: Array<[number, number]>,
  params: FeatureParams,
  others: Array<[number, number]> = [],
): FeatureVector {
  const tokens = tokenize(text);
  const inTarget = tokens.map((t) => spans.some(([s, e]) => t.start < e && t.end > s));
  const inOther = tokens.map((t, i) => !inTarget[i] && others.some(([s, e]) => t.start < e && t.end > s));
  const main = spans[0];
  const global = new Map<string, number>();
  global.set('bias', 1);

  // Quote state per token: inside a direct quotation or not (straight quotes toggle).
  const quoted: boolean[] = [];
  let open = false;
  for (const t of tokens) {
    if (t.text === '“') open = true;
    else if (t.text === '”') open = false;
    else if (t.text === '"') open = !open;
    quoted.push(open && !['“', '"'].includes(t.text));
  }
  const targetIdx = tokens.map((_, i) => i).filter((i) => inTarget[i]);
  const otherIdx = tokens.map((_, i) => i).filter((i) => inOther[i]);
  if (otherIdx.length) global.set('sent:other-targets', 1);
  const mainIdx = targetIdx.filter((i) => tokens[i].start < main[1] && tokens[i].end > main[0]);
  if (!mainIdx.length) return { global, words: [] };
  const first = mainIdx[0];
  if (quoted[first]) global.set('target:quoted', 1);
  if (tokens.slice(0, first).filter((t) => t.word).length === 0) global.set('target:initial', 1);
  const mainLower = tokens.slice(mainIdx[0], mainIdx[mainIdx.length - 1] + 1).map((t) => t.lower).join(' ');
  if (/^(he|she|they|him|her|them|his|its|their|it|i|we|you)$/.test(mainLower)) global.set('target:pronoun', 1);
  if (targetIdx.length > mainIdx.length) global.set('target:repeated', 1);
  if (tokens.some((t, i) => quoted[i] && t.word)) global.set('sent:has-quote', 1);

  // Word-distance to the nearest target token, and clause breaks crossed on the way.
  const wordPos: number[] = [];
  let wp = 0;
  for (const t of tokens) wordPos.push(t.word ? wp++ : wp - 0.5);
  const breaksBefore: number[] = [];
  let b = 0;
  for (const t of tokens) {
    if (!t.word || BREAK_WORDS.has(t.lower)) b++;
    breaksBefore.push(b);
  }

  const words: FeatureVector['words'] = [];
  let afPos = 0;
  let afNeg = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || inTarget[i] || inOther[i]) continue;
    let best = Infinity;
    let side = 'R';
    let breaks = 0;
    for (const j of targetIdx) {
      const d = Math.abs(wordPos[i] - wordPos[j]);
      if (d < best) {
        best = d;
        side = i < j ? 'L' : 'R';
        breaks = Math.abs(breaksBefore[i] - breaksBefore[j]);
      }
    }
    const v = Math.exp(-(best - 1) / params.tau) * Math.pow(params.barrier, breaks);
    const nearOther = otherIdx.some((j) => Math.abs(wordPos[i] - wordPos[j]) < best);
    const negated = tokens.slice(Math.max(0, i - 3), i).some((p) => isNegator(p.lower));
    const w = params.stem ? stem(t.lower) : t.lower;
    const feats: Array<[string, number]> = nearOther
      ? [[`w:${w}`, v], [`o:${w}`, v]]
      : [
          [`w:${w}`, v],
          [`${side}:${w}`, v],
        ];
    if (negated) feats.push([`neg:${w}`, v]);
    // The word right next to the target: its verb when it is the subject ("X blamed"), the verb or
    // preposition governing it when it is the object ("blamed X", "against X").
    if (best <= 1 && breaks === 0) feats.push([`${side}1:${w}`, 1]);
    const af = afinnOf(t.lower) * (negated ? -1 : 1);
    if (af) {
      const where = nearOther ? 'o' : side;
      feats.push([af > 0 ? `afinn+:${where}` : `afinn-:${where}`, Math.abs(af) * v]);
      feats.push([af > 0 ? 'afinn+:q' : 'afinn-:q', quoted[i] ? Math.abs(af) * v : 0]);
      if (af > 0) afPos += af;
      else afNeg -= af;
    }
    words.push({ token: t, features: feats.filter(([, x]) => x !== 0) });
  }
  if (afPos) global.set('afinn+:sent', Math.log1p(afPos));
  if (afNeg) global.set('afinn-:sent', Math.log1p(afNeg));
  return { global, words };
}

/** Sparse feature map of a vector (global features plus all word features summed). */
export function flatten(fv: FeatureVector): Map<string, number> {
  const out = new Map(fv.global);
  for (const { features } of fv.words) for (const [k, v] of features) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

export function predict(m: TargetModel, feats: Map<string, number>): number[] {
  const z = [...m.bias];
  for (const [k, v] of feats) {
    const w = m.weights[k];
    if (w) for (let c = 0; c < 3; c++) z[c] += w[c] * v;
  }
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const s = e[0] + e[1] + e[2];
  return e.map((x) => x / s);
}

const MODEL = model as TargetModel;

/**
 * Sentiment toward the target at `spans[0]` (offsets into `text`, end exclusive; further spans are other
 * mentions of the same actor in the text). Evidence lists the words that pulled the score most, signed.
 */
export function scoreTarget(
  text: string,
  spans: Array<[number, number]>,
  others: Array<[number, number]> = [],
  m: TargetModel = MODEL,
): TargetSentiment {
  const fv = targetFeatures(text, spans, m.params, others);
  const p = predict(m, flatten(fv));
  const best = p.indexOf(Math.max(...p));
  const evidence: SentimentEvidence[] = [];
  for (const { token, features } of fv.words) {
    let pull = 0;
    for (const [k, v] of features) {
      const w = m.weights[k];
      if (w) pull += v * (w[2] - w[0]);
    }
    if (Math.abs(pull) >= 0.15) evidence.push({ start: token.start, end: token.end, text: token.text, weight: round(pull) });
  }
  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    score: round(p[2] - p[0]),
    polarity: POLARITIES[best],
    probabilities: { negative: round(p[0]), neutral: round(p[1]), positive: round(p[2]) },
    evidence: evidence.slice(0, 6).sort((a, b) => a.start - b.start),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
