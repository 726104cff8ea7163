import { ImageResponse } from 'next/og';
import { chartContext, chartData, chartDefaults, type ChartContext, type ChartData } from '../data';
import { parseSpec, type ChartSpec } from '../spec';
import { DATABASE_UNREACHABLE } from '@/lib/db/queries/unreachable';
import { CHART_QUERY, queryProblems } from '../../_lib/query';
import { ogRows } from '../types/server';
import { getCurrentRun, type RunInfo } from '@/lib/db/queries';
import { date } from '../../_lib/format';

export const dynamic = 'force-dynamic';

const W = 1200;
const H = 630;

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
  let run: RunInfo | null;
  try {
    [ctx, run] = await Promise.all([chartContext(), getCurrentRun()]);
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
          {empty ? <div style={{ display: 'flex', fontSize: 28, color: '#555' }}>No data for this chart yet.</div> : ogRows(data)}
        </div>
        {/* A shared preview outlives the figures: it says which run drew them. */}
        <div style={{ display: 'flex', marginTop: 'auto', fontSize: 22, color: '#555' }}>
          {run ? `Scoring run ${run.id} of ${date(run.finishedAt ?? run.startedAt)} · ${run.version}` : 'Not scored yet'}
        </div>
      </div>
    ),
    { width: W, height: H, headers: { 'cache-control': 'public, max-age=300' } },
  );
}
