import Sentiment from 'sentiment';
import type { Marker, SentenceScore, SentenceSpan } from './types';
import { countWords } from '@/lib/ingest/sentences';

const analyzer = new Sentiment();

/** Sentence tokens as `sentiment` sees them (it strips this punctuation, lower-cases and splits on spaces), with offsets. */
const TOKEN = /[^\s.,/#!?$%^&*;:{}=_`"~()]+/g;

export interface SentimentResult {
  score: number;
  comparative: number;
  sentences: SentenceScore[];
  markers: Marker[];
}

/**
 * AFINN-165 sentiment (via `sentiment`) per sentence and for the article, with every scoring word as evidence.
 * The article score is the sum of sentence scores; comparative is that sum per word of the article.
 */
export function scoreSentiment(body: string, sentences: SentenceSpan[]): SentimentResult {
  const markers: Marker[] = [];
  const scores: SentenceScore[] = [];
  let total = 0;
  for (const span of sentences) {
    const text = body.slice(span.start, span.end);
    const result = analyzer.analyze(text);
    const words = countWords(text);
    scores.push({ index: span.index, sentiment: result.score, comparative: words ? result.score / words : 0 });
    total += result.score;
    markers.push(...locateScoringWords(text, span, result.calculation));
  }
  const words = countWords(body);
  return { score: total, comparative: words ? total / words : 0, sentences: scores, markers };
}

/** Finds each word `sentiment` scored in the sentence, left to right, so the evidence points at real characters. */
function locateScoringWords(text: string, span: SentenceSpan, calculation: Array<Record<string, number>>): Marker[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ lower: m[0].toLowerCase(), start: m.index! }));
  const used = new Set<number>();
  const out: Marker[] = [];
  // `sentiment` lists its calculation from the last token to the first.
  for (const entry of [...calculation].reverse()) {
    const [word, weight] = Object.entries(entry)[0];
    const parts = word.split(' ');
    const at = tokens.findIndex((t, i) => !used.has(i) && parts.every((p, k) => tokens[i + k]?.lower === p));
    if (at < 0) continue;
    parts.forEach((_, k) => used.add(at + k));
    const last = tokens[at + parts.length - 1];
    const start = span.start + tokens[at].start;
    const end = span.start + last.start + last.lower.length;
    const negated = Math.sign(weight) !== Math.sign(lexiconScore(word));
    out.push({
      family: 'sentiment',
      sentenceIndex: span.index,
      start,
      end,
      text: text.slice(tokens[at].start, last.start + last.lower.length),
      label: weight > 0 ? 'positive' : 'negative',
      rule: `afinn:${word}${negated ? ' (negated)' : ''}`,
      weight,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function lexiconScore(word: string): number {
  return analyzer.analyze(word).score;
}
