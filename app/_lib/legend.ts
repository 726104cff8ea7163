import { familiesFromIds } from './catalog';
import type { Legend } from '../_components/Marked';
import type { ToggleFamily } from '../_components/FamilyToggles';

/** Legend and toggle list for the families present in a set of markers, with their counts. */
export function legendFor(markers: Array<{ family: string }>): { legend: Legend; toggles: ToggleFamily[] } {
  const counts = new Map<string, number>();
  for (const m of markers) counts.set(m.family, (counts.get(m.family) ?? 0) + 1);
  const fams = familiesFromIds(counts.keys());
  const legend: Legend = {};
  for (const f of fams) legend[f.id] = { name: f.name, color: f.color };
  return { legend, toggles: fams.map((f) => ({ id: f.id, name: f.name, color: f.color, count: counts.get(f.id) ?? 0 })) };
}

/** Frames cover most sentences: shown on request so the other families stay readable. */
export const HIDDEN_BY_DEFAULT = ['frame'];
