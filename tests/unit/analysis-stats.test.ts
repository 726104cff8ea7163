import { describe, expect, it } from 'vitest';
import { compareRates, fitPrior, gammaCdf, gammaQuantile, momentsOf, pooledRate, pooledRates, seededRandom, type RateMoments } from '@/lib/analysis/stats';
import { coverage, SCENARIOS, SIZE_CLASSES, simulateCorpus } from '../../scripts/eval/_simulate-rates';

/** Twenty outlets of varied sizes and rates around 1 per 100 words, each article 400 words. */
function corpus(): RateMoments[] {
  const random = seededRandom(3);
  return Array.from({ length: 20 }, (_, o) => {
    const n = 1 + (o % 7) * 5;
    const rate = 0.005 + 0.01 * random();
    return momentsOf(Array.from({ length: n }, () => ({ count: Math.round(rate * 400 * (0.5 + random())), words: 400 })));
  });
}

describe('seeded random numbers', () => {
  it('are deterministic for a seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('gamma quantiles', () => {
  it('invert the gamma distribution function', () => {
    for (const shape of [0.3, 1, 4.5, 80]) {
      for (const q of [0.025, 0.5, 0.975]) expect(gammaCdf(gammaQuantile(q, shape), shape)).toBeCloseTo(q, 9);
    }
    // Gamma(1) is the exponential: its 97.5% quantile is ln 40.
    expect(gammaQuantile(0.975, 1)).toBeCloseTo(Math.log(40), 9);
  });
});

describe('pooled rate intervals', () => {
  it('bound a zero count above by a positive, finite rate', () => {
    const prior = fitPrior(corpus(), 'count');
    const zero = pooledRate(momentsOf([{ count: 0, words: 400 }]), prior);
    expect(zero.value).toBe(0);
    expect(zero.low).toBeGreaterThanOrEqual(0);
    expect(zero.high).toBeGreaterThan(0.1);
    expect(Number.isFinite(zero.high)).toBe(true);
    // A zero over many articles is bounded much more tightly.
    const zeros = pooledRate(momentsOf(Array.from({ length: 40 }, () => ({ count: 0, words: 400 }))), prior);
    expect(zeros.high).toBeLessThan(zero.high / 2);
  });

  it('gives a one-article outlet a wide interval pulled toward the corpus', () => {
    const groups = corpus();
    const prior = fitPrior(groups, 'count');
    const corpusRate = 100 * prior.mean;
    const one = pooledRate(momentsOf([{ count: 12, words: 400 }]), prior); // 3 per 100 words
    const forty = pooledRate(momentsOf(Array.from({ length: 40 }, () => ({ count: 12, words: 400 }))), prior);
    expect(one.value).toBeCloseTo(3, 10);
    expect(one.estimate).toBeLessThan(one.value);
    expect(one.estimate).toBeGreaterThan(corpusRate);
    expect(one.high - one.low).toBeGreaterThan(1.5 * (forty.high - forty.low));
    expect(one.low).toBeGreaterThan(corpusRate * 0.8);
    expect(forty.estimate).toBeGreaterThan(one.estimate);
    expect(forty.low).toBeLessThan(3);
    expect(forty.high).toBeGreaterThan(2.9);
  });

  it('widens where the corpus’ articles disagree more within their outlets', () => {
    // Four outlets (no pooling), same totals; in the second corpus each outlet's articles alternate between none and twice the rate.
    const steady = Array.from({ length: 4 }, (_, o) => momentsOf(Array.from({ length: 10 }, () => ({ count: 2 + (o % 4), words: 400 }))));
    const uneven = Array.from({ length: 4 }, (_, o) => momentsOf(Array.from({ length: 10 }, (_, i) => ({ count: i % 2 ? 2 * (2 + (o % 4)) : 0, words: 400 }))));
    const a = pooledRate(steady[3], fitPrior(steady, 'count'));
    const b = pooledRate(uneven[3], fitPrior(uneven, 'count'));
    expect(fitPrior(steady, 'count').within).toBe(0);
    expect(fitPrior(uneven, 'count').within).toBeGreaterThan(0.5);
    expect(b.value).toBeCloseTo(a.value, 10);
    expect(b.high - b.low).toBeGreaterThan(1.5 * (a.high - a.low));
  });

  it('does not pool with fewer than five outlets', () => {
    const two = [momentsOf([{ count: 2, words: 100 }]), momentsOf([{ count: 10, words: 100 }])];
    const { prior, rates } = pooledRates(two, 'count');
    expect(prior.between).toBe(Infinity);
    expect(rates[1].estimate).toBeGreaterThan(9.5);
  });

  it('is calibrated on simulated corpora: 93–97% of true rates inside, in every size class', () => {
    const c = coverage(SCENARIOS, 6, 11);
    for (const k of SIZE_CLASSES) {
      expect(c.outlets[k]).toBeGreaterThan(150);
      const share = c.covered[k] / c.outlets[k];
      expect(share, `size class ${k}`).toBeGreaterThan(0.9);
      expect(share, `size class ${k}`).toBeLessThan(0.985);
    }
    // All classes together, on ~5,000 outlets: in the goal band.
    const all = SIZE_CLASSES.reduce((t, k) => t + c.covered[k], 0) / SIZE_CLASSES.reduce((t, k) => t + c.outlets[k], 0);
    expect(all).toBeGreaterThan(0.925);
    expect(all).toBeLessThan(0.97);
  });

  it('simulates the corpus it is asked for', () => {
    const outlets = simulateCorpus(SCENARIOS[2], 1);
    expect(outlets.filter((o) => o.units.length === 1)).toHaveLength(40);
    const rate = (100 * outlets.reduce((t, o) => t + o.units.reduce((s, u) => s + u.count, 0), 0)) / outlets.reduce((t, o) => t + o.units.reduce((s, u) => s + u.words, 0), 0);
    expect(rate).toBeGreaterThan(1.2);
    expect(rate).toBeLessThan(1.8);
  });
});

describe('comparing two intervals', () => {
  it('says when two outlets differ beyond noise', () => {
    const low = { value: 1, low: 0.5, high: 1.5 };
    const high = { value: 3, low: 2.5, high: 3.5 };
    const mid = { value: 1.8, low: 1.2, high: 2.6 };
    expect(compareRates(low, high)).toEqual({ overlap: false, differs: true, difference: -2, higher: 'b' });
    expect(compareRates(low, mid)).toMatchObject({ overlap: true, differs: false });
  });
});
