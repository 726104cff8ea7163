import model from './lexicons/loaded-words.json';
import type { Marker } from './types';
import type { Token, Tokenized } from './tokens';
import { stemLookup } from './tokens';
import { NAME, NAME_FEATURE, loadedSentenceMarker, scanProbability, scanSentence, tokenFeature, vectorScore, wordWeight, type SentenceFeature, type SentenceScan } from './loaded';

/**
 * Which words of a sentence are loaded: a logistic regression over one content word in its sentence, fitted on the
 * words BABE's annotators marked as biased (`biased_words`) in the SG2 sentences the sentence model was fitted on
 * (scripts/fit-loaded-words.ts; no BASIL); only its marking threshold and cap are chosen on BASIL 2010–2016
 * (scripts/tune-loaded-words.ts), as the earlier evidence threshold was. The sentence probability stays the BABE
 * model's (loaded.ts); this model only picks the evidence words.
 * A word's logit = bias + static(lemma) + Σ coef · its dynamic features:
 * - static: lexicon memberships (NPOV, MPQA, Liu, Riloff, Hooper, Karttunen, Berant, AFINN, hedges, boosters,
 *   loaded report verbs) and the word's BABE marking rate, folded into one number per lemma at fit time;
 * - dynamic: the BABE model's weight of the word, its part of speech and vector number, the sentence's BABE logit,
 *   and where the word sits: its distance to the nearest (masked) name, how many names the sentence holds, whether it
 *   opens the sentence, its relative position. Distances count features, not tokens, so "told reporters" and
 *   "said" are the same distance; names are never candidates and only their count and place enter.
 */
export interface LoadedWordModel {
  version: string;
  bias: number;
  /**
   * A word is evidence when its probability is at least this. Chosen with the cap on BASIL 2010–2016 by analysis/8's
   * rule for evidence (the best word precision at span recall >= its 0.204; scripts/tune-loaded-words.ts): BABE's
   * out-of-fold F1 threshold (about 0.21, cap 3) flagged four times too many words there. The coefficients see no BASIL.
   */
  threshold: number;
  /** At most this many evidence words per sentence (chosen with the threshold). */
  maxPerSentence: number;
  /** Raw-scale coefficients of the dynamic features (WORD_DYNAMIC order names). */
  coef: Record<string, number>;
  /** Folded static score by lemma. */
  words: Record<string, number>;
}

export const LOADED_WORDS = model as unknown as LoadedWordModel;
const STATIC = new Map<string, number>(Object.entries(LOADED_WORDS.words ?? {}));
const POS = ['NOUN', 'VERB', 'ADJ', 'ADV', 'INTJ'] as const;
/** Dynamic feature names, in the order wordDynamics returns them. */
export const WORD_DYNAMIC = [
  'babe_weight', 'babe_weight_pos', 'vector', 'no_vector', 'sentence_logit',
  ...POS.map((p) => `pos_${p}`),
  'first', 'has_name', 'name_distance', 'names', 'position',
] as const;
const COEF = WORD_DYNAMIC.map((k) => LOADED_WORDS.coef?.[k] ?? 0);

const STATIC_FALLBACK = new Map<string, number>();

/** Folded lexicon score of a lemma, else of the nearest stem the table knows, else 0. */
export function staticScore(key: string): number {
  return stemLookup(STATIC, STATIC_FALLBACK, key);
}

/** The sentence model's logit of p, clamped away from 0 and 1. */
function sentenceLogit(p: number): number {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
}

/** One word's dynamic features, written into a buffer reused for every word (WORD_DYNAMIC order). */
const DYN = new Float64Array(WORD_DYNAMIC.length);

/**
 * A word's dynamic features: `ww` its BABE weight, `v` its vector number, `logit` the sentence's, `place` where it
 * stands among the sentence's `places` features (names counted once per token), `names` the places of the names.
 * Fills and returns DYN: the markers read it once, the fit script copies it.
 */
function fillDynamics(ww: number, v: number | undefined, logit: number, pos: string, first: boolean, names: number[], nameCount: number, place: number, places: number): Float64Array {
  let d = 30;
  for (let j = 0; j < nameCount; j++) d = Math.min(d, Math.abs(names[j] - place));
  DYN[0] = ww;
  DYN[1] = Math.max(ww, 0);
  DYN[2] = v ?? 0;
  DYN[3] = v === undefined ? 1 : 0;
  DYN[4] = logit;
  for (let k = 0; k < POS.length; k++) DYN[5 + k] = pos === POS[k] ? 1 : 0;
  DYN[5 + POS.length] = first ? 1 : 0;
  DYN[6 + POS.length] = nameCount ? 1 : 0;
  DYN[7 + POS.length] = Math.log1p(d);
  DYN[8 + POS.length] = Math.log1p(nameCount);
  DYN[9 + POS.length] = place / places;
  return DYN;
}

/** Dynamic features of each of the sentence's features (names get none: they are never candidates). */
export function wordDynamics(tokens: Token[], from: number, to: number, features: SentenceFeature[], p: number, keys?: Array<string | null>): Array<number[] | null> {
  // Feature index of every token that is a feature, and those of the names (a name of two tokens counts twice).
  const index = new Map<number, number>();
  const names: number[] = [];
  for (let i = from; i < to; i++) {
    const k = keys ? keys[i - from] : tokenFeature(tokens[i], i === from);
    if (k === null) continue;
    if (k === NAME) names.push(index.size);
    index.set(i, index.size);
  }
  const logit = sentenceLogit(p);
  return features.map((f) => {
    if (f.key === NAME) return null;
    return Array.from(fillDynamics(wordWeight(f.key), vectorScore(f), logit, f.pos, f.at === from, names, names.length, index.get(f.at) ?? 0, index.size));
  });
}

/** Logit of one word from its static score (staticScore of its key) and dynamic features. */
export function wordLogit(stat: number, dyn: ArrayLike<number>): number {
  let z = LOADED_WORDS.bias + stat;
  for (let j = 0; j < COEF.length; j++) z += COEF[j] * dyn[j];
  return z;
}

/**
 * Probability that each of the sentence's features is a loaded word (null for names), from sentenceFeatures and
 * wordDynamics: what wordCandidates computes through the memo (tests/unit/analysis-loaded-invariance.test.ts).
 */
export function wordProbabilities(tokens: Token[], from: number, to: number, features: SentenceFeature[], p: number, keys?: Array<string | null>): Array<number | null> {
  return wordDynamics(tokens, from, to, features, p, keys).map((dyn, i) => (dyn ? 1 / (1 + Math.exp(-wordLogit(staticScore(features[i].key), dyn))) : null));
}

/** Words that make "claims" a filing, not a disputed statement ("jobless claims", "insurance claims"). */
const FILINGS = new Set(['jobless', 'unemployment', 'insurance', 'benefit', 'benefits', 'disability', 'patent', 'damage', 'damages', 'compensation']);

/** An article about filings: "jobless claims" once, and "claims" is that sense throughout (one sense per discourse). */
const FILINGS_ARTICLE = /\b(?:jobless|unemployment) claims\b/i;

/**
 * "Jobless claims" are filings: the model scores the lemma "claim" as loaded (the report verb that casts doubt), so
 * on AllSides jobless claims made about a seventh of all loaded-word markers. A noun "claim(s)" after a filing word
 * or a number ("359,000 new claims"), or anywhere in an article that names jobless or unemployment claims, is not a
 * loaded word; "continuing claims that the vote was rigged" stays one.
 */
function filedClaim(tokens: Token[], at: number, filings: boolean): boolean {
  const tok = tokens[at];
  if (tok.lemma !== 'claim' || tok.pos !== 'NOUN') return false;
  if (filings) return true;
  for (let j = Math.max(0, at - 2); j < at; j++) if (tokens[j].sentence === tok.sentence && (FILINGS.has(tokens[j].lower) || tokens[j].pos === 'NUM')) return true;
  return false;
}

/** Filings and parties of a case: what they "allege" is the legal term, not the writer's doubt. */
const LEGAL_SUBJECTS = new Set(['lawsuit', 'suit', 'complaint', 'indictment', 'prosecutors', 'prosecutor', 'plaintiffs', 'plaintiff', 'filing', 'petition', 'charges', 'affidavit']);

/**
 * "The lawsuit alleges that…", "prosecutors allege": the term of a legal filing, when the filing or party is the
 * subject: reading back from "allege", no verb before it outside a comma-delimited aside ("The lawsuit, filed in
 * federal court, alleges"); "after the lawsuit was dismissed, allies continued to allege" is no filing's allegation.
 */
function legalAllegation(t: Tokenized, at: number): boolean {
  const tokens = t.tokens;
  const tok = tokens[at];
  if (tok.lemma !== 'allege') return false;
  let aside = false;
  for (let j = at - 1; j >= Math.max(0, at - 12) && tokens[j].sentence === tok.sentence; j--) {
    // Tokens are words: the commas are in the gaps between them.
    if (t.body.slice(tokens[j].end, tokens[j + 1].start).includes(',')) aside = !aside;
    const x = tokens[j];
    if (LEGAL_SUBJECTS.has(x.lower)) return !aside;
    if (!aside && x.pos === 'VERB') return false;
  }
  return false;
}

/**
 * A sentence's candidate loaded words, most likely first: every feature but names and the senses filedClaim and
 * legalAllegation rule out, with probability at least `min`. `filings`: the article names jobless claims
 * (FILINGS_ARTICLE). Shared by the markers and the threshold's tuning (scripts/tune-loaded-words.ts).
 * The sentence is read through findLoaded's per-Word memo (scanSentence) and each word's features go through one
 * buffer: a feature object, a Map and four arrays per word were a tenth of the analysis with the collector's share.
 */
export function wordCandidates(t: Tokenized, from: number, to: number, p: number, filings: boolean, min: number): Array<{ f: SentenceFeature; w: number }> {
  return scanCandidates(t, scanSentence(t.tokens, from, to), from, p, filings, min);
}

/** wordCandidates of a sentence already scanned (scanSentence from token `from`). */
function scanCandidates(t: Tokenized, scan: SentenceScan, from: number, p: number, filings: boolean, min: number): Array<{ f: SentenceFeature; w: number }> {
  const logit = sentenceLogit(p);
  const out: Array<{ f: SentenceFeature; w: number }> = [];
  for (let k = 0; k < scan.count; k++) {
    const feature = scan.feature[k];
    if (feature === NAME_FEATURE) continue;
    if (Number.isNaN(feature.wordStatic)) feature.wordStatic = staticScore(feature.key);
    const at = scan.at[k];
    const dyn = fillDynamics(feature.weight, scan.vector[k], logit, scan.pos[k], at === from, scan.names, scan.nameCount, scan.place[k], scan.places);
    const w = 1 / (1 + Math.exp(-wordLogit(feature.wordStatic, dyn)));
    if (w >= min && !filedClaim(t.tokens, at, filings) && !legalAllegation(t, at)) {
      out.push({ f: { key: feature.key, pos: scan.pos[k], form: t.tokens[at].lower, at }, w });
    }
  }
  return out.sort((a, b) => b.w - a.w);
}

/** Whether an article names jobless claims (then every noun "claims" in it is a filing). */
export function namesFilings(body: string): boolean {
  return FILINGS_ARTICLE.test(body);
}

/**
 * The loaded-language markers of an article, each sentence scanned once for both: findLoaded's sentence markers and
 * probabilities (the same as findLoaded(t)), and the loaded-word markers: in every sentence (not only those the
 * sentence model calls loaded: which words are loaded is a word-level question), the words whose probability reaches
 * the threshold, the most likely first, at most maxPerSentence.
 */
export function findLoadedWords(t: Tokenized): { markers: Marker[]; words: Marker[]; probabilities: Map<number, number> } {
  const markers: Marker[] = [];
  const words: Marker[] = [];
  const probabilities = new Map<number, number>();
  const filings = namesFilings(t.body);
  for (const span of t.sentences) {
    const [from, to] = t.ranges[span.index];
    if (from === to) continue;
    const scan = scanSentence(t.tokens, from, to);
    const p = scanProbability(scan);
    probabilities.set(span.index, p);
    const marker = loadedSentenceMarker(t, span, p);
    if (marker) markers.push(marker);
    const candidates = scanCandidates(t, scan, from, p, filings, LOADED_WORDS.threshold);
    for (const { f, w } of candidates.slice(0, LOADED_WORDS.maxPerSentence)) {
      const tok = t.tokens[f.at];
      words.push({
        family: 'loaded',
        sentenceIndex: span.index,
        start: tok.start,
        end: tok.end,
        text: t.body.slice(tok.start, tok.end),
        label: 'word',
        rule: `babe-words:${f.key}`,
        weight: Math.round(w * 1000) / 1000,
        attrs: { lemma: f.key, pos: f.pos },
      });
    }
  }
  return { markers, words, probabilities };
}
