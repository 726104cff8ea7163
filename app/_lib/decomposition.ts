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
