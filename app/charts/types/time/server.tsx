/** type=time: one metric by month, one line per outlet. */
import 'server-only';
import { getMetricByMonth } from '@/lib/db/queries';
import { pick, titleOf, TOP_SERIES, unitOf, type ChartContext, type ChartRest, type OutletRef } from '../common';
import { ogMeans } from '../og-rows';
import type { ChartSpec } from '../../spec';

export interface TimeData {
  type: 'time';
  title: string;
  rest?: ChartRest;
  unit: string;
  outlets: OutletRef[];
  rows: Array<Record<string, string | number | null>>;
  months: number;
  dated: number;
}

export async function loadTime(spec: ChartSpec, ctx: ChartContext): Promise<TimeData> {
  const { outlets, rest } = pick(spec, ctx, TOP_SERIES);
  const points = await getMetricByMonth(spec.metric);
  const months = [...new Set(points.map((p) => p.month))].sort();
  const measure = ctx.figures.catalog.byKey.get(spec.metric)?.kind === 'measure';
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
    title: `${titleOf(ctx, spec.metric)} over time`,
    unit: unitOf(ctx, spec.metric),
    outlets: outlets.filter((o) => points.some((p) => p.outletId === o.id)),
    rows,
    months: months.length,
    dated: points.reduce((s, p) => s + p.articles, 0),
    ...(rest ? { rest } : {}),
  };
}

/** Why nothing is drawn, or null: no figures, or dates that span less than two months. */
export function emptyTime(data: TimeData) {
  if (!data.rows.length) return <>No outlet has a figure for this metric.</>;
  if (data.months >= 2) return null;
  return (
    <>
      Dates do not allow a time series: {data.dated} dated article{data.dated === 1 ? '' : 's'} in {data.months} month{data.months === 1 ? '' : 's'}.
      Add <code>date</code> to the manifest (ISO 8601) to see this metric over time.
    </>
  );
}

export function ogOfTime(data: TimeData) {
  return ogMeans(data.outlets, data.rows);
}
