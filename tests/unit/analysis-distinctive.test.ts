import { describe, expect, it } from 'vitest';
import { countTerms, distinctiveTerms, termsOf } from '@/lib/analysis/distinctive';

describe('distinctive words (Monroe, Colaresi & Quinn 2008)', () => {
  it('reads content words and two-word phrases, without stopwords', () => {
    expect(termsOf('The regime’s forces shelled the old harbour.')).toEqual(['regime', 'forces', 'regime forces', 'shelled', 'forces shelled', 'old', 'harbour', 'old harbour']);
  });

  it('ranks the words one side uses and the other does not, and not the words both use alike', () => {
    const a = Array.from({ length: 12 }, (_, i) => `The regime announced new measures on the harbour, day ${i}.`);
    const b = Array.from({ length: 12 }, (_, i) => `The government announced new measures on the harbour, day ${i}.`);
    const mine = countTerms(a);
    const other = countTerms(b);
    const top = distinctiveTerms(mine, other);
    expect(top.map((t) => t.term)).toContain('regime');
    expect(top.map((t) => t.term)).not.toContain('harbour');
    expect(top.find((t) => t.term === 'regime')).toMatchObject({ count: 12, other: 0 });
    expect(top.every((t) => t.z > 1.96)).toBe(true);
    expect(distinctiveTerms(other, mine).map((t) => t.term)).toContain('government');
    // One use is never distinctive.
    expect(distinctiveTerms(countTerms(['A lone regime.']), other)).toEqual([]);
  });
});
