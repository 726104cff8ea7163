import type { ArticleAnalysis, Figure, Marker, SentenceSpan } from './types';
import { scoreSentiment } from './sentiment';
import { countWords } from '@/lib/ingest/sentences';

/** Bumped whenever a lexicon or rule changes what a score means; stored on every scoring run. */
export const ANALYSIS_VERSION = 'parallax-analysis/1';

function figure(count: number, words: number): Figure {
  return { count, per100: words ? (100 * count) / words : 0 };
}

/** Analyses one article: pure, no I/O. Every figure is derived from the returned markers. */
export function analyzeArticle(body: string, sentences: SentenceSpan[]): ArticleAnalysis {
  const words = countWords(body);
  const sentiment = scoreSentiment(body, sentences);
  const markers: Marker[] = [...sentiment.markers];
  const positive = sentiment.markers.filter((m) => m.weight > 0).length;
  const negative = sentiment.markers.filter((m) => m.weight < 0).length;
  return {
    words,
    sentiment: { score: sentiment.score, comparative: sentiment.comparative },
    sentences: sentiment.sentences,
    figures: {
      'sentiment.positive': figure(positive, words),
      'sentiment.negative': figure(negative, words),
    },
    markers,
  };
}
