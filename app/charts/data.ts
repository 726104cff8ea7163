/** Server-side data for each chart type, shared by the charts page and its Open Graph image. */
import { getActorTable, getMetricByMonth } from '@/lib/db/queries';
import { FRAMES } from '@/lib/analysis/families';
import { loadOutletFigures, type OutletFigures } from '../_lib/figures';
import type { ChartSpec } from './spec';

export interface OutletRef {
  id: number;
  slug: string;
  name: string;
  color: string;
}

/** Outlet colours follow the outlet's place in the name-ordered list, so an outlet keeps its colour across charts. */
export const OUTLET_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
export const SERIES_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#86bcb6', '#d37295', '#a0cbe8', '#8cd17d', '#ffbe7d'];

export type ChartData =
  | { type: 'bars'; title: string; unit: string; hasIntervals: boolean; rows: Array<{ outlet: string; slug: string; color: string; value: number; low: number | null; high: number | null; n: number }> }
  | { type: 'frames'; title: string; series: Array<{ key: string; name: string; color: string }>; rows: Array<Record<string, string | number>> }
  | { type: 'actors'; title: string; outlets: OutletRef[]; rows: Array<Record<string, string | number | null>> }
  | { type: 'time'; title: string; unit: string; outlets: OutletRef[]; rows: Array<Record<string, string | number | null>>; months: number; dated: number }
  | { type: 'scatter'; title: string; xTitle: string; yTitle: string; rows: Array<{ outlet: string; slug: string; color: string; x: number; y: number }> };

export interface ChartContext {
  figures: OutletFigures;
  outlets: OutletRef[];
}

export async function chartContext(): Promise<ChartContext> {
  const figures = await loadOutletFigures();
  const outlets = figures.outlets.map((o, i) => ({ id: o.id, slug: o.slug, name: o.name, color: OUTLET_COLORS[i % OUTLET_COLORS.length] }));
  return { figures, outlets };
}

function unitOf(ctx: ChartContext, metric: string) {
  return ctx.figures.catalog.byKey.get(metric)?.kind === 'measure' ? 'value' : 'per 100 words';
}

export async function chartData(spec: ChartSpec, ctx: ChartContext): Promise<ChartData> {
  const { figures, outlets } = ctx;
  const title = (k: string) => figures.catalog.byKey.get(k)?.title ?? k;
  switch (spec.type) {
    case 'bars':
      return {
        type: 'bars',
        title: `${title(spec.metric)} by outlet`,
        unit: unitOf(ctx, spec.metric),
        hasIntervals: figures.source === 'outlet-scores',
        rows: outlets.flatMap((o) => {
          const f = figures.byOutlet.get(o.id)?.get(spec.metric);
          return f ? [{ outlet: o.name, slug: o.slug, color: o.color, value: f.value, low: f.low, high: f.high, n: f.n }] : [];
        }),
      };
    case 'frames': {
      // Share of each outlet's framed sentences per frame: outlets of different sizes become comparable.
      const frames = FRAMES.filter((f) => figures.catalog.byKey.has(`frame.${f.id}`));
      const series = frames.map((f, i) => ({ key: f.id, name: f.name, color: SERIES_COLORS[i % SERIES_COLORS.length] }));
      const rows = outlets.flatMap((o) => {
        const mine = figures.byOutlet.get(o.id);
        if (!mine) return [];
        const counts = frames.map((f) => mine.get(`frame.${f.id}`)?.count ?? 0);
        const total = counts.reduce((a, b) => a + b, 0);
        if (!total) return [];
        const row: Record<string, string | number> = { outlet: o.name, total };
        frames.forEach((f, i) => (row[f.id] = counts[i] / total));
        return [row];
      });
      return { type: 'frames', title: 'Policy frames: share of framed sentences per outlet', series, rows };
    }
    case 'actors': {
      const table = await getActorTable({ kind: 'all' }, 10);
      const actors = [...new Map(table.rows.map((r) => [r.actorId, r.name])).entries()];
      const rows = actors.map(([id, name]) => {
        const row: Record<string, string | number | null> = { actor: name };
        for (const o of outlets) row[o.slug] = table.rows.find((r) => r.actorId === id && r.outletId === o.id)?.sentiment ?? null;
        return row;
      });
      return { type: 'actors', title: 'Mean sentiment toward the most mentioned actors, by outlet', outlets, rows };
    }
    case 'time': {
      const points = await getMetricByMonth(spec.metric);
      const months = [...new Set(points.map((p) => p.month))].sort();
      const measure = figures.catalog.byKey.get(spec.metric)?.kind === 'measure';
      const rows = months.map((m) => {
        const row: Record<string, string | number | null> = { month: m };
        for (const o of outlets) {
          const p = points.find((x) => x.month === m && x.outletId === o.id);
          // A measure is averaged per article; a rate is pooled over the month's words.
          row[o.slug] = p ? (measure ? p.count / p.articles : p.words > 0 ? (100 * p.count) / p.words : null) : null;
        }
        return row;
      });
      return {
        type: 'time',
        title: `${title(spec.metric)} over time`,
        unit: unitOf(ctx, spec.metric),
        outlets: outlets.filter((o) => points.some((p) => p.outletId === o.id)),
        rows,
        months: months.length,
        dated: points.reduce((s, p) => s + p.articles, 0),
      };
    }
    case 'scatter':
      return {
        type: 'scatter',
        title: `${title(spec.x)} against ${title(spec.y)}`,
        xTitle: `${title(spec.x)} (${unitOf(ctx, spec.x)})`,
        yTitle: `${title(spec.y)} (${unitOf(ctx, spec.y)})`,
        rows: outlets.flatMap((o) => {
          const m = figures.byOutlet.get(o.id);
          const x = m?.get(spec.x)?.value;
          const y = m?.get(spec.y)?.value;
          return x !== undefined && y !== undefined ? [{ outlet: o.name, slug: o.slug, color: o.color, x, y }] : [];
        }),
      };
  }
}

/** Sensible defaults from what the data holds: the first family total, and two different families for a scatter. */
export function chartDefaults(ctx: ChartContext) {
  const metrics = ctx.figures.catalog.metrics;
  const totals = metrics.filter((m) => m.key === m.family && m.kind === 'rate');
  const first = totals.find((m) => m.key === 'hedge') ?? totals[0] ?? metrics[0];
  const second = totals.find((m) => m.key === 'loaded') ?? totals.find((m) => m.key !== first?.key) ?? metrics[1] ?? first;
  return { metric: first?.key ?? '', x: first?.key ?? '', y: second?.key ?? '' };
}
