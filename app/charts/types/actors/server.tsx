/** type=actors: mean sentiment toward the most mentioned actors, one bar per outlet and actor. */
import 'server-only';
import { getActorTable } from '@/lib/db/queries';
import { pick, TOP_SERIES, type ChartContext, type ChartRest, type OutletRef } from '../common';
import { ogMeans } from '../og-rows';
import type { ChartSpec } from '../../spec';

export interface ActorsData {
  type: 'actors';
  title: string;
  rest?: ChartRest;
  outlets: OutletRef[];
  rows: Array<Record<string, string | number | null>>;
  /** Per row, per outlet slug: the mean's 95% interval [low, high] (lib/db/queries/actors.ts), or null when unknown. */
  intervals: Array<Record<string, [number, number] | null>>;
}

export async function loadActors(spec: ChartSpec, ctx: ChartContext): Promise<ActorsData> {
  const { outlets, rest } = pick(spec, ctx, TOP_SERIES);
  const table = await getActorTable({ kind: 'all' }, 10);
  const actors = [...new Map(table.rows.map((r) => [r.actorId, r.name])).entries()];
  const cell = (id: number, outletId: number) => table.rows.find((r) => r.actorId === id && r.outletId === outletId);
  const rows = actors.map(([id, name]) => {
    const row: Record<string, string | number | null> = { actor: name };
    for (const o of outlets) row[o.slug] = cell(id, o.id)?.sentiment ?? null;
    return row;
  });
  const intervals = actors.map(([id]) => {
    const row: Record<string, [number, number] | null> = {};
    for (const o of outlets) {
      const r = cell(id, o.id);
      row[o.slug] = r && r.low !== null && r.high !== null ? [r.low, r.high] : null;
    }
    return row;
  });
  return { type: 'actors', title: 'Mean sentiment toward the most mentioned actors, by outlet, with 95% intervals', outlets, rows, intervals, ...(rest ? { rest } : {}) };
}

/** Why nothing is drawn, or null. */
export function emptyActors(data: ActorsData) {
  return data.rows.length ? null : (
    <>
      No actor data: run <code>npx parallax score</code> with an analysis that detects actors.
    </>
  );
}

export function ogOfActors(data: ActorsData) {
  return ogMeans(data.outlets, data.rows);
}
