/** Server-side data for the charts, shared by the charts page and its Open Graph image; each type's loader: ./types. */
import { loadOutletFigures } from '../_lib/figures';
import type { ChartSpec } from './spec';
import { outletColors } from './colors';
import type { ChartContext } from './types/common';
import { loadChart, type ChartData } from './types/server';
export { OUTLET_COLORS } from './colors';
export { chosenOutlets, SERIES_COLORS, TOP_BARS, TOP_SERIES, type ChartContext, type ChartRest, type OutletRef } from './types/common';
export type { ChartData };

export async function chartContext(): Promise<ChartContext> {
  const figures = await loadOutletFigures();
  const colors = outletColors(figures.outlets);
  const outlets = figures.outlets.map((o) => ({ id: o.id, slug: o.slug, name: o.name, color: colors.get(o.id)!, lean: o.lean, articles: o.articles,
    meta: { lean: o.lean, country: o.country, owner: o.owner, type: o.type, tags: (o.tags ?? {}) as Record<string, string>, sets: o.sets },
  }));
  return { figures, outlets };
}

export function chartData(spec: ChartSpec, ctx: ChartContext): Promise<ChartData> {
  return loadChart(spec, ctx);
}

/** Sensible defaults from what the data holds: the first family total, and two different families for a scatter. */
export function chartDefaults(ctx: ChartContext) {
  const metrics = ctx.figures.catalog.metrics;
  const totals = metrics.filter((m) => m.key === m.family && m.kind === 'rate');
  const first = totals.find((m) => m.key === 'hedge') ?? totals[0] ?? metrics[0];
  const second = totals.find((m) => m.key === 'loaded') ?? totals.find((m) => m.key !== first?.key) ?? metrics[1] ?? first;
  return { metric: first?.key ?? '', x: first?.key ?? '', y: second?.key ?? '' };
}
