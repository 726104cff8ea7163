/**
 * Sample size filter of the framing table and outlet ranks: outlets with fewer articles or words than asked are
 * hidden, because their figures say little (lib/analysis/stats.ts pulls them toward the corpus, with wide intervals).
 * URL: /outlets?minArticles=N&minWords=N. Without minArticles the default hides outlets under DEFAULT_MIN_ARTICLES
 * articles, as long as at least two outlets remain to compare; minArticles=0 shows every outlet.
 * Pure: read by the proxy's query checks, the page, the CSV route and the outlet profile.
 */
export const DEFAULT_MIN_ARTICLES = 5;
const MAX = 1_000_000_000;

/** A minimum: absent or empty → null (the default); else a whole number 0…10⁹ in plain digits. */
export function parseMinimum(raw: string | undefined): number | null | undefined {
  if (raw === undefined || raw === '') return null;
  if (!/^\d{1,10}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= MAX ? n : undefined;
}

export const minimumProblem = (v: string) => (parseMinimum(v) === undefined ? `must be a whole number from 0 to ${MAX}` : null);

export interface SizeFilter {
  minArticles: number;
  minWords: number;
  /** True when minArticles came from the default rather than the URL. */
  defaulted: boolean;
  shown(o: { articles: number; words: number }): boolean;
  /** Outlets hidden among those given. */
  hidden: number;
  /** The URL parameters as given (explicit values only), to carry into links and exports. */
  params: Record<string, string>;
}

export function sizeFilter(outlets: Array<{ articles: number; words: number }>, raw: { minArticles?: string; minWords?: string }): SizeFilter {
  const askedArticles = parseMinimum(raw.minArticles) ?? null;
  const askedWords = parseMinimum(raw.minWords) ?? null;
  const large = outlets.filter((o) => o.articles >= DEFAULT_MIN_ARTICLES).length;
  const minArticles = askedArticles ?? (large >= 2 ? DEFAULT_MIN_ARTICLES : 0);
  const minWords = askedWords ?? 0;
  const shown = (o: { articles: number; words: number }) => o.articles >= minArticles && o.words >= minWords;
  const params: Record<string, string> = {};
  if (askedArticles !== null) params.minArticles = String(askedArticles);
  if (askedWords !== null) params.minWords = String(askedWords);
  return { minArticles, minWords, defaulted: askedArticles === null, shown, hidden: outlets.filter((o) => !shown(o)).length, params };
}
