/** Server-side data for each chart type, shared by the charts page and its Open Graph image. */
import { getActorTable, getMetricByMonth } from '@/lib/db/queries';
import { FRAMES } from '@/lib/analysis/families';
import { loadOutletFigures, type OutletFigures } from '../_lib/figures';
import type { ChartSpec } from './spec';
import { outletColors } from './colors';
import { inGroup, leanRank, parseGroupKey, type OutletMeta } from '@/lib/outlets/leans';
export { OUTLET_COLORS } from './colors';

export interface OutletRef {
  id: number;
  slug: string;
  name: string;
  color: string;
  lean: string | null;
  articles: number;
  /** Lean, country, owner, type and tags: what groups are made of. */
  meta: OutletMeta;
}

/** Bars drawn when nothing is chosen; the rest are summarised under the chart. */
export const TOP_BARS = 20;
/** Outlets drawn in the charts with one mark per outlet and row (time, actors, frames, scatter) when nothing is chosen. */
export const TOP_SERIES = 10;

/** What a chart left out: how many outlets, and the range and median of their values where there is one value each. */
export interface ChartRest {
  outlets: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** How the drawn outlets were picked. */
  picked: string;
}

export const SERIES_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#86bcb6', '#d37295', '#a0cbe8', '#8cd17d', '#ffbe7d'];

export type ChartData =
  | { type: 'bars'; title: string; unit: string; hasIntervals: boolean; rest?: ChartRest; rows: Array<{ outlet: string; slug: string; color: string; value: number; low: number | null; high: number | null; n: number }> }
  | { type: 'frames'; title: string; rest?: ChartRest; series: Array<{ key: string; name: string; color: string }>; rows: Array<Record<string, string | number>> }
  | { type: 'actors'; title: string; rest?: ChartRest; outlets: OutletRef[]; rows: Array<Record<string, string | number | null>> }
  | { type: 'time'; title: string; rest?: ChartRest; unit: string; outlets: OutletRef[]; rows: Array<Record<string, string | number | null>>; months: number; dated: number }
  | { type: 'scatter'; title: string; rest?: ChartRest; xTitle: string; yTitle: string; rows: Array<{ outlet: string; slug: string; color: string; x: number; y: number }> };

export interface ChartContext {
  figures: OutletFigures;
  outlets: OutletRef[];
}

export async function chartContext(): Promise<ChartContext> {
  const figures = await loadOutletFigures();
  const colors = outletColors(figures.outlets);
  const outlets = figures.outlets.map((o) => ({ id: o.id, slug: o.slug, name: o.name, color: colors.get(o.id)!, lean: o.lean, articles: o.articles,
    meta: { lean: o.lean, country: o.country, owner: o.owner, type: o.type, tags: (o.tags ?? {}) as Record<string, string> },
  }));
  return { figures, outlets };
}

/** The outlets a spec chose (by slug, and every member of a chosen group), left → right; null when none is chosen. */
export function chosenOutlets(spec: ChartSpec, all: OutletRef[]): OutletRef[] | null {
  if (!spec.outlets.length && !spec.groups.length) return null;
  const groups = spec.groups.map(parseGroupKey).filter((g) => g !== null);
  const slugs = new Set(spec.outlets);
  return all
    .filter((o) => slugs.has(o.slug) || groups.some((g) => inGroup(o.meta, g)))
    .sort((a, b) => leanRank(a.lean) - leanRank(b.lean) || a.name.localeCompare(b.name));
}


function unitOf(ctx: ChartContext, metric: string) {
  return ctx.figures.catalog.byKey.get(metric)?.kind === 'measure' ? 'value' : 'per 100 words';
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The outlets a chart draws: the chosen ones, or the `top` with most articles; and what was left out. */
function pick(spec: ChartSpec, ctx: ChartContext, top: number): { outlets: OutletRef[]; rest?: ChartRest } {
  const chosen = chosenOutlets(spec, ctx.outlets);
  if (chosen) return { outlets: chosen };
  if (ctx.outlets.length <= top) return { outlets: ctx.outlets };
  const keep = new Set([...ctx.outlets].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, top).map((o) => o.id));
  return {
    outlets: ctx.outlets.filter((o) => keep.has(o.id)),
    rest: { outlets: ctx.outlets.length - keep.size, median: null, min: null, max: null, picked: `the ${top} outlets with the most articles` },
  };
}

export async function chartData(spec: ChartSpec, ctx: ChartContext): Promise<ChartData> {
  const { figures } = ctx;
  const title = (k: string) => figures.catalog.byKey.get(k)?.title ?? k;
  const chosen = chosenOutlets(spec, ctx.outlets);
  switch (spec.type) {
    case 'bars': {
      // Largest first; when nothing is chosen, the top TOP_BARS drawn and the others summarised.
      const all = (chosen ?? ctx.outlets)
        .flatMap((o) => {
          const f = figures.byOutlet.get(o.id)?.get(spec.metric);
          return f ? [{ outlet: o.name, slug: o.slug, color: o.color, value: f.value, low: f.low, high: f.high, n: f.n }] : [];
        })
        .sort((a, b) => b.value - a.value || a.outlet.localeCompare(b.outlet));
      const left = chosen ? [] : all.slice(TOP_BARS);
      return {
        type: 'bars',
        title: `${title(spec.metric)} by outlet`,
        unit: unitOf(ctx, spec.metric),
        hasIntervals: figures.source === 'outlet-scores',
        rows: chosen ? all : all.slice(0, TOP_BARS),
        ...(left.length
          ? {
              rest: {
                outlets: left.length,
                median: median(left.map((r) => r.value)),
                min: Math.min(...left.map((r) => r.value)),
                max: Math.max(...left.map((r) => r.value)),
                picked: `the ${TOP_BARS} highest`,
              },
            }
          : {}),
      };
    }
    case 'frames': {
      const { outlets, rest } = pick(spec, ctx, TOP_SERIES);
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
      return { type: 'frames', title: 'Policy frames: share of framed sentences per outlet', series, rows, ...(rest ? { rest } : {}) };
    }
    case 'actors': {
      const { outlets, rest } = pick(spec, ctx, TOP_SERIES);
      const table = await getActorTable({ kind: 'all' }, 10);
      const actors = [...new Map(table.rows.map((r) => [r.actorId, r.name])).entries()];
      const rows = actors.map(([id, name]) => {
        const row: Record<string, string | number | null> = { actor: name };
        for (const o of outlets) row[o.slug] = table.rows.find((r) => r.actorId === id && r.outletId === o.id)?.sentiment ?? null;
        return row;
      });
      return { type: 'actors', title: 'Mean sentiment toward the most mentioned actors, by outlet', outlets, rows, ...(rest ? { rest } : {}) };
    }
    case 'time': {
      const { outlets, rest } = pick(spec, ctx, TOP_SERIES);
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
        ...(rest ? { rest } : {}),
      };
    }
    case 'scatter': {
      const { outlets, rest } = pick(spec, ctx, TOP_BARS);
      return {
        type: 'scatter',
        ...(rest ? { rest } : {}),
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
}

/** Sensible defaults from what the data holds: the first family total, and two different families for a scatter. */
export function chartDefaults(ctx: ChartContext) {
  const metrics = ctx.figures.catalog.metrics;
  const totals = metrics.filter((m) => m.key === m.family && m.kind === 'rate');
  const first = totals.find((m) => m.key === 'hedge') ?? totals[0] ?? metrics[0];
  const second = totals.find((m) => m.key === 'loaded') ?? totals.find((m) => m.key !== first?.key) ?? metrics[1] ?? first;
  return { metric: first?.key ?? '', x: first?.key ?? '', y: second?.key ?? '' };
}
