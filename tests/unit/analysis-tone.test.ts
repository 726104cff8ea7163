import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { countsAsTone, EVENT_WORDS, TONE_WORDS } from '@/lib/analysis/sentiment';
import { splitSentences } from '@/lib/ingest/sentences';

const analyse = (body: string) => analyzeArticle(body, splitSentences(body));
const toneWords = (body: string): string[] => analyse(body).markers.filter((m) => m.family === 'sentiment').map((m) => m.text.toLowerCase());

describe('tone counts evaluation, not events, topics or names', () => {
  it('does not count words that name what happened', () => {
    expect(toneWords('The flood killed nine people and deepened the crisis; victims died before the agreement was reached.')).toEqual([]);
  });

  it('counts the words that judge it', () => {
    expect(toneWords('The response was a dishonest, outrageous disaster.')).toEqual(['dishonest', 'outrageous', 'disaster']);
  });

  it('never counts a word inside a name', () => {
    expect(toneWords('Joy Hope Perfect met the Good Neighbor Fund in Paradise Valley.')).toEqual([]);
  });

  it('keeps a rare evaluative adjective but not a rare noun or verb nobody measured', () => {
    expect(countsAsTone('reckless', 'ADJ')).toBe(true);
    expect(TONE_WORDS.has('reckless') || EVENT_WORDS.has('reckless')).toBe(false);
    expect(countsAsTone('crisis', 'NOUN')).toBe(false);
    expect(countsAsTone('crisis', 'ADJ')).toBe(false);
  });

  it('counts the writer’s tone in the figures and a quotation’s beside it', () => {
    const a = analyse('“This is a terrible, dishonest plan,” the senator said. The plan is sensible and good.');
    expect(a.figures['sentiment.negative'].count).toBe(0);
    expect(a.figures['sentiment.negative@quoted'].count).toBe(2);
    expect(a.figures['sentiment.positive'].count).toBeGreaterThan(0);
    expect(a.measures['sentiment.score']).toBeGreaterThan(0);
    expect(a.measures['sentiment.score@quoted']).toBeLessThan(0);
  });
});
