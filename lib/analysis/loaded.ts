import model from './lexicons/loaded-model.json';
import type { Marker } from './types';
import { newSlot, stemVariants, wordOf, words as plainWords, type Token, type Tokenized, type Word } from './tokens';

/**
 * Sentence-level "loaded language" probability: a logistic regression over the words of the sentence, fitted on
 * BABE (scripts/fit-loaded.ts). Lexicon-membership features (NPOV bias lexicon, MPQA strong subjectives, BABE
 * bias words, AFINN strength, hedges/boosters) are folded into per-word weights at fit time, so
 * p = sigmoid(bias + sum of the weights of the sentence's distinct words), and each word's weight is exactly its
 * contribution to the decision.
 */
export interface LoadedModel {
  version: string;
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

export const LOADED_MODEL = model as LoadedModel;
const WEIGHTS = new Map<string, number>(Object.entries(LOADED_MODEL.weights));
/** Only words whose contribution is at least this big are shown as evidence. */
export const MIN_EVIDENCE = 0.25;
/** At most this many evidence words per loaded sentence. */
export const MAX_EVIDENCE = 3;

/** Weight of one lower-cased word: its own form, else the nearest stem the model knows (unseen inflections). */
export function wordWeight(word: string): number {
  const w = WEIGHTS.get(word);
  if (w !== undefined) return w;
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

/** Distinct words of a sentence: the model's feature set (shared with the fit script). */
export function features(lowerWords: string[]): string[] {
  return [...new Set(lowerWords.map((w) => (/^\d[\d,.]*$/.test(w) ? '<num>' : w)))];
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

/** Each Word's model feature (numbers share `<num>`), filled lazily in this slot. */
const FEATURE = newSlot();
let serial = 0;

function featureWord(w: Word): Word {
  let f = w.slots[FEATURE] as Word | undefined;
  if (f === undefined) {
    f = /^\d[\d,.]*$/.test(w.lower) ? wordOf('<num>') : w;
    w.slots[FEATURE] = f;
  }
  if (f.cache === undefined) f.cache = wordWeight(f.lower);
  return f;
}

export function findLoaded(t: Tokenized): { markers: Marker[]; probabilities: Map<number, number> } {
  const markers: Marker[] = [];
  const probabilities = new Map<number, number>();
  const tokens = t.tokens;
  for (const span of t.sentences) {
    const [from, to] = t.ranges[span.index];
    if (from === to) continue;
    // Same sum, in the same order, as probability(): each distinct feature once, in order of first occurrence.
    const stamp = ++serial;
    let z = LOADED_MODEL.bias;
    for (let i = from; i < to; i++) {
      const f = featureWord(tokens[i].word);
      if (f.stamp === stamp) continue;
      f.stamp = stamp;
      z += f.cache!;
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
    // Evidence: the first occurrence of each word with the largest positive contributions.
    const seen = ++serial;
    const candidates: Array<{ tok: Token; w: number }> = [];
    for (let i = from; i < to; i++) {
      const f = featureWord(tokens[i].word);
      if (f.stamp === seen) continue;
      f.stamp = seen;
      const w = f.cache!;
      if (w >= MIN_EVIDENCE) candidates.push({ tok: tokens[i], w });
    }
    candidates.sort((a, b) => b.w - a.w);
    for (const { tok, w } of candidates.slice(0, MAX_EVIDENCE)) {
      markers.push({
        family: 'loaded',
        sentenceIndex: span.index,
        start: tok.start,
        end: tok.end,
        text: tok.text,
        label: 'word',
        rule: `babe-lr:${tok.lower}`,
        weight: Math.round(w * 1000) / 1000,
      });
    }
  }
  return { markers, probabilities };
}
