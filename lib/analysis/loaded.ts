import model from './lexicons/loaded-model.json';
import type { Marker } from './types';
import { lexiconWord, newSlot, stemVariants, words as plainWords, type Tokenized, type Word } from './tokens';

/**
 * Sentence-level "loaded language" probability: a logistic regression over the words and adjacent word pairs of
 * the sentence, fitted on BABE (scripts/fit-loaded.ts). Lexicon-membership features (NPOV bias lexicon, MPQA
 * strong subjectives, BABE bias words, AFINN strength, hedges/boosters) are folded into per-word weights at fit
 * time, so p = sigmoid(bias + sum of the weights of the sentence's distinct words and pairs), and each word's or
 * pair's weight is exactly its contribution to the decision.
 */
export interface LoadedModel {
  version: string;
  bias: number;
  threshold: number;
  /** Keyed by lower-cased word, or by two words joined by one space (an adjacent pair). */
  weights: Record<string, number>;
}

export const LOADED_MODEL = model as LoadedModel;
/** Feature kinds of the shipped model, recorded in its fit block. */
export const LOADED_FEATURES = ['word', 'pair'] as const;
const WEIGHTS = new Map<string, number>(Object.entries(LOADED_MODEL.weights));
/** Only words whose contribution is at least this big are shown as evidence. */
export const MIN_EVIDENCE = 0.25;
/** At most this many evidence words per loaded sentence. */
export const MAX_EVIDENCE = 3;
const NUM = '<num>';

/** Weight of one feature: a word's own form, else the nearest stem the model knows (unseen inflections); pairs exactly. */
export function wordWeight(word: string): number {
  const w = WEIGHTS.get(word);
  if (w !== undefined) return w;
  if (word.includes(' ')) return 0;
  const cached = FALLBACK.get(word);
  if (cached !== undefined) return cached;
  let x = 0;
  for (const v of stemVariants(word)) {
    const y = WEIGHTS.get(v);
    if (y !== undefined) {
      x = y;
      break;
    }
  }
  // Unknown words recur (names, places): remember their fallback, bounded so a long run cannot grow it forever.
  if (FALLBACK.size > 50_000) FALLBACK.clear();
  FALLBACK.set(word, x);
  return x;
}
const FALLBACK = new Map<string, number>();

function featureOf(lower: string): string {
  return /^\d[\d,.]*$/.test(lower) ? NUM : lower;
}

/**
 * The model's features of a sentence (shared with the fit script): each distinct word, and each distinct pair of
 * adjacent words, in order of first occurrence; numbers are `<num>`.
 */
export function features(lowerWords: string[]): string[] {
  const out = new Set<string>();
  let prev: string | undefined;
  for (const w of lowerWords) {
    const f = featureOf(w);
    out.add(f);
    if (prev !== undefined) out.add(`${prev} ${f}`);
    prev = f;
  }
  return [...out];
}

export function probability(lowerWords: string[]): number {
  let z = LOADED_MODEL.bias;
  for (const f of features(lowerWords)) z += wordWeight(f);
  return 1 / (1 + Math.exp(-z));
}

/** Probability for a plain sentence (evaluation and fitting use this). */
export function loadedProbability(sentence: string): number {
  return probability(plainWords(sentence));
}

/** Deterministic 80/20 split of BABE by sentence text (FNV-1a hash): fit on 'train', score on 'test'. */
export function babeSplit(text: string): 'train' | 'test' {
  let h = 0x811c9dc5;
  const s = text.trim();
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0 ? 'test' : 'train';
}

/** A weighted pair of adjacent words; `stamp` makes it count once per sentence. */
interface Pair {
  first: Word;
  second: Word;
  key: string;
  weight: number;
  stamp: number;
}

// Pairs live in one open-addressing table keyed by the two Words' ids (no string building, no Map per token);
// a flag on the first word lets a token that starts no pair skip the probe.
const PAIR_BIT = 1 << newSlot();
const PAIR_LIST: Pair[] = [];
/** Kept as a lexicon word so it is one Word for the life of the process. */
const NUM_WORD = lexiconWord(NUM);
for (const [key, weight] of WEIGHTS) {
  const space = key.indexOf(' ');
  if (space < 0) continue;
  const first = lexiconWord(key.slice(0, space));
  first.flags |= PAIR_BIT;
  PAIR_LIST.push({ first, second: lexiconWord(key.slice(space + 1)), key, weight, stamp: 0 });
}
const PAIR_MASK = 2 ** Math.ceil(Math.log2(2 * PAIR_LIST.length + 2)) - 1;
/** Slot -> index + 1 into PAIR_LIST (0 = empty), linear probing. */
const PAIR_TABLE = new Int32Array(PAIR_MASK + 1);
function pairHash(a: Word, b: Word): number {
  return (Math.imul(a.id, 0x9e3779b1) ^ Math.imul(b.id, 0x85ebca6b)) & PAIR_MASK;
}
PAIR_LIST.forEach((pair, k) => {
  let h = pairHash(pair.first, pair.second);
  while (PAIR_TABLE[h] !== 0) h = (h + 1) & PAIR_MASK;
  PAIR_TABLE[h] = k + 1;
});
let serial = 0;

/** The Word whose weight a token's word uses (numbers share `<num>`), with the weight cached on it. */
function featureWord(w: Word): Word {
  let f = w.feature;
  if (f === undefined) {
    f = /^\d[\d,.]*$/.test(w.lower) ? NUM_WORD : w;
    w.feature = f;
  }
  if (f.cache === undefined) f.cache = wordWeight(f.lower);
  return f;
}

function pairAt(prev: Word, f: Word): Pair | undefined {
  if ((prev.flags & PAIR_BIT) === 0) return undefined;
  for (let h = pairHash(prev, f); PAIR_TABLE[h] !== 0; h = (h + 1) & PAIR_MASK) {
    const pair = PAIR_LIST[PAIR_TABLE[h] - 1];
    if (pair.first === prev && pair.second === f) return pair;
  }
  return undefined;
}

export function findLoaded(t: Tokenized): { markers: Marker[]; probabilities: Map<number, number> } {
  const markers: Marker[] = [];
  const probabilities = new Map<number, number>();
  const tokens = t.tokens;
  for (const span of t.sentences) {
    const [from, to] = t.ranges[span.index];
    if (from === to) continue;
    // Same sum, in the same order, as probability(): each distinct word and pair once, in order of first occurrence.
    const stamp = ++serial;
    let z = LOADED_MODEL.bias;
    let prev: Word | undefined;
    for (let i = from; i < to; i++) {
      const f = featureWord(tokens[i].word);
      if (f.stamp !== stamp) {
        f.stamp = stamp;
        z += f.cache!;
      }
      const pair = prev && pairAt(prev, f);
      if (pair && pair.stamp !== stamp) {
        pair.stamp = stamp;
        z += pair.weight;
      }
      prev = f;
    }
    const p = 1 / (1 + Math.exp(-z));
    probabilities.set(span.index, p);
    if (p < LOADED_MODEL.threshold) continue;
    markers.push({
      family: 'loaded',
      sentenceIndex: span.index,
      start: span.start,
      end: span.end,
      text: t.body.slice(span.start, span.end),
      label: 'sentence',
      rule: `babe-lr:${LOADED_MODEL.version}`,
      weight: Math.round(p * 1000) / 1000,
    });
    // Evidence: the first occurrence of each word or pair with the largest positive contributions.
    const seen = ++serial;
    const candidates: Array<{ from: number; to: number; key: string; w: number }> = [];
    prev = undefined;
    for (let i = from; i < to; i++) {
      const f = featureWord(tokens[i].word);
      if (f.stamp !== seen) {
        f.stamp = seen;
        if (f.cache! >= MIN_EVIDENCE) candidates.push({ from: i, to: i, key: tokens[i].lower, w: f.cache! });
      }
      const pair = prev && pairAt(prev, f);
      if (pair && pair.stamp !== seen) {
        pair.stamp = seen;
        if (pair.weight >= MIN_EVIDENCE) candidates.push({ from: i - 1, to: i, key: `${tokens[i - 1].lower} ${tokens[i].lower}`, w: pair.weight });
      }
      prev = f;
    }
    candidates.sort((a, b) => b.w - a.w);
    for (const c of candidates.slice(0, MAX_EVIDENCE)) {
      const first = tokens[c.from];
      const last = tokens[c.to];
      markers.push({
        family: 'loaded',
        sentenceIndex: span.index,
        start: first.start,
        end: last.end,
        text: t.body.slice(first.start, last.end),
        label: 'word',
        rule: `babe-lr:${c.key}`,
        weight: Math.round(c.w * 1000) / 1000,
      });
    }
  }
  return { markers, probabilities };
}
