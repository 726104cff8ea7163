/** What every chart type's loader shares: the outlets, how the drawn ones are picked, what the rest is. */
import type { OutletFigures } from '../../_lib/figures';
import type { ChartSpec } from '../spec';
import { inGroup, leanRank, parseGroupKey, type OutletMeta } from '@/lib/outlets/leans';

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

export interface ChartContext {
  figures: OutletFigures;
  outlets: OutletRef[];
}

/** Bars drawn when nothing is chosen; the rest are summarised under the chart. */
export const TOP_BARS = 20;
/** Outlets drawn in the charts with one mark per outlet and row (time, actors, frames, scatter) when nothing is chosen. */
export const TOP_SERIES = 10;

export const SERIES_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#86bcb6', '#d37295', '#a0cbe8', '#8cd17d', '#ffbe7d'];

/** What a chart left out: how many outlets, and the range and median of their values where there is one value each. */
export interface ChartRest {
  outlets: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** How the drawn outlets were picked. */
  picked: string;
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

export function unitOf(ctx: ChartContext, metric: string) {
  return ctx.figures.catalog.byKey.get(metric)?.kind === 'measure' ? 'value' : 'per 100 words';
}

export function titleOf(ctx: ChartContext, metric: string) {
  return ctx.figures.catalog.byKey.get(metric)?.title ?? metric;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The outlets a chart draws: the chosen ones, or the `top` with most articles; and what was left out. */
export function pick(spec: ChartSpec, ctx: ChartContext, top: number): { outlets: OutletRef[]; rest?: ChartRest } {
  const chosen = chosenOutlets(spec, ctx.outlets);
  if (chosen) return { outlets: chosen };
  if (ctx.outlets.length <= top) return { outlets: ctx.outlets };
  const keep = new Set([...ctx.outlets].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, top).map((o) => o.id));
  return {
    outlets: ctx.outlets.filter((o) => keep.has(o.id)),
    rest: { outlets: ctx.outlets.length - keep.size, median: null, min: null, max: null, picked: `the ${top} outlets with the most articles` },
  };
}
