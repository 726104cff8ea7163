import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, sameEventRatio, type EventPair } from '@/lib/analysis/compare';
import { momentsOf, seededRandom, type RatePrior } from '@/lib/analysis/stats';

const prior: RatePrior = { kind: 'count', mean: 0.01, between: 0.003 ** 2, within: 0.3, perWord: 0, groups: 50 };

/** Poisson by inversion (small means only). */
function poisson(random: () => number, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let c = p;
  const u = random();
  while (u > c && k < 1000) {
    k++;
    p *= mean / k;
    c += p;
  }
  return k;
}

/** Events of very different base rates; side A writes `factor` times B's rate on each, 1–3 articles per side. */
function events(seed: number, factor: number, n = 30): EventPair[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const base = 0.002 + 0.03 * random();
    const side = (rate: number) => momentsOf(Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const words = 300 + Math.floor(random() * 600);
      return { count: poisson(random, rate * words), words };
    }));
    return { a: side(base * factor), b: side(base) };
  });
}

describe('same-event rate ratio', () => {
  it('finds a side that writes 1.5 times the other’s rate on the same events', () => {
    const r = sameEventRatio(events(1, 1.5), prior);
    expect(r.events).toBe(30);
    expect(r.ratio!).toBeGreaterThan(1.2);
    expect(r.low!).toBeGreaterThan(1);
    expect(r.p!).toBeLessThan(0.01);
  });

  it('covers the true ratio about 95% of the time', () => {
    // The simulated counts are Poisson given the article's rate: no overdispersion in the prior either.
    const poissonPrior = { ...prior, within: 0 };
    let covered = 0;
    const runs = 400;
    for (let s = 0; s < runs; s++) {
      const r = sameEventRatio(events(100 + s, 1.25, 20), poissonPrior);
      if (r.low! <= 1.25 && 1.25 <= r.high!) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.92);
    expect(covered / runs).toBeLessThan(0.98);
  });

  it('has no ratio when neither side has hits, a finite one when one side has none, and counts only events both covered', () => {
    const none: EventPair[] = [{ a: momentsOf([{ count: 0, words: 500 }]), b: momentsOf([{ count: 0, words: 500 }]) }];
    expect(sameEventRatio(none, prior)).toMatchObject({ events: 1, ratio: null, low: null, high: null, p: null });
    const pairs: EventPair[] = [
      ...Array.from({ length: 6 }, () => ({ a: momentsOf([{ count: 0, words: 500 }]), b: momentsOf([{ count: 4, words: 500 }]) })),
      { a: momentsOf([{ count: 3, words: 500 }]), b: momentsOf([]) },
    ];
    const r = sameEventRatio(pairs, prior);
    expect(r.events).toBe(6);
    expect(r.a.value).toBe(0);
    expect(r.a.high).toBeGreaterThan(0);
    expect(r.ratio!).toBeLessThan(0.1);
    expect(r.high!).toBeLessThan(1);
    expect(r.low!).toBeGreaterThan(0);
  });
});

describe('Benjamini–Hochberg', () => {
  it('keeps the p-values under their rank’s share of the false discovery rate', () => {
    // m = 5: thresholds 0.01, 0.02, 0.03, 0.04, 0.05; the largest k with p(k) ≤ k/m·q is 3.
    expect(benjaminiHochberg([0.03, 0.001, 0.5, 0.025, null, 0.045])).toEqual([true, true, false, true, false, false]);
    expect(benjaminiHochberg([0.2, 0.3])).toEqual([false, false]);
  });
});
