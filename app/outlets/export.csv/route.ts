/**
 * The framing table as CSV: GET /outlets/export.csv?sort=…&min=…&cols=…&q=…&minArticles=…&minWords=… takes the table's own URL state and
 * answers with the rows and columns that table shows, in its order (the same model, app/outlets/(table)/model.ts).
 */
import { parseVoice } from '@/lib/analysis/voice';
import { DATABASE_UNREACHABLE } from '@/lib/db/queries/unreachable';
import { framingData, loadOutletFigures } from '../../_lib/figures';
import { TABLE_QUERY, queryProblems } from '../../_lib/query';
import { framingCsv } from '../(table)/model';
import { unknownColumns } from '../(table)/state';
import { sizeFilter } from '../(table)/size';

export const dynamic = 'force-dynamic';

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  // proxy.ts refuses a malformed query first; checked again here so the handler is safe on its own.
  const problems = queryProblems(TABLE_QUERY, query);
  if (problems.length) return text(400, `Bad request: ${problems.map((p) => `${p.param} ${p.message}`).join('; ')}\n`);
  const raw = { sort: query.get('sort') ?? '', q: query.get('q') ?? '', min: query.get('min') ?? '', cols: query.get('cols') ?? '' };
  let csv: string;
  try {
    const figures = await loadOutletFigures(undefined, parseVoice(query.get('voice') ?? '') ?? 'writer');
    // Well-formed, but naming columns this corpus does not have: as the table page, not found.
    const unknown = unknownColumns(raw, new Set(figures.catalog.metrics.map((m) => m.key)));
    if (unknown.length) return text(404, `Not found: no column ${unknown.map((k) => `"${k}"`).join(', ')} in this corpus\n`);
    const { metrics, rows, defaultVisible } = framingData(figures);
    // The same minimum articles and words as the table (and its default): exactly the rows it shows.
    const size = sizeFilter(rows, { minArticles: query.get('minArticles') ?? undefined, minWords: query.get('minWords') ?? undefined });
    csv = framingCsv(rows.filter(size.shown), metrics, defaultVisible, raw);
  } catch (err) {
    // Not a bug in the request or the code: say so with the status a client may retry on.
    if ((err as { digest?: string }).digest === DATABASE_UNREACHABLE) return text(503, 'Service unavailable: the database is unreachable.\n', { 'retry-after': '30' });
    throw err;
  }
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="parallax-framing.csv"',
      'cache-control': 'no-store',
    },
  });
}
