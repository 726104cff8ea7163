/** type=frames: each outlet's framed sentences shared out over the policy frames, so outlets of different sizes compare. */
import 'server-only';
import { FRAMES } from '@/lib/analysis/families';
import { pick, SERIES_COLORS, TOP_SERIES, type ChartContext, type ChartRest } from '../common';
import { cut, LABEL_W, rowMetrics } from '../og-rows';
import type { ChartSpec } from '../../spec';

export interface FramesData {
  type: 'frames';
  title: string;
  rest?: ChartRest;
  series: Array<{ key: string; name: string; color: string }>;
  rows: Array<Record<string, string | number>>;
}

export async function loadFrames(spec: ChartSpec, ctx: ChartContext): Promise<FramesData> {
  const { figures } = ctx;
  const { outlets, rest } = pick(spec, ctx, TOP_SERIES);
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

/** Why nothing is drawn, or null. */
export function emptyFrames(data: FramesData) {
  return data.rows.length ? null : <>No policy-frame scores in this database yet.</>;
}

/** One stacked bar per outlet. */
export function ogOfFrames(data: FramesData) {
  const { rowH, font, chars } = rowMetrics(data.rows.length);
  return data.rows.map((r) => (
    <div key={String(r.outlet)} style={{ display: 'flex', alignItems: 'center', height: rowH, fontSize: font }}>
      <div style={{ width: LABEL_W, display: 'flex', justifyContent: 'flex-end', paddingRight: 16, color: '#333', overflow: 'hidden' }}>{cut(String(r.outlet), chars)}</div>
      <div style={{ display: 'flex', width: 760, height: Math.max(4, rowH - 12) }}>
        {data.series.map((s) => (
          <div key={s.key} style={{ width: `${Number(r[s.key] ?? 0) * 100}%`, height: Math.max(4, rowH - 12), background: s.color }} />
        ))}
      </div>
    </div>
  ));
}
