import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_ARTICLES, parseMinimum, sizeFilter } from '@/app/outlets/(table)/size';
import { queryProblems, TABLE_QUERY } from '@/app/_lib/query';

const outlets = [
  { articles: 1, words: 68 },
  { articles: 3, words: 2400 },
  { articles: 5, words: 1800 },
  { articles: 40, words: 30_000 },
];

describe('the framing table’s minimum articles and words', () => {
  it('hides outlets under five articles by default, and says how many', () => {
    const f = sizeFilter(outlets, {});
    expect(f).toMatchObject({ minArticles: DEFAULT_MIN_ARTICLES, minWords: 0, defaulted: true, hidden: 2, params: {} });
    expect(outlets.filter(f.shown)).toEqual(outlets.slice(2));
  });

  it('shows every outlet with minArticles=0, and applies both minimums when asked', () => {
    expect(sizeFilter(outlets, { minArticles: '0' })).toMatchObject({ hidden: 0, defaulted: false, params: { minArticles: '0' } });
    const f = sizeFilter(outlets, { minArticles: '2', minWords: '2000' });
    expect(outlets.filter(f.shown)).toEqual([outlets[1], outlets[3]]);
    expect(f.params).toEqual({ minArticles: '2', minWords: '2000' });
  });

  it('hides nothing by default when fewer than two outlets are large enough to compare', () => {
    expect(sizeFilter(outlets.slice(0, 3), {})).toMatchObject({ minArticles: 0, hidden: 0 });
  });

  it('refuses minimums that are not whole numbers, naming the parameter', () => {
    expect(parseMinimum('12')).toBe(12);
    expect(parseMinimum('')).toBeNull();
    for (const bad of ['-1', '1.5', 'five', '99999999999']) expect(parseMinimum(bad)).toBeUndefined();
    expect(queryProblems(TABLE_QUERY, new URLSearchParams('minArticles=x&minWords=3'))).toEqual([{ param: 'minArticles', message: 'must be a whole number from 0 to 1000000000' }]);
  });
});
