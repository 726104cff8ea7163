import { describe, expect, it } from 'vitest';
import { findDateInText, normalise, stem, textFeatures, titleFeatures } from '@/lib/events/text';
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
    expect(normalise('Russian')).toBe('russia');
    expect(normalise('Chinese')).toBe('china');
    expect(normalise('U.S.')).toBe('u.s.');
    expect(normalise('US')).toBe('u.s.');
    expect(normalise('us')).toBe('');
    expect(textFeatures('the United States said').some((x) => x.term === 'u.s.')).toBe(true);
  });

  it('stems lightly', () => {
    expect(stem('sanctions')).toBe('sanction');
    expect(stem('meeting')).toBe('meet');
    expect(stem('policies')).toBe('policy');
    expect(stem('press')).toBe('press');
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
