import { describe, expect, it } from 'vitest';
import { decompose, type Stratum } from '@/lib/analysis/decompose';
import { momentsOf, seededRandom } from '@/lib/analysis/stats';

/**
 * A planted corpus: 20 calm events (1 negative word per 100) and 20 grim ones (4 per 100), each covered by five
 * ordinary outlets with 3 articles of 500 words. "Grim Gazette" covers mostly grim events but writes like the others
 * (selection); "Dark Daily" covers the same mix as the others but writes 1.6 times their rate (framing).
 */
function poisson(random: () => number, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let c = p;
  const u = random();
  while (u > c && k < 10_000) {
    k++;
    p *= mean / k;
    c += p;
  }
  return k;
}

function planted(seed: number) {
  const random = seededRandom(seed);
  const articles = (rate: number, n: number) => momentsOf(Array.from({ length: n }, () => ({ count: poisson(random, rate * 5), words: 500 })));
  const events = Array.from({ length: 40 }, (_, e) => ({ rate: e < 20 ? 1 : 4, grim: e >= 20 }));
  const strataFor = (side: (ev: { rate: number; grim: boolean }) => { rate: number; n: number }): Stratum[] =>
    events.map((ev) => {
      const s = side(ev);
      return { side: articles(s.rate, s.n), others: articles(ev.rate, 15) };
    });
  return {
    grimGazette: strataFor((ev) => ({ rate: ev.rate, n: ev.grim ? 4 : ev.rate === 1 && random() < 0.15 ? 1 : 0 })),
    darkDaily: strataFor((ev) => ({ rate: ev.rate * 1.6, n: 2 })),
    ordinary: strataFor((ev) => ({ rate: ev.rate, n: 3 })),
  };
}

const prior = { within: 0 };

describe('selection apart from framing', () => {
  it('tells an outlet that covers grimmer events from one that words the same events more grimly', () => {
    const { grimGazette, darkDaily, ordinary } = planted(5);
    const g = decompose(grimGazette, prior)!;
    const d = decompose(darkDaily, prior)!;
    const o = decompose(ordinary, prior)!;
    // Grim Gazette: above the corpus through selection; framing indistinguishable from 1.
    expect(g.total).toBeGreaterThan(1.3);
    expect(g.selection.low).toBeGreaterThan(1.2);
    expect(g.framing.low).toBeLessThan(1);
    expect(g.framing.high).toBeGreaterThan(1);
    // Dark Daily: the corpus' event mix (selection ≈ 1), framing well above 1.
    expect(d.selection.low).toBeLessThan(1);
    expect(d.selection.high).toBeGreaterThan(1);
    expect(d.framing.low).toBeGreaterThan(1.3);
    expect(d.framing.value).toBeCloseTo(1.6, 0);
    // An ordinary outlet: neither.
    expect(o.framing.low).toBeLessThan(1);
    expect(o.framing.high).toBeGreaterThan(1);
    // The product is the total.
    for (const x of [g, d, o]) expect(x.selection.value * x.framing.value).toBeCloseTo(x.rate / x.corpus, 10);
  });

  it('leaves out events nobody else covered, and bounds a zero', () => {
    const none = momentsOf([]);
    const strata: Stratum[] = [
      { side: momentsOf([{ count: 0, words: 400 }]), others: momentsOf([{ count: 8, words: 400 }]) },
      { side: momentsOf([{ count: 5, words: 300 }]), others: none },
    ];
    const d = decompose(strata, prior)!;
    expect(d).toMatchObject({ strata: 1, unmatchedWords: 300 });
    expect(d.framing.value).toBe(0);
    expect(d.framing.high).toBeGreaterThan(0);
    expect(Number.isFinite(d.framing.high)).toBe(true);
  });
});

describe('decompositions over many outlets at once', () => {
  it('equal one outlet at a time', async () => {
    const { decompositionOf, decompositionsByOutlet } = await import('@/app/_lib/decomposition');
    const random = seededRandom(9);
    const cells = [];
    for (const eventId of [null, 1, 2, 3, 4, 5, 6])
      for (let outletId = 1; outletId <= 6; outletId++) {
        if (random() < 0.3) continue;
        const m = momentsOf(Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ count: poisson(random, 4), words: 300 + Math.floor(random() * 400) })));
        cells.push({ ...m, eventId, outletId, metric: 'hedge' });
      }
    const all = decompositionsByOutlet(cells, 'hedge', 0.2, new Set([1, 2, 3, 4, 5, 6]));
    for (let id = 1; id <= 6; id++) {
      const one = decompositionOf(cells, new Set([id]), 'hedge', 0.2)!;
      const many = all.get(id)!;
      expect(many.framing.value).toBeCloseTo(one.framing.value, 9);
      expect(many.selection.low).toBeCloseTo(one.selection.low, 9);
      expect(many.framing.high).toBeCloseTo(one.framing.high, 9);
      expect(many.strata).toBe(one.strata);
    }
  });
});
