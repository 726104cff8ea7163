import { describe, expect, it } from 'vitest';
import { pooledMeans, pooledMeansOfSums } from '@/lib/analysis/stats';
import { aggregateActors, logOddsZ, type ActorMention, type ActorRow } from '@/lib/actors';

function mention(actor: string, score: number, labels: string[] = [], quoted = false): ActorMention {
  return {
    actor,
    name: actor,
    kind: 'country',
    form: 'name',
    sentenceIndex: 0,
    start: 0,
    end: actor.length,
    text: actor,
    labels: labels.map((text) => ({ text, start: 0, end: text.length, kind: 'possessive' })),
    sentiment: { score, polarity: score > 0.2 ? 'positive' : score < -0.2 ? 'negative' : 'neutral', evidence: [] },
    quoted,
  };
}

describe('aggregateActors', () => {
  const rows: ActorRow[] = [
    ...[-0.8, -0.6, -0.7, -0.5, -0.9].map((s, i) => ({ outlet: 'A', article: `a${i % 2}`, mention: mention('china', s, ['Regime']) })),
    { outlet: 'A', article: 'a0', mention: mention('china', -0.4, ['government'], true) },
    ...[0.1, 0.2, 0.0, 0.3].map((s, i) => ({ outlet: 'B', article: `b${i}`, mention: mention('china', s, ['government']) })),
    { outlet: 'B', article: 'b0', mention: mention('china', 0.2, ['regime']) },
    { outlet: 'B', article: 'b0', mention: mention('russia', 0.5, [], true) },
  ];
  const out = aggregateActors(rows);
  const get = (outlet: string, actor: string) => out.find((r) => r.outlet === outlet && r.actor === actor)!;

  it('counts mentions, articles and quotes per outlet and actor', () => {
    expect(get('A', 'china')).toMatchObject({ mentions: 6, articles: 2, quoted: 1 });
    expect(get('A', 'china').quoteShare).toBeCloseTo(1 / 6);
    expect(get('B', 'russia')).toMatchObject({ mentions: 1, quoted: 1, quoteShare: 1 });
    expect(get('A', 'china').polarity).toEqual({ negative: 6, neutral: 0, positive: 0 });
  });

  it('gives the mean sentiment with the one method’s interval around it', () => {
    const s = get('A', 'china').sentiment;
    expect(s.mean).toBeCloseTo(-0.65, 5);
    expect(s.low).toBeLessThanOrEqual(s.mean);
    expect(s.high).toBeGreaterThanOrEqual(s.mean);
    expect(s.high).toBeLessThan(get('B', 'china').sentiment.low);
    expect(aggregateActors(rows)).toEqual(out);
    // One mention: its score, with an interval as wide as single mentions vary (read from the other groups).
    const one = get('B', 'russia').sentiment;
    expect(one).toMatchObject({ mean: 0.5, n: 1 });
    expect(one.low).toBeLessThan(0.3);
    expect(one.high).toBeGreaterThan(0.7);
  });

  it('ranks each outlet’s labels by weighted log-odds: its own words first', () => {
    expect(get('A', 'china').labels[0]).toMatchObject({ label: 'regime', count: 5, total: 6 });
    expect(get('A', 'china').labels[0].z).toBeGreaterThan(0);
    expect(get('B', 'china').labels[0]).toMatchObject({ label: 'government', count: 4, total: 5 });
    expect(get('B', 'china').labels.at(-1)!.label).toBe('regime');
    expect(get('B', 'china').labels.at(-1)!.z).toBeLessThan(0);
  });
});

describe('helpers', () => {
  it('log-odds z is antisymmetric between two outlets', () => {
    expect(logOddsZ(5, 6, 1, 5, 2, 4)).toBeCloseTo(-logOddsZ(1, 5, 5, 6, 2, 4), 10);
    expect(logOddsZ(3, 10, 3, 10, 1, 5)).toBeCloseTo(0, 10);
  });
});

describe('actor sentiment intervals from sums', () => {
  const groups = [[0.5, 0.2, 0.4, 0.1], [0.3, 0.6], [-0.2, 0.1, 0], [0.7, 0.5, 0.6], [0.2, 0.25, 0.3], [-0.9]];
  const sums = (g: number[]) => ({ n: g.length, sum: g.reduce((t, x) => t + x, 0), squares: g.reduce((t, x) => t + x * x, 0) });

  it('gives from mentions, Σ and Σ² (what the summary table stores) the intervals pooledMeans gives on the scores', () => {
    const direct = pooledMeans(groups);
    const fromSums = pooledMeansOfSums(groups.map(sums));
    fromSums.forEach((r, i) => {
      expect(r.low).toBeCloseTo(direct[i].low, 12);
      expect(r.high).toBeCloseTo(direct[i].high, 12);
    });
    // The single mention: wide, and its centre pulled from −0.9 toward the others.
    const single = fromSums[5];
    expect(single.high - single.low).toBeGreaterThan(1.5 * (fromSums[0].high - fromSums[0].low));
    expect((single.low + single.high) / 2).toBeGreaterThan(-0.9);
  });

  it('gives no interval (NaN), not a zero-width one, when no group shows how single scores vary', () => {
    const [a, b] = pooledMeansOfSums([sums([0.4]), sums([-0.3])]);
    expect(a.mean).toBeCloseTo(0.4, 12);
    expect([a.low, a.high, b.low, b.high].every(Number.isNaN)).toBe(true);
  });
});
