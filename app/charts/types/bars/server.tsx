/** type=bars: one metric by outlet, largest first; when nothing is chosen, the top TOP_BARS and the rest summarised. */
import 'server-only';
import { chosenOutlets, median, titleOf, TOP_BARS, unitOf, type ChartContext, type ChartRest } from '../common';
import { ogBars } from '../og-rows';
import type { ChartSpec } from '../../spec';

export interface BarsData {
  type: 'bars';
  title: string;
  unit: string;
  hasIntervals: boolean;
  rest?: ChartRest;
  rows: Array<{ outlet: string; slug: string; color: string; value: number; low: number | null; high: number | null; n: number }>;
}

export async function loadBars(spec: ChartSpec, ctx: ChartContext): Promise<BarsData> {
  const { figures } = ctx;
  const chosen = chosenOutlets(spec, ctx.outlets);
  const all = (chosen ?? ctx.outlets)
    .flatMap((o) => {
      const f = figures.byOutlet.get(o.id)?.get(spec.metric);
      return f ? [{ outlet: o.name, slug: o.slug, color: o.color, value: f.value, low: f.low, high: f.high, n: f.n }] : [];
    })
    .sort((a, b) => b.value - a.value || a.outlet.localeCompare(b.outlet));
  const left = chosen ? [] : all.slice(TOP_BARS);
  return {
    type: 'bars',
    title: `${titleOf(ctx, spec.metric)} by outlet`,
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

/** Why nothing is drawn, or null. */
export function emptyBars(data: BarsData) {
  return data.rows.length ? null : <>No outlet has a figure for this metric.</>;
}

export function ogOfBars(data: BarsData) {
  return ogBars(
    data.rows.map((r) => ({ label: r.outlet, value: r.value, color: r.color, note: `${r.value.toFixed(2)}${r.low !== null ? ` (${r.low.toFixed(2)}–${r.high!.toFixed(2)})` : ''}` })),
    data.rows.some((r) => r.value < 0),
  );
}
