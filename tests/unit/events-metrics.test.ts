import { describe, expect, it } from 'vitest';
import { bcubed, pairwise } from '@/lib/events/metrics';

describe('bcubed', () => {
  it('scores a hand-computed clustering', () => {
    // gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
    // Per item P: 1, 1, 1/3, 2/3, 2/3 → 11/15. R: 2/3, 2/3, 1/3, 1, 1 → 11/15.
    const r = bcubed(['x', 'x', 'y', 'y', 'y'], ['a', 'a', 'a', 'b', 'b']);
    expect(r.precision).toBeCloseTo(11 / 15, 12);
    expect(r.recall).toBeCloseTo(11 / 15, 12);
    expect(r.f1).toBeCloseTo(11 / 15, 12);
  });

  it('gives 1 for a perfect clustering whatever the label names', () => {
    expect(bcubed(['p', 'p', 'q'], ['a', 'a', 'b'])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('singletons have full precision and recall 1/size of the gold cluster', () => {
    const r = bcubed(['1', '2', '3', '4'], ['a', 'a', 'a', 'a']);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(1 / 4, 12);
    expect(r.f1).toBeCloseTo((2 * 0.25) / 1.25, 12);
  });

  it('one big cluster has full recall', () => {
    // gold {1,2} {3}: P per item 2/3, 2/3, 1/3 → 5/9.
    const r = bcubed(['x', 'x', 'x'], ['a', 'a', 'b']);
    expect(r.recall).toBe(1);
    expect(r.precision).toBeCloseTo(5 / 9, 12);
  });

  it('does not confuse labels that would collide when joined with a separator', () => {
    const r = bcubed(['a|b', 'a', 'a'], ['c', 'b|c', 'b|c']);
    // predicted {1} {2,3}, gold {1} {2,3}: perfect.
    expect(r.f1).toBe(1);
  });

  it('rejects misaligned inputs and scores empty input as perfect', () => {
    expect(() => bcubed(['a'], [])).toThrow();
    expect(bcubed([], []).f1).toBe(1);
  });
});

describe('pairwise', () => {
  it('scores a hand-computed clustering', () => {
    // Predicted pairs (1,2) (3,4) (3,5) (4,5); gold pairs (1,2) (1,3) (2,3) (4,5); 2 shared.
    const r = pairwise(['x', 'x', 'y', 'y', 'y'], ['a', 'a', 'a', 'b', 'b']);
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
    expect(r.f1).toBe(0.5);
  });

  it('all singletons: no predicted pair, precision 1, recall 0', () => {
    const r = pairwise(['1', '2', '3'], ['a', 'a', 'b']);
    expect(r).toEqual({ precision: 1, recall: 0, f1: 0 });
  });

  it('gold with no pairs: recall 1', () => {
    const r = pairwise(['x', 'x', 'y'], ['a', 'b', 'c']);
    expect(r.recall).toBe(1);
    expect(r.precision).toBe(0);
  });
});
