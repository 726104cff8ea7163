import { ImageResponse } from 'next/og';
import { parseVoice } from '@/lib/analysis/voice';
import { DATABASE_UNREACHABLE } from '@/lib/db/queries/unreachable';
import { loadComparison } from '../../_lib/compare';
import { fig, interval } from '../../_lib/format';
import { COMPARE_QUERY, queryProblems } from '../../_lib/query';

export const dynamic = 'force-dynamic';

const W = 1200;
const H = 630;

const plain = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/** The comparison's share image: both sides, the shared events, and each compared metric's ratio with its verdict. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const problems = queryProblems(COMPARE_QUERY, query).map((p) => `${p.param} ${p.message}`);
  if (!query.get('a') || !query.get('b')) problems.push('a and b are required');
  if (problems.length) return plain(400, `Bad request: ${problems.join('; ')}\n`);
  let result;
  try {
    result = await loadComparison(query.get('a')!, query.get('b')!, query.get('metric') ?? '', parseVoice(query.get('voice') ?? '') ?? 'writer');
  } catch (err) {
    if ((err as { digest?: string }).digest === DATABASE_UNREACHABLE) return plain(503, 'Service unavailable: the database is unreachable.\n');
    throw err;
  }
  if (!result.ok) return plain(404, 'Not found: no such outlet, group or metric in this corpus\n');
  const { a, b, metrics } = result.data;
  const events = metrics[0]?.events ?? 0;
  return new ImageResponse(
    (
      <div style={{ width: W, height: H, display: 'flex', flexDirection: 'column', background: '#fbfbf9', padding: '40px 48px', fontFamily: 'sans-serif' }}>
        <div style={{ display: 'flex', fontSize: 26, color: '#2b4a91', fontWeight: 700 }}>Parallax · same-event comparison</div>
        <div style={{ display: 'flex', fontSize: 40, color: '#1d1d1f', fontWeight: 700, marginTop: 8 }}>{`${a.label} vs ${b.label}`}</div>
        <div style={{ display: 'flex', fontSize: 26, color: '#555', marginBottom: 20 }}>{`${events} shared event${events === 1 ? '' : 's'} · ratio A : B with 95% interval`}</div>
        {metrics.slice(0, 9).map((m) => (
          <div key={m.metric} style={{ display: 'flex', fontSize: 26, color: m.differs ? '#1d1d1f' : '#777', marginBottom: 6 }}>
            <div style={{ display: 'flex', width: 520 }}>{m.title}</div>
            <div style={{ display: 'flex', width: 360 }}>{m.ratio === null ? '—' : `${fig(m.ratio)} (${interval(m.low, m.high)})`}</div>
            <div style={{ display: 'flex' }}>{m.differs ? (m.ratio! > 1 ? `higher in A` : `higher in B`) : 'no difference shown'}</div>
          </div>
        ))}
      </div>
    ),
    { width: W, height: H, headers: { 'cache-control': 'public, max-age=300' } },
  );
}
