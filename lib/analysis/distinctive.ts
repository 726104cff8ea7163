/**
 * The words and phrases that set one side's texts apart from another's: the weighted log-odds ratio with an
 * informative Dirichlet prior of Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4),
 * eq. 16–22 (lib/actors/aggregate.ts's logOddsZ). The prior is the two sides' pooled counts (α_w = y_w, the
 * compared texts as their own background corpus), so frequent words need large differences and rare ones are not
 * ranked on a single use, whatever the texts' size.
 * Terms: lower-case words outside the stopword list, and two-word phrases of such adjacent words. Pure.
 */
import { logOddsZ } from '@/lib/actors/aggregate';
import { STOPWORDS } from '@/lib/text/stopwords';

/** |z| above this is distinctive at the 5% level (two-sided), before any multiplicity. */
export const Z_DISTINCTIVE = 1.96;

/** The terms of one text (a sentence): content words, and phrases of two adjacent content words. */
export function termsOf(text: string): string[] {
  const words = text.toLowerCase().replace(/’/g, "'").match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const out: string[] = [];
  let previous: string | null = null;
  for (const raw of words) {
    let w = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    while (w.endsWith("'") || w.endsWith('-')) w = w.slice(0, -1);
    if (w.length < 3 || STOPWORDS.has(w)) {
      previous = null;
      continue;
    }
    out.push(w);
    if (previous) out.push(`${previous} ${w}`);
    previous = w;
  }
  return out;
}

export function countTerms(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const term of termsOf(t)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

export interface DistinctiveTerm {
  term: string;
  /** Monroe et al.'s z of the log-odds ratio, this side against the other. */
  z: number;
  count: number;
  other: number;
}

/** This side's distinctive terms against the other, highest z first (z > Z_DISTINCTIVE and used at least `minCount` times). */
export function distinctiveTerms(mine: Map<string, number>, other: Map<string, number>, options: { limit?: number; minCount?: number } = {}): DistinctiveTerm[] {
  const limit = options.limit ?? 10;
  const minCount = options.minCount ?? 2;
  let ni = 0;
  let nj = 0;
  for (const c of mine.values()) ni += c;
  for (const c of other.values()) nj += c;
  const total = ni + nj;
  if (!ni || !nj) return [];
  const out: DistinctiveTerm[] = [];
  for (const [term, yi] of mine) {
    if (yi < minCount) continue;
    const yj = other.get(term) ?? 0;
    const z = logOddsZ(yi, ni, yj, nj, yi + yj, total);
    if (z > Z_DISTINCTIVE) out.push({ term, z, count: yi, other: yj });
  }
  return out.sort((a, b) => b.z - a.z || b.count - a.count || a.term.localeCompare(b.term)).slice(0, limit);
}
