import { describe, expect, it } from 'vitest';
import { actorFeatures, findDateInText, leadOf, stem, textFeatures, titleFeatures } from '@/lib/events/text';
import { parseText } from '@/lib/nlp';
import { averageLinkage, singleLinkage } from '@/lib/events/cluster';
import { candidatePairs, dot, toVector } from '@/lib/events/vectors';

describe('text features', () => {
  it('finds multi-word names and keeps content words', () => {
    const f = textFeatures('On Monday, the ministers met. Wang Yi held talks with Sergey Lavrov in Guilin on sanctions.');
    const names = f.filter((x) => x.name).map((x) => x.term);
    expect(names).toEqual(expect.arrayContaining(['wang_yi', 'sergey_lavrov', 'guilin']));
    expect(names).not.toContain('monday'); // calendar words are not actors
    expect(f.map((x) => x.term)).toContain('sanction');
    expect(f.map((x) => x.term)).not.toContain('the');
  });

  it('maps demonyms and US spellings to one actor, but not the pronoun "us"', () => {
    const terms = (t: string) => textFeatures(t).map((x) => x.term);
    expect(terms('Russian and Chinese envoys met.')).toEqual(expect.arrayContaining(['russia', 'china']));
    expect(terms('U.S. officials met.')).toContain('u.s.');
    expect(terms('The US said so.')).toContain('u.s.');
    expect(terms('They told us so.')).not.toContain('u.s.');
    expect(terms('They told us so.')).not.toContain('us');
    expect(textFeatures('the United States said').some((x) => x.term === 'u.s.')).toBe(true);
  });

  it('stems lightly', () => {
    expect(stem('sanctions')).toBe('sanction');
    expect(stem('meeting')).toBe('meet');
    expect(stem('policies')).toBe('policy');
    expect(stem('press')).toBe('press');
  });

  it('reads tokens from the parse: hyphenated words whole, no contraction or possessive pieces, abbreviations as words', () => {
    const terms = textFeatures("The cease-fire held, but Sen. Mary Holt didn't say whether the town's in-person market reopens.").map((x) => x.term);
    expect(terms).toEqual(expect.arrayContaining(['cease-fire', 'sen', 'town', 'in-person']));
    expect(terms).not.toContain('cease');
    expect(terms).not.toContain("n't");
    expect(terms).not.toContain("'s");
    expect(terms.some((t) => t.endsWith('mary_holt'))).toBe(true); // the name phrase (with the title before it, as before)
  });

  it('names every spelling of one actor by one actor feature (lib/actors)', () => {
    const text = 'President Joe Biden met Vladimir Putin in Geneva. Biden later said the talks went well.';
    const actors = actorFeatures(text, parseText(text));
    const biden = actors.filter((a) => a.surface === actors[0].surface);
    expect(biden.length).toBe(2);
    expect(new Set(biden.map((a) => a.term)).size).toBe(1);
    expect(actors.every((a) => a.term.startsWith('@') && a.actor && a.name)).toBe(true);
  });

  it('reads the lead of a long text, cut at a word boundary', () => {
    const text = 'alpha beta gamma delta';
    expect(leadOf(text, 100)).toBe(text);
    expect(leadOf(text, 13)).toBe('alpha beta');
  });

  it('headline features ignore capitals and stopwords', () => {
    expect(titleFeatures('Putin and Xi Reaffirm Relations')).toEqual(['putin', 'xi', 'reaffirm', 'relation']);
  });
});

describe('findDateInText', () => {
  it('reads common dateline formats', () => {
    expect(findDateInText('icon share\n9 Mar, 2021 11:05\nRussia & China')?.toISOString()).toBe('2021-03-09T00:00:00.000Z');
    expect(findDateInText('WASHINGTON, March 9, 2021 — text')?.toISOString()).toBe('2021-03-09T00:00:00.000Z');
    expect(findDateInText('Posted 2022-12-30 by staff')?.toISOString()).toBe('2022-12-30T00:00:00.000Z');
    expect(findDateInText('Sept. 21st, 2019: a date')?.toISOString()).toBe('2019-09-21T00:00:00.000Z');
  });

  it('takes the first date and ignores dates without a year or impossible days', () => {
    expect(findDateInText('On Feb. 5, Xi hosted Putin.')).toBeUndefined();
    expect(findDateInText('31 February 2021')).toBeUndefined();
    expect(findDateInText('Jan 2, 2020 then 2021-01-01')?.toISOString()).toBe('2020-01-02T00:00:00.000Z');
  });
});

describe('blocking', () => {
  const vec = (ids: number[]) => toVector(new Map(ids.map((id, k) => [id, 1 + k / 10])), 100);

  it('pairs only items inside the date window that share an index term', () => {
    const vectors = [vec([1, 2, 3]), vec([1, 2, 4]), vec([1, 2, 5]), vec([7, 8, 9])];
    const days = Float64Array.from([0, 2, 40, 1]);
    const pairs = [...candidatePairs(vectors, days, { blockingTerms: 3, windowDays: 4, maxPostings: 100, maxCandidates: 10 })];
    expect(pairs).toEqual([0, 1]);
  });

  it('undated items are compared with every date', () => {
    const vectors = [vec([1, 2]), vec([1, 2]), vec([1, 2])];
    const pairs = [...candidatePairs(vectors, Float64Array.from([0, 100, NaN]), { blockingTerms: 2, windowDays: 4, maxPostings: 100, maxCandidates: 10 })];
    expect(pairs).toEqual([0, 2, 1, 2]);
  });

  it('bounds the number of pairs by n · maxCandidates even when everything looks alike', () => {
    const n = 3000;
    const vectors = Array.from({ length: n }, (_, i) => vec([1, 2, 3, 100 + (i % 50)]));
    const pairs = candidatePairs(vectors, new Float64Array(n), { blockingTerms: 4, windowDays: 4, maxPostings: 200, maxCandidates: 20 });
    expect(pairs.length / 2).toBeLessThanOrEqual(n * 20);
    // Terms shared by all 3000 items are too common to block on; the per-item term (60 items each) is used.
    let mismatched = 0;
    for (let e = 0; e < pairs.length; e += 2) if (pairs[e] % 50 !== pairs[e + 1] % 50) mismatched++;
    expect(mismatched).toBe(0);
  });

  it('dot of unit vectors is the cosine', () => {
    expect(dot(vec([1, 2]), vec([1, 2]))).toBeCloseTo(1, 6);
    expect(dot(vec([1]), vec([2]))).toBe(0);
  });
});

describe('clustering', () => {
  const input = (labels: Array<Array<string | undefined>>) => ({
    clusterOf: Int32Array.from([0, 1, 2, 3]),
    clusterCount: 4,
    labels,
    // 0-1 strong, 1-2 strong, 0-2 weak, 3 alone.
    pairs: Int32Array.from([0, 1, 1, 2, 0, 2]),
    sims: Float64Array.from([0.9, 0.8, 0.1]),
    threshold: 0.5,
  });

  it('average linkage stops chaining that single linkage allows', () => {
    const none = [[undefined], [undefined], [undefined], [undefined]];
    const avg = averageLinkage(input(none));
    expect(avg[0]).toBe(avg[1]);
    expect(avg[2]).not.toBe(avg[0]); // mean of 0.8 and 0.1 is below 0.5
    const single = singleLinkage(input(none));
    expect(single[0]).toBe(single[2]);
    expect(single[3]).not.toBe(single[0]);
  });

  it('never merges clusters with different labels', () => {
    const r = averageLinkage(input([['a'], ['b'], [undefined], [undefined]]));
    expect(r[0]).not.toBe(r[1]);
    expect(r[1]).toBe(r[2]);
  });
});
