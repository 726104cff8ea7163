/**
 * Blindspots: events covered mostly by one side. An event is a blindspot of the right (covered by the left) when at
 * least MIN_RATED outlets with a lean covered it, at least BLINDSPOT_SHARE of them are on the left (left + lean-left),
 * and at most MAX_OTHER_SIDE outlets on the right covered it; the mirror for the right. Center outlets count in the
 * total, so an event the center covered widely is not a blindspot. Documented in README ("Outlet lean…").
 */
export const BLINDSPOT_SHARE = 0.75;
export const MIN_RATED = 3;
export const MAX_OTHER_SIDE = 1;

export interface SideTally {
  left: number;
  center: number;
  right: number;
}

/** Which side covered the event mostly, or null when it is no blindspot. */
export function blindspotSide(t: SideTally): 'left' | 'right' | null {
  const rated = t.left + t.center + t.right;
  if (rated < MIN_RATED) return null;
  if (t.left >= BLINDSPOT_SHARE * rated && t.right <= MAX_OTHER_SIDE) return 'left';
  if (t.right >= BLINDSPOT_SHARE * rated && t.left <= MAX_OTHER_SIDE) return 'right';
  return null;
}
