/** Distinctive words (lib/analysis/distinctive.ts) of sides of a set of sentences, each with the sentences that use it. */
import { countTerms, distinctiveTerms, termsOf, type DistinctiveTerm } from '@/lib/analysis/distinctive';
import type { ScopeSentence } from '@/lib/db/queries';

export const EXAMPLES = 3;

export interface WordEvidence extends DistinctiveTerm {
  /** The first sentences of this side that use the term. */
  examples: Array<{ articleId: number; index: number; text: string }>;
}

/** Each side's distinctive terms against all the other sentences; `sideOf` says which side a sentence is on. */
export function distinctiveBySide<K>(sentences: ScopeSentence[], sideOf: (s: ScopeSentence) => K | null, limit = 8): Map<K, WordEvidence[]> {
  const terms = sentences.map((s) => termsOf(s.text));
  const bySide = new Map<K, number[]>();
  sentences.forEach((s, i) => {
    const k = sideOf(s);
    if (k === null) return;
    if (!bySide.has(k)) bySide.set(k, []);
    bySide.get(k)!.push(i);
  });
  const all = countTerms([]);
  for (const t of terms) for (const term of t) all.set(term, (all.get(term) ?? 0) + 1);
  const out = new Map<K, WordEvidence[]>();
  for (const [k, idx] of bySide) {
    const mine = new Map<string, number>();
    for (const i of idx) for (const term of terms[i]) mine.set(term, (mine.get(term) ?? 0) + 1);
    const other = new Map<string, number>();
    for (const [term, c] of all) {
      const rest = c - (mine.get(term) ?? 0);
      if (rest > 0) other.set(term, rest);
    }
    out.set(
      k,
      distinctiveTerms(mine, other, { limit }).map((d) => ({
        ...d,
        examples: idx
          .filter((i) => terms[i].includes(d.term))
          .slice(0, EXAMPLES)
          .map((i) => ({ articleId: sentences[i].articleId, index: sentences[i].index, text: sentences[i].text })),
      })),
    );
  }
  return out;
}
