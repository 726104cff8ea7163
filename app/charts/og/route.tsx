import { ImageResponse } from 'next/og';
import { chartContext, chartData, chartDefaults, type ChartContext, type ChartData } from '../data';
import { parseSpec, type ChartSpec } from '../spec';
import { DATABASE_UNREACHABLE } from '@/lib/db/queries/unreachable';
import { CHART_QUERY, queryProblems } from '../../_lib/query';

export const dynamic = 'force-dynamic';

const W = 1200;
const H = 630;

/** Room for the rows under the title. */
const ROWS_HEIGHT = 440;
const LABEL_W = 330;

/**
 * Rows of label + bar, the one shape every chart can be reduced to for a social preview (satori has no SVG charts).
 * Every row the chart has is drawn (the chosen outlets, exactly): rows and type shrink to fit, and labels are cut to
 * the width their column has.
 */
function bars(rows: Array<{ label: string; value: number; color: string; note?: string }>, signed: boolean) {
  const max = Math.max(1e-9, ...rows.map((r) => Math.abs(r.value)));
  const width = 540;
  const rowH = Math.min(46, Math.floor(ROWS_HEIGHT / Math.max(1, rows.length)));
  const font = Math.max(9, Math.min(24, Math.floor(rowH * 0.6)));
  // An average glyph is about 0.55 em wide in the fallback sans-serif.
  const chars = Math.floor(LABEL_W / (font * 0.55)) - 2;
  return rows.map((r) => {
    const w = Math.max(2, (Math.abs(r.value) / max) * (signed ? width / 2 : width));
    return (
      <div key={r.label} style={{ display: 'flex', alignItems: 'center', height: rowH, fontSize: font }}>
        <div style={{ width: LABEL_W, display: 'flex', justifyContent: 'flex-end', paddingRight: 16, color: '#333', overflow: 'hidden' }}>
          {r.label.length > chars ? `${r.label.slice(0, chars - 1)}…` : r.label}
        </div>
        <div style={{ display: 'flex', width, position: 'relative', height: Math.max(4, rowH - 12) }}>
          <div
            style={{
              position: 'absolute',
              left: signed ? (r.value >= 0 ? width / 2 : width / 2 - w) : 0,
              width: w,
              height: Math.max(4, rowH - 12),
              background: r.color,
              borderRadius: 4,
            }}
          />
        </div>
        <div style={{ display: 'flex', flex: 1, paddingLeft: 14, color: '#333', fontSize: Math.max(9, font - 2), whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {r.note ?? r.value.toFixed(3)}
        </div>
      </div>
    );
  });
}

function content(data: ChartData) {
  switch (data.type) {
    case 'bars':
      return bars(
        data.rows.map((r) => ({ label: r.outlet, value: r.value, color: r.color, note: `${r.value.toFixed(2)}${r.low !== null ? ` (${r.low.toFixed(2)}–${r.high!.toFixed(2)})` : ''}` })),
        data.rows.some((r) => r.value < 0),
      );
    case 'frames':
      const rowH = Math.min(46, Math.floor(ROWS_HEIGHT / Math.max(1, data.rows.length)));
      const font = Math.max(9, Math.min(24, Math.floor(rowH * 0.6)));
      const chars = Math.floor(LABEL_W / (font * 0.55)) - 2;
      return data.rows.map((r) => (
        <div key={String(r.outlet)} style={{ display: 'flex', alignItems: 'center', height: rowH, fontSize: font }}>
          <div style={{ width: LABEL_W, display: 'flex', justifyContent: 'flex-end', paddingRight: 16, color: '#333', overflow: 'hidden' }}>
            {String(r.outlet).length > chars ? `${String(r.outlet).slice(0, chars - 1)}…` : String(r.outlet)}
          </div>
          <div style={{ display: 'flex', width: 760, height: Math.max(4, rowH - 12) }}>
            {data.series.map((s) => (
              <div key={s.key} style={{ width: `${Number(r[s.key] ?? 0) * 100}%`, height: Math.max(4, rowH - 12), background: s.color }} />
            ))}
          </div>
        </div>
      ));
    case 'scatter':
      return bars(
        data.rows.map((r) => ({ label: r.outlet, value: r.y, color: r.color, note: `x ${r.x.toFixed(2)} · y ${r.y.toFixed(2)}` })),
        data.rows.some((r) => r.y < 0),
      );
    case 'actors':
    case 'time': {
      // One bar per outlet: its mean over the chart's rows.
      const outlets = data.outlets;
      return bars(
        outlets.map((o) => {
          const vals = data.rows.map((r) => r[o.slug]).filter((v): v is number => typeof v === 'number');
          return { label: o.name, value: vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : 0, color: o.color };
        }),
        true,
      );
    }
  }
}

function badRequest(problems: string[]): Response {
  return new Response(`Bad request: ${problems.join('; ')}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  // proxy.ts refuses a malformed query first; checked again here so the handler is safe on its own.
  const problems = queryProblems(CHART_QUERY, query).map((p) => `${p.param} ${p.message}`);
  if (problems.length) return badRequest(problems);
  let ctx: ChartContext;
  let spec: ChartSpec;
  let data: ChartData;
  try {
    ctx = await chartContext();
    const parsed = parseSpec(Object.fromEntries(query), ctx.figures.catalog.metrics.map((m) => m.key), chartDefaults(ctx));
    if (parsed.unknown.length) return badRequest(parsed.unknown.map((k) => `no metric "${k}" in this corpus`));
    spec = parsed.spec;
    data = await chartData(spec, ctx);
  } catch (err) {
    // Not a bug in the request or the code: say so with the status a client may retry on.
    if ((err as { digest?: string }).digest === DATABASE_UNREACHABLE) {
      return new Response('Service unavailable: the database is unreachable.\n', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' } });
    }
    throw err;
  }
  const empty = data.rows.length === 0;
  return new ImageResponse(
    (
      <div style={{ width: W, height: H, display: 'flex', flexDirection: 'column', background: '#fbfbf9', padding: '40px 48px', fontFamily: 'sans-serif' }}>
        <div style={{ display: 'flex', fontSize: 26, color: '#2b4a91', fontWeight: 700 }}>Parallax</div>
        <div style={{ display: 'flex', fontSize: 38, color: '#1d1d1f', fontWeight: 700, marginTop: 8, marginBottom: 24 }}>{data.title}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          {empty ? <div style={{ display: 'flex', fontSize: 28, color: '#555' }}>No data for this chart yet.</div> : content(data)}
        </div>
      </div>
    ),
    { width: W, height: H, headers: { 'cache-control': 'public, max-age=300' } },
  );
}
