import type { ArticleAnalysis, Figure, Marker, Quotation, SentenceSpan } from './types';
import { scoreSentiment } from './sentiment';
import { countWordsBetween, tokenize } from './tokens';
import { findStance } from './stance';
import { findAttribution } from './attribution';
import { findLoadedWords } from './loaded-words';
import { findFrames } from './frames';
import { FAMILIES, TOTAL_LABEL } from './families';
import { assignVoice, QUOTED_SUFFIX } from './voice';
import { parseText, type Parse } from '@/lib/nlp';

export { FAMILIES, FRAMES } from './families';
export type { FamilyInfo } from './families';
export { fitPrior, pooledRate, pooledRates, momentsOf, addMoments, compareRates } from './stats';
export type { RateUnit, RateInterval, RateMoments, RatePrior, RateKind, Comparison } from './stats';

/** Bumped whenever a lexicon or rule changes what a score means; stored on every scoring run. */
export const ANALYSIS_VERSION = 'parallax-analysis/17';

/** Each metric key of FAMILIES split once into the family and label it counts (label '' = the whole family). */
const METRICS = FAMILIES.flatMap((f) => f.metrics).map((key) => {
  const dot = key.indexOf('.');
  const family = dot < 0 ? key : key.slice(0, dot);
  // A family total counts all its markers ('') or, where the family says so, one label's (loaded: sentences).
  // The quoted figure's key is made once here, not per article.
  return { key, quotedKey: key + QUOTED_SUFFIX, family, label: dot < 0 ? (TOTAL_LABEL.get(family) ?? '') : key.slice(dot + 1) };
});

/** Code-unit order of family names; they are lower-case ASCII, where it matches the localeCompare order used before. */
function compareFamily(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rank of each family name in compareFamily order, extended (and re-ranked) when a new name shows up. */
const FAMILY_RANK = new Map<string, number>();

function familyRank(family: string): number {
  let r = FAMILY_RANK.get(family);
  if (r === undefined) {
    const names = [...FAMILY_RANK.keys(), family].sort(compareFamily);
    names.forEach((name, i) => FAMILY_RANK.set(name, i));
    r = FAMILY_RANK.get(family)!;
  }
  return r;
}

/**
 * The families' markers concatenated and stably sorted by (start, end, family). Markers come in several object
 * shapes, so a comparator reading them is slow; the sort keys go into one number per marker instead.
 */
function sortMarkers(lists: Marker[][], bodyLength: number): Marker[] {
  const markers: Marker[] = [];
  for (const list of lists) for (const m of list) markers.push(m);
  const n = markers.length;
  for (const m of markers) familyRank(m.family);
  // start and end below 2^21 and a family rank below 2^8 pack exactly into 50 bits of a double.
  if (bodyLength >= 2 ** 21 || FAMILY_RANK.size >= 2 ** 8) {
    return markers.sort((a, b) => a.start - b.start || a.end - b.end || compareFamily(a.family, b.family));
  }
  const keys = new Float64Array(n);
  let packed = n < 2 ** 16 && FAMILY_RANK.size <= 2 ** 4;
  for (let i = 0; i < n && packed; i++) {
    const m = markers[i];
    const length = m.end - m.start;
    // start < 2^21, length < 2^12, rank < 2^4 and the position < 2^16 fill 53 bits: one exact double per
    // marker, unique (the position keeps ties in concatenation order), so a plain numeric sort is stable.
    if (length < 0 || length >= 2 ** 12) packed = false;
    else keys[i] = ((m.start * 2 ** 12 + length) * 2 ** 4 + FAMILY_RANK.get(m.family)!) * 2 ** 16 + i;
  }
  if (packed) {
    keys.sort();
    const out: Marker[] = [];
    for (let i = 0; i < n; i++) out.push(markers[keys[i] % 2 ** 16]);
    return out;
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = markers[i];
    keys[i] = (m.start * 2 ** 21 + m.end) * 2 ** 8 + FAMILY_RANK.get(m.family)!;
    order.push(i);
  }
  order.sort((a, b) => keys[a] - keys[b]); // Array.prototype.sort is stable: ties keep family order
  const out: Marker[] = [];
  for (let i = 0; i < n; i++) out.push(markers[order[i]]);
  return out;
}

function figure(count: number, words: number): Figure {
  return { count, per100: words ? (100 * count) / words : 0 };
}

/**
 * Analyses one article: pure, no I/O, one tokenisation shared by every family. Every figure counts markers
 * (frames count sentences, see FAMILIES); measures are the non-count numbers.
 */
export function analyzeArticle(body: string, sentences: SentenceSpan[], parse: Parse = parseText(body)): ArticleAnalysis {
  const t = tokenize(body, sentences, parse);
  const wordsPerSentence: number[] = [];
  let words = 0;
  for (const span of t.sentences) {
    const [from, to] = t.ranges[span.index];
    wordsPerSentence[span.index] = to - from;
    words += to - from;
  }
  const sentiment = scoreSentiment(t, wordsPerSentence, words);
  const stance = findStance(t);
  const quotations: Quotation[] = [];
  const attribution = findAttribution(t, quotations);
  const loaded = findLoadedWords(t);
  const frames = findFrames(t);
  // Scare and title quotes are the writer's own words (GUIDELINES.md §3.4): only someone's quotation makes a voice.
  const spoken = quotations.filter((q) => q.kind === 'direct' || q.kind === 'partial');
  const markers = assignVoice(sortMarkers([sentiment.markers, stance, attribution, loaded.markers, loaded.words, frames.markers], body.length), spoken);

  // family -> label -> markers ('' = all labels), per voice; no per-marker string building.
  const byFamily = new Map<string, Map<string, number>>();
  const byFamilyQuoted = new Map<string, Map<string, number>>();
  let quotedScore = 0;
  for (const m of markers) {
    if (m.family === 'frame') continue;
    const into = m.voice === 'quoted' ? byFamilyQuoted : byFamily;
    if (m.family === 'sentiment' && m.voice === 'quoted') quotedScore += m.weight;
    let labels = into.get(m.family);
    if (!labels) into.set(m.family, (labels = new Map()));
    labels.set('', (labels.get('') ?? 0) + 1);
    labels.set(m.label, (labels.get(m.label) ?? 0) + 1);
  }
  // Figures count the writer's voice; the quoted voice is stored beside them as '<metric>@quoted' (frames have none).
  const count = (family: string, label: string): number => byFamily.get(family)?.get(label) ?? 0;
  const countQuoted = (family: string, label: string): number => byFamilyQuoted.get(family)?.get(label) ?? 0;
  const frameSentences = new Map<string, number>();
  for (const ids of frames.bySentence.values()) for (const id of ids) frameSentences.set(id, (frameSentences.get(id) ?? 0) + 1);

  const figures: Record<string, Figure> = {};
  for (const { key, quotedKey, family, label } of METRICS) {
    let n: number;
    if (family === 'frame') n = frameSentences.get(label) ?? 0;
    else n = count(family, label);
    figures[key] = figure(n, words);
    if (family === 'frame') continue;
    const q = countQuoted(family, label);
    figures[quotedKey] = figure(q, words);
  }

  const sentenceScores = sentiment.sentences.map((s) => ({
    index: s.index,
    sentiment: s.sentiment,
    comparative: s.comparative,
    loaded: roundTo(loaded.probabilities.get(s.index) ?? 0, 4),
    frames: frames.bySentence.get(s.index) ?? [],
  }));
  const probabilities = [...loaded.probabilities.values()];
  let quoteWords = 0;
  for (const m of markers) if (m.family === 'quote') quoteWords += countWordsBetween(body, m.start, m.end);
  const sources = markers.filter((m) => m.family === 'source');
  const named = new Set(sources.filter((m) => m.label === 'named').map((m) => normalizeName(m.attrs?.speaker ?? m.text)));
  const speakers = new Set(markers.filter((m) => m.family === 'quote' && m.attrs?.speaker).map((m) => normalizeName(m.attrs!.speaker)));
  // Shares and other measures read every voice; only the sentiment score (a rate of the words) is split.
  const countAll = (family: string, label: string): number => count(family, label) + countQuoted(family, label);
  const reportVerbs = countAll('report-verb', '');
  const measures: Record<string, number> = {
    'sentiment.score': sentiment.score - quotedScore,
    ['sentiment.score' + QUOTED_SUFFIX]: quotedScore,
    'sentiment.comparative': sentiment.comparative,
    'report-verb.loaded_share': reportVerbs ? countAll('report-verb', 'loaded') / reportVerbs : 0,
    'source.distinct': named.size,
    'source.anonymous_share': sources.length ? countAll('source', 'anonymous') / sources.length : 0,
    'quote.word_share': words ? Math.min(1, quoteWords / words) : 0,
    'quote.distinct_speakers': speakers.size,
    'loaded.mean_probability': probabilities.length ? probabilities.reduce((a, b) => a + b, 0) / probabilities.length : 0,
    'loaded.sentence_share': probabilities.length ? countAll('loaded', 'sentence') / probabilities.length : 0,
    'frame.framed_share': t.sentences.length ? frames.bySentence.size / t.sentences.length : 0,
  };
  return {
    words,
    sentiment: { score: sentiment.score, comparative: sentiment.comparative },
    sentences: sentenceScores,
    figures,
    measures,
    markers,
    quotations: quotations.sort((a, b) => a.start - b.start || b.end - a.end),
  };
}

/** "Vladimir Putin’s" and "vladimir putin" are one source. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
}

function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
