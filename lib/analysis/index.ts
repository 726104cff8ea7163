import type { ArticleAnalysis, Figure, Marker, SentenceSpan } from './types';
import { scoreSentiment } from './sentiment';
import { countWordsBetween, tokenize } from './tokens';
import { findStance } from './stance';
import { findAttribution } from './attribution';
import { findLoaded } from './loaded';
import { findFrames } from './frames';
import { FAMILIES } from './families';

export { FAMILIES, FRAMES } from './families';
export type { FamilyInfo } from './families';
export { bootstrapRate, outletRate, compareRates } from './stats';
export type { RateUnit, RateInterval, Comparison } from './stats';

/** Bumped whenever a lexicon or rule changes what a score means; stored on every scoring run. */
export const ANALYSIS_VERSION = 'parallax-analysis/2';

/** Each metric key of FAMILIES split once into the family and label it counts (label '' = the whole family). */
const METRICS = FAMILIES.flatMap((f) => f.metrics).map((key) => {
  const dot = key.indexOf('.');
  return { key, family: dot < 0 ? key : key.slice(0, dot), label: dot < 0 ? '' : key.slice(dot + 1) };
});

/** Code-unit order of family names; they are lower-case ASCII, where it matches the localeCompare order used before. */
function compareFamily(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function figure(count: number, words: number): Figure {
  return { count, per100: words ? (100 * count) / words : 0 };
}

/**
 * Analyses one article: pure, no I/O, one tokenisation shared by every family. Every figure counts markers
 * (frames count sentences, see FAMILIES); measures are the non-count numbers.
 */
export function analyzeArticle(body: string, sentences: SentenceSpan[]): ArticleAnalysis {
  const t = tokenize(body, sentences);
  const wordsPerSentence: number[] = [];
  let words = 0;
  for (const span of t.sentences) {
    const [from, to] = t.ranges[span.index];
    wordsPerSentence[span.index] = to - from;
    words += to - from;
  }
  const sentiment = scoreSentiment(t, wordsPerSentence, words);
  const stance = findStance(t);
  const attribution = findAttribution(t);
  const loaded = findLoaded(t);
  const frames = findFrames(t);
  const markers: Marker[] = [...sentiment.markers, ...stance, ...attribution, ...loaded.markers, ...frames.markers];
  markers.sort((a, b) => a.start - b.start || a.end - b.end || compareFamily(a.family, b.family));

  // family -> label -> markers ('' = all labels); no per-marker string building.
  const byFamily = new Map<string, Map<string, number>>();
  for (const m of markers) {
    if (m.family === 'frame') continue;
    let labels = byFamily.get(m.family);
    if (!labels) byFamily.set(m.family, (labels = new Map()));
    labels.set('', (labels.get('') ?? 0) + 1);
    labels.set(m.label, (labels.get(m.label) ?? 0) + 1);
  }
  const count = (family: string, label: string): number => byFamily.get(family)?.get(label) ?? 0;
  const frameSentences = new Map<string, number>();
  for (const ids of frames.bySentence.values()) for (const id of ids) frameSentences.set(id, (frameSentences.get(id) ?? 0) + 1);

  const figures: Record<string, Figure> = {};
  for (const { key, family, label } of METRICS) {
    let n: number;
    if (family === 'frame') n = frameSentences.get(label) ?? 0;
    // Loaded: the family count is loaded sentences; evidence words are `loaded.word`.
    else if (family === 'loaded' && label === '') n = count('loaded', 'sentence');
    else n = count(family, label);
    figures[key] = figure(n, words);
  }

  const sentenceScores = sentiment.sentences.map((s) => ({
    ...s,
    loaded: roundTo(loaded.probabilities.get(s.index) ?? 0, 4),
    frames: frames.bySentence.get(s.index) ?? [],
  }));
  const probabilities = [...loaded.probabilities.values()];
  let quoteWords = 0;
  for (const m of markers) if (m.family === 'quote') quoteWords += countWordsBetween(body, m.start, m.end);
  const sources = markers.filter((m) => m.family === 'source');
  const named = new Set(sources.filter((m) => m.label === 'named').map((m) => normalizeName(m.attrs?.speaker ?? m.text)));
  const speakers = new Set(markers.filter((m) => m.family === 'quote' && m.attrs?.speaker).map((m) => normalizeName(m.attrs!.speaker)));
  const reportVerbs = count('report-verb', '');
  const measures: Record<string, number> = {
    'sentiment.score': sentiment.score,
    'sentiment.comparative': sentiment.comparative,
    'report-verb.loaded_share': reportVerbs ? count('report-verb', 'loaded') / reportVerbs : 0,
    'source.distinct': named.size,
    'source.anonymous_share': sources.length ? count('source', 'anonymous') / sources.length : 0,
    'quote.word_share': words ? Math.min(1, quoteWords / words) : 0,
    'quote.distinct_speakers': speakers.size,
    'loaded.mean_probability': probabilities.length ? probabilities.reduce((a, b) => a + b, 0) / probabilities.length : 0,
    'loaded.sentence_share': probabilities.length ? count('loaded', 'sentence') / probabilities.length : 0,
    'frame.framed_share': t.sentences.length ? frames.bySentence.size / t.sentences.length : 0,
  };
  return {
    words,
    sentiment: { score: sentiment.score, comparative: sentiment.comparative },
    sentences: sentenceScores,
    figures,
    measures,
    markers,
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
