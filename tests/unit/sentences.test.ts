import { describe, expect, it } from 'vitest';
import { abbreviationBefore, countWords, splitSentences } from '@/lib/ingest/sentences';
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

describe('abbreviations compromise may take for a sentence end', () => {
  const cutAfter = (text: string, before: string) => abbreviationBefore(text, text.indexOf(before) + before.length + 1);
  it('never cuts after a title before a name, or a month before a day', () => {
    expect(cutAfter('Lawmakers will investigate the Jan. 6 attack on the dam.', 'Jan.')).toBe(true);
    expect(cutAfter('North Dakota Gov. Kristi Holm is sending guards.', 'Gov.')).toBe(true);
    expect(cutAfter('“We go tomorrow,” Sen. Joe Lindqvist told reporters.', 'Sen.')).toBe(true);
    expect(cutAfter('Mr. Okafor will join them.', 'Mr.')).toBe(true);
  });
  it('never cuts after "No." before a number or after "vs."', () => {
    expect(cutAfter('Holm, the No. 2 Democrat in the chamber, spoke first.', 'No.')).toBe(true);
    expect(cutAfter('The case of Holm vs. Okafor was heard.', 'vs.')).toBe(true);
    expect(cutAfter('Was the answer yes or No. It was not clear.', 'No.')).toBe(false);
  });
  it('keeps real sentence ends', () => {
    expect(cutAfter('The meeting moved to Jan. It was cold.', 'Jan.')).toBe(false); // a month before a capital
    expect(cutAfter('She met the Gov. 6 people came.', 'Gov.')).toBe(false); // a title before a number
    expect(cutAfter('He lives in the U.S. The next day he left.', 'U.S.')).toBe(false);
    expect(cutAfter('It was a Dodge. Then it rained.', 'Dodge.')).toBe(false); // a longer word ending like one
  });
  it('splits text with such abbreviations into whole sentences', () => {
    const text = 'South Dakota Gov. Kristi Holm said the Jan. 6 vote stands. Sen. Joe Lindqvist disagreed.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'South Dakota Gov. Kristi Holm said the Jan. 6 vote stands.',
      'Sen. Joe Lindqvist disagreed.',
    ]);
  });
});
