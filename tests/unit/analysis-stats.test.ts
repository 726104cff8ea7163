import { describe, expect, it } from 'vitest';
import { bootstrapRate, compareRates, outletRate, seededRandom } from '@/lib/analysis/stats';

describe('seeded bootstrap', () => {
  it('is deterministic for a seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('returns the plain rate and a zero-width interval when every unit has the same rate', () => {
    const units = Array.from({ length: 10 }, () => ({ count: 2, words: 100 }));
    const r = bootstrapRate(units, 'articles');
    expect(r).toEqual({ value: 2, low: 2, high: 2, n: 10, unit: 'articles' });
  });

  it('brackets the rate with a 95% interval', () => {
    const units = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ({ count: c, words: 100 }));
    const r = bootstrapRate(units, 'articles', { resamples: 4000, seed: 1 });
    expect(r.value).toBeCloseTo(4.5, 10);
    expect(r.low).toBeGreaterThan(2.5);
    expect(r.low).toBeLessThan(4.5);
    expect(r.high).toBeGreaterThan(4.5);
    expect(r.high).toBeLessThan(6.5);
    expect(bootstrapRate(units, 'articles', { resamples: 4000, seed: 1 })).toEqual(r);
  });

  it('resamples articles from five articles up, sentences below', () => {
    const sentences = Array.from({ length: 20 }, (_, i) => ({ count: i % 2, words: 10 }));
    const four = Array.from({ length: 4 }, () => ({ count: 5, words: 50 }));
    expect(outletRate(four, sentences).unit).toBe('sentences');
    expect(outletRate(four, sentences).n).toBe(20);
    const five = Array.from({ length: 5 }, () => ({ count: 5, words: 50 }));
    expect(outletRate(five, sentences)).toMatchObject({ unit: 'articles', n: 5, value: 10 });
  });

  it('says when two outlets differ beyond noise', () => {
    const low = { value: 1, low: 0.5, high: 1.5, n: 10, unit: 'articles' as const };
    const high = { value: 3, low: 2.5, high: 3.5, n: 10, unit: 'articles' as const };
    const mid = { value: 1.8, low: 1.2, high: 2.6, n: 10, unit: 'articles' as const };
    expect(compareRates(low, high)).toEqual({ overlap: false, differs: true, difference: -2, higher: 'b' });
    expect(compareRates(low, mid)).toMatchObject({ overlap: true, differs: false });
  });
});
