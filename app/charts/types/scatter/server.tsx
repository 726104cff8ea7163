/** type=scatter: two metrics against each other, one point per outlet. */
import 'server-only';
import { pick, titleOf, TOP_BARS, unitOf, type ChartContext, type ChartRest } from '../common';
import { ogBars } from '../og-rows';
import type { ChartSpec } from '../../spec';

export interface ScatterData {
  type: 'scatter';
  title: string;
  rest?: ChartRest;
  xTitle: string;
  yTitle: string;
  rows: Array<{ outlet: string; slug: string; color: string; x: number; y: number }>;
}

export async function loadScatter(spec: ChartSpec, ctx: ChartContext): Promise<ScatterData> {
  const { outlets, rest } = pick(spec, ctx, TOP_BARS);
  return {
    type: 'scatter',
    ...(rest ? { rest } : {}),
    title: `${titleOf(ctx, spec.x)} against ${titleOf(ctx, spec.y)}`,
    xTitle: `${titleOf(ctx, spec.x)} (${unitOf(ctx, spec.x)})`,
    yTitle: `${titleOf(ctx, spec.y)} (${unitOf(ctx, spec.y)})`,
    rows: outlets.flatMap((o) => {
      const m = ctx.figures.byOutlet.get(o.id);
      const x = m?.get(spec.x)?.value;
      const y = m?.get(spec.y)?.value;
      return x !== undefined && y !== undefined ? [{ outlet: o.name, slug: o.slug, color: o.color, x, y }] : [];
    }),
  };
}

/** Why nothing is drawn, or null. */
export function emptyScatter(data: ScatterData) {
  return data.rows.length ? null : <>No outlet has a figure for this metric.</>;
}

/** A preview has no axes to spare: the vertical metric as bars, both values as the note. */
export function ogOfScatter(data: ScatterData) {
  return ogBars(
    data.rows.map((r) => ({ label: r.outlet, value: r.y, color: r.color, note: `x ${r.x.toFixed(2)} · y ${r.y.toFixed(2)}` })),
    data.rows.some((r) => r.y < 0),
  );
}
