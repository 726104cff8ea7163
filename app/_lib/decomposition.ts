/** Selection apart from framing (lib/analysis/decompose.ts) for any side: an outlet or a group of outlets. */
import { decompose, type Decomposition, type Stratum } from '@/lib/analysis/decompose';
import { addMoments, EMPTY_MOMENTS, type RateMoments } from '@/lib/analysis/stats';
import type { EventOutletMoments } from '@/lib/db/queries';

/** Per metric, the decomposition of the side made of `sideIds` against every other outlet. */
export function decompositionOf(cells: EventOutletMoments, sideIds: ReadonlySet<number>, metric: string, within: number): Decomposition | null {
  const byEvent = new Map<number | null, { side: RateMoments; others: RateMoments }>();
  for (const c of cells) {
    if (c.metric !== metric) continue;
    let s = byEvent.get(c.eventId);
    if (!s) byEvent.set(c.eventId, (s = { side: EMPTY_MOMENTS, others: EMPTY_MOMENTS }));
    if (sideIds.has(c.outletId)) s.side = addMoments(s.side, c);
    else s.others = addMoments(s.others, c);
  }
  const strata: Stratum[] = [...byEvent.values()];
  return decompose(strata, { within });
}

/** Every outlet's decomposition for one metric in one pass over the cells (the chart over outlets). */
export function decompositionsByOutlet(cells: EventOutletMoments, metric: string, within: number, outletIds: ReadonlySet<number>): Map<number, Decomposition> {
  const totals = new Map<number | null, RateMoments>();
  const byOutlet = new Map<number, Map<number | null, RateMoments>>();
  for (const c of cells) {
    if (c.metric !== metric) continue;
    totals.set(c.eventId, addMoments(totals.get(c.eventId) ?? EMPTY_MOMENTS, c));
    if (!outletIds.has(c.outletId)) continue;
    let mine = byOutlet.get(c.outletId);
    if (!mine) byOutlet.set(c.outletId, (mine = new Map()));
    mine.set(c.eventId, addMoments(mine.get(c.eventId) ?? EMPTY_MOMENTS, c));
  }
  const minus = (a: RateMoments, b: RateMoments): RateMoments => ({
    articles: a.articles - b.articles,
    count: a.count - b.count,
    words: a.words - b.words,
    words2: a.words2 - b.words2,
    words3: a.words3 - b.words3,
    count2: a.count2 - b.count2,
    countWords: a.countWords - b.countWords,
  });
  const out = new Map<number, Decomposition>();
  for (const [outletId, mine] of byOutlet) {
    // Events it did not cover add nothing to its figures but still count towards the others' overall rate.
    const strata: Stratum[] = [...totals].map(([eventId, total]) => {
      const side = mine.get(eventId) ?? EMPTY_MOMENTS;
      return { side, others: minus(total, side) };
    });
    const d = decompose(strata, { within });
    if (d) out.set(outletId, d);
  }
  return out;
}
