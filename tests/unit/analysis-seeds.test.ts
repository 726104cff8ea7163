import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { splitSentences } from '@/lib/ingest/sentences';

const DEMO = path.resolve(import.meta.dirname, '../../data/demo');
const seeds = readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort();
const analyse = (prefix: string) => {
  const file = seeds.find((f) => f.startsWith(prefix))!;
  const body = readFileSync(path.join(DEMO, file), 'utf8');
  return { body, a: analyzeArticle(body, splitSentences(body)) };
};

describe('demo seeds', () => {
  it('every marker points at its exact characters', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const file of seeds) {
      const body = readFileSync(path.join(DEMO, file), 'utf8');
      const a = analyzeArticle(body, splitSentences(body));
      expect(a.markers.length).toBeGreaterThan(0);
      for (const m of a.markers) expect(body.slice(m.start, m.end), `${file} ${m.family} ${m.rule}`).toBe(m.text);
      for (const [key, f] of Object.entries(a.figures)) expect(Number.isFinite(f.per100), key).toBe(true);
    }
  });

  it("RT (001): the FM's ‘political virus’ is a partial quote, his own inner “political virus” a scare quote; apostrophes are not quotes", () => {
    const { a } = analyse('001');
    // Since analysis/5 (GUIDELINES.md §3.2): phrases of a speaker named in the sentence ("…, claims Beijing’s FM")
    // are partial quotes, not scare quotes; the short quotes inside the FM's own quotation stay scare quotes.
    const partial = a.markers.filter((m) => m.family === 'quote' && m.attrs?.kind === 'partial').map((m) => m.text);
    expect(partial).toContain('‘political virus’');
    expect(partial).toContain("'color revolutions,'");
    const scare = a.markers.filter((m) => m.family === 'scare-quote').map((m) => m.text);
    expect(scare).toEqual(['‘color revolutions,’', '“political virus”']);
    for (const m of a.markers.filter((x) => x.family === 'quote' || x.family === 'scare-quote')) {
      expect(m.text).not.toMatch(/^[’']s\b/);
    }
  });

  it('RT (001): hedges in the analysts paragraphs, with the anonymous analysts as source', () => {
    const { a } = analyse('001');
    const hedges = a.markers.filter((m) => m.family === 'hedge').map((m) => m.text);
    expect(hedges).toEqual(expect.arrayContaining(['reportedly', 'alleged']));
    // "argued" is a report verb (GUIDELINES.md §4), no longer also a hedge.
    expect(hedges).not.toContain('argued');
    const analysts = a.markers.find((m) => m.family === 'source' && m.text === 'analysts');
    expect(analysts?.label).toBe('anonymous');
    const wang = a.markers.find((m) => m.family === 'report-verb' && m.text === 'insisted');
    expect(wang?.attrs?.speaker).toBe('Foreign Minister Wang Yi');
    expect(wang?.label).toBe('loaded');
  });

  it('The Week (003) quotes Putin and Xi', () => {
    const { a } = analyse('003');
    const speakers = new Set(a.markers.filter((m) => m.family === 'quote').map((m) => m.attrs?.speaker));
    expect(speakers).toContain('Putin');
    expect(speakers).toContain('Xi');
    expect(a.measures['quote.word_share']).toBeGreaterThan(0.1);
    const remarked = a.markers.find((m) => m.family === 'report-verb' && m.text === 'remarked');
    expect(remarked?.attrs?.speaker).toBe('Putin');
  });

  it('000: "Wang said" and "Lavrov said" are neutral attributions; "United States" is not a verb', () => {
    const { a } = analyse('000');
    const verbs = a.markers.filter((m) => m.family === 'report-verb');
    expect(verbs.some((m) => m.text === 'said' && m.attrs?.speaker === 'Wang')).toBe(true);
    expect(verbs.some((m) => m.text === 'said' && m.attrs?.speaker === 'Lavrov')).toBe(true);
    expect(verbs.some((m) => m.text === 'States')).toBe(false);
  });
});
