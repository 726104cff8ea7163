/**
 * The same-event comparison as CSV: GET /compare/export.csv?a=…&b=…&metric=… answers with one row per metric
 * compared (scope "all shared events") and one per shared event for the chosen metric, each with both sides'
 * rate, interval, articles and words; the metric rows add the ratio, its interval, p and the verdict.
 */
import { parseVoice } from '@/lib/analysis/voice';
import { DATABASE_UNREACHABLE } from '@/lib/db/queries/unreachable';
import { loadComparison } from '../../_lib/compare';
import { COMPARE_QUERY, queryProblems } from '../../_lib/query';
import { csvField } from '../../outlets/(table)/model';

export const dynamic = 'force-dynamic';

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });

const HEADER = ['scope', 'event id', 'event', 'metric', 'shared events', 'a', 'a rate', 'a low', 'a high', 'a articles', 'a words', 'b', 'b rate', 'b low', 'b high', 'b articles', 'b words', 'ratio', 'ratio low', 'ratio high', 'p', 'differs'];

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const problems = queryProblems(COMPARE_QUERY, query);
  if (!query.get('a') || !query.get('b')) problems.push({ param: query.get('a') ? 'b' : 'a', message: 'is required' });
  if (problems.length) return text(400, `Bad request: ${problems.map((p) => `${p.param} ${p.message}`).join('; ')}\n`);
  try {
    const result = await loadComparison(query.get('a')!, query.get('b')!, query.get('metric') ?? '', parseVoice(query.get('voice') ?? '') ?? 'writer');
    if (!result.ok) {
      return text(404, result.problem === 'unknown-side' ? `Not found: side ${result.which.join(' and ')} is no outlet or group of this corpus\n` : `Not found: no rate metric "${query.get('metric')}" in this corpus\n`);
    }
    const { a, b, metric, metrics, events } = result.data;
    const rows: Array<Array<string | number | null>> = [HEADER];
    for (const m of metrics) {
      rows.push(['all shared events', null, null, m.metric, m.events, a.label, m.a.value, m.a.low, m.a.high, m.a.n, m.a.words, b.label, m.b.value, m.b.low, m.b.high, m.b.n, m.b.words, m.ratio, m.low, m.high, m.p, m.differs ? 'yes' : 'no']);
    }
    for (const e of events) {
      const side = (r: typeof e.a) => (r ? [r.value, r.low, r.high, r.n, r.words] : [null, null, null, 0, 0]);
      rows.push(['event', e.id, e.title, metric, null, a.label, ...side(e.a), b.label, ...side(e.b), null, null, null, null, null]);
    }
    const csv = `${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`;
    return new Response(csv, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="parallax-compare.csv"', 'cache-control': 'no-store' },
    });
  } catch (err) {
    if ((err as { digest?: string }).digest === DATABASE_UNREACHABLE) return text(503, 'Service unavailable: the database is unreachable.\n', { 'retry-after': '30' });
    throw err;
  }
}
