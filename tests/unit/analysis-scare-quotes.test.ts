import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { splitSentences } from '@/lib/ingest/sentences';

const scareQuotes = (body: string) =>
  analyzeArticle(body, splitSentences(body))
    .markers.filter((m) => m.family === 'scare-quote')
    .map((m) => m.text);

describe('scare quotes inside quotations', () => {
  it('finds the speaker’s own short scare quotes inside a quote, as in the RT report', () => {
    expect(
      scareQuotes('Yi announced that the two nations “will build a model of strategic mutual trust, joining forces against ‘color revolutions,’ and fighting all types of false information.”'),
    ).toEqual(['‘color revolutions,’']);
    expect(scareQuotes('They are ready to "work together to fight the “political virus” together.')).toEqual(['“political virus”']);
    expect(scareQuotes('“They call it ‘democracy’,” he said.')).toEqual(['‘democracy’']);
  });

  it('does not take speech reported inside a quote, or a long inner quote, for a scare quote', () => {
    expect(scareQuotes('“We said ‘no’ to them,” he said.')).toEqual([]);
    expect(scareQuotes('“I told him: ‘stop now’,” she added.')).toEqual([]);
    expect(scareQuotes('“The sign read ‘this is a very long inner quotation of many words’,” she said.')).toEqual([]);
  });

  it('never mistakes apostrophes for quotes', () => {
    expect(scareQuotes('“Russia’s and China’s ties don’t depend on the countries’ leaders,” he said.')).toEqual([]);
  });
});
