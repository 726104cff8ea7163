import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '@/lib/ingest/sentences';
import { normalizeText } from '@/lib/ingest/hash';
import { seedTexts } from '../helpers/seeds';

describe('splitSentences', () => {
  for (const { file, text } of seedTexts()) {
    it(`round-trips offsets and covers every word of ${file}`, () => {
      const body = normalizeText(text);
      const spans = splitSentences(body);
      expect(spans.length).toBeGreaterThan(10);
      let covered = '';
      let previousEnd = 0;
      spans.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        const sentence = body.slice(s.start, s.end);
        expect(sentence).toBe(sentence.trim());
        // No sentence crosses a paragraph.
        expect(sentence).not.toContain('\n');
        covered += sentence;
        previousEnd = s.end;
      });
      // Every letter and digit of the body is in some sentence (lines of bare punctuation, like "-", are not sentences).
      const wordChars = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
      expect(wordChars(covered)).toBe(wordChars(body));
    });
  }

  it('keeps abbreviations inside their sentence and quotes with the sentence they open', () => {
    const body = 'In addition, the U.S. military revealed a plan. "We aim to strengthen cooperation," Putin remarked. He met Mr. Smith.';
    const sentences = splitSentences(body).map((s) => body.slice(s.start, s.end));
    expect(sentences).toEqual([
      'In addition, the U.S. military revealed a plan.',
      '"We aim to strengthen cooperation," Putin remarked.',
      'He met Mr. Smith.',
    ]);
  });

  it('splits the RT paragraph with curly quotes at the right places', () => {
    const rt = seedTexts().find((s) => s.file.startsWith('001'))!;
    const body = normalizeText(rt.text);
    const sentences = splitSentences(body).map((s) => body.slice(s.start, s.end));
    expect(sentences).toContain(
      'At a session of the National People’s Congress on Sunday, Foreign Minister Wang Yi insisted that “China and Russia have always been the pillars of peace and stability in the world.”',
    );
  });
});

describe('countWords', () => {
  it('counts words with inner apostrophes and hyphens once', () => {
    expect(countWords("Russia’s co-operating don't 21st — U.S. 2021")).toBe(7);
  });
});
