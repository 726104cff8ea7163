import { describe, expect, it } from 'vitest';
import { choose, roundBetween, sweep, type Candidate } from '../../scripts/tune-loaded-words';

// Two sentences: A holds a gold-span word ranked second, B one ranked first.
const CANDS: Candidate[] = [
  { year: '2010', sentence: 'A', p: 0.9, rank: 0, gold: [] },
  { year: '2010', sentence: 'A', p: 0.8, rank: 1, gold: ['g1'] },
  { year: '2011', sentence: 'B', p: 0.7, rank: 0, gold: ['g2'] },
  { year: '2011', sentence: 'B', p: 0.7, rank: 1, gold: [] },
];

describe('tune-loaded-words', () => {
  it('sweeps thresholds as the runtime marks: the top `cap` words of a sentence at or above the threshold', () => {
    expect(sweep(CANDS, 1, 2).map((o) => [o.threshold, o.markers, o.inside, o.spansFound])).toEqual([[0.9, 1, 0, 0], [0.7, 2, 1, 1]]);
    // Tied probabilities enter together.
    expect(sweep(CANDS, 2, 2).map((o) => [o.threshold, o.markers, o.inside, o.spansFound])).toEqual([[0.9, 1, 0, 0], [0.8, 2, 1, 1], [0.7, 4, 2, 2]]);
  });

  it('picks the most precise point that keeps the recall floor, over the caps', () => {
    const picked = choose(CANDS, [1, 2], 2, 1)!;
    expect(picked.best).toMatchObject({ cap: 2, threshold: 0.7, markers: 4 });
    // Equal precision (cap 1 at 0.7, cap 2 at 0.8): the first cap listed keeps it.
    expect(choose(CANDS, [1, 2], 2, 0.5)!.best).toMatchObject({ cap: 1, threshold: 0.7, precision: 0.5 });
    expect(choose(CANDS, [1], 2, 1)).toBeUndefined();
  });

  it('rounds the threshold without changing which words pass', () => {
    const t = roundBetween(0.4870641121599302, 0.4866);
    expect(t).toBeGreaterThan(0.4866);
    expect(t).toBeLessThanOrEqual(0.4870641121599302);
    expect(roundBetween(0.5, 0.3)).toBe(0.4);
  });
});
