import { describe, expect, it } from 'vitest';
import { analysedPart, analysisEnd, countWords, splitSentences } from '@/lib/ingest/sentences';
import { textWindows, windowOf, WINDOW_CHARS } from '@/lib/text/windows';

const SENTENCE = 'The committee said on Tuesday that the bridge would reopen next spring.';

describe('a text longer than the word limit', () => {
  it('is analysed up to the end of the last sentence within the limit', () => {
    const body = Array.from({ length: 50 }, () => SENTENCE).join(' ');
    const spans = splitSentences(body);
    const end = analysisEnd(body, spans, 100)!;
    const part = analysedPart(body, spans, end);
    expect(countWords(part.body)).toBeLessThanOrEqual(100);
    expect(part.body.endsWith('spring.')).toBe(true);
    expect(part.sentences.at(-1)!.end).toBe(end);
    expect(analysisEnd(body, spans, 10_000)).toBeNull();
  });

  it('without full stops is cut after the limit-th word', () => {
    const body = 'word '.repeat(5000).trim();
    const spans = splitSentences(body);
    const end = analysisEnd(body, spans, 1000)!;
    const part = analysedPart(body, spans, end);
    expect(countWords(part.body)).toBe(1000);
    expect(part.sentences).toHaveLength(1);
    expect(part.sentences[0].end).toBe(end);
  });
});

describe('reading windows of a long text', () => {
  it('follow sentence boundaries and cover the text once, in order', () => {
    const body = Array.from({ length: 2000 }, () => SENTENCE).join(' ');
    const spans = splitSentences(body);
    const windows = textWindows(spans, body.length);
    expect(windows.length).toBeGreaterThan(1);
    expect(windows[0].from).toBe(0);
    expect(windows.at(-1)!.to).toBe(body.length);
    for (let i = 1; i < windows.length; i++) expect(windows[i].from).toBe(windows[i - 1].to);
    for (const w of windows) expect(w.to - w.from).toBeLessThanOrEqual(WINDOW_CHARS);
    const starts = new Set(spans.map((s) => s.start));
    for (const w of windows.slice(1)) expect(starts.has(w.from)).toBe(true);
    expect(windowOf(windows, spans[1500].start)).toBe(windows.findIndex((w) => w.from <= spans[1500].start && spans[1500].start < w.to));
  });

  it('cut a sentence longer than a window into window-sized pieces', () => {
    const body = 'word '.repeat(20_000).trim();
    const windows = textWindows(splitSentences(body), body.length);
    expect(windows.length).toBe(Math.ceil(body.length / WINDOW_CHARS));
    expect(windows.every((w) => w.to - w.from <= WINDOW_CHARS)).toBe(true);
  });

  it('make a short article one window', () => {
    expect(textWindows(splitSentences(SENTENCE), SENTENCE.length)).toEqual([{ from: 0, to: SENTENCE.length }]);
  });
});
