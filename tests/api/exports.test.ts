/**
 * Exports of every view (/api/v1/export/<view>) on a real Postgres database: each view in CSV, JSON and JSON Lines
 * parses, names the run, analysis version and filters, has the rows the API has, and guards spreadsheet formulas;
 * a bad format is 400 and an unknown view 404. And 100k markers stream completely while the server holds about one
 * page: the heap, measured after forced collections while the body is read, stays far below the file's size.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import pg from 'pg';
import { readCorpus } from '@/lib/ingest/corpus';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';
import { seedDatabase } from '../e2e/support';

vi.mock('server-only', () => ({}));

const FORMULA_OUTLET = '=SUM(1+1) Daily';
const MANY = 100_000;
const serverAvailable = await requireServer();

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function exportOf(view: string, query = ''): Promise<Response> {
  const { GET } = await import('@/app/api/v1/export/[view]/route');
  return GET(new Request(`http://localhost/api/v1/export/${view}${query ? `?${query}` : ''}`), { params: Promise.resolve({ view }) });
}

describe.runIf(serverAvailable)('exports of every view', () => {
  let database: TestDatabase;
  let client: pg.Client;
  let runId: number;

  beforeAll(async () => {
    database = await createServerDatabase();
    const demo = (await readCorpus([DEMO_DIR])).articles;
    await seedDatabase(database.url, [...demo, { ...demo[0], outlet: FORMULA_OUTLET, url: undefined, body: `${demo[0].body}\n\nAs reprinted.` }]);
    process.env.PARALLAX_READ_DATABASE_URL = database.url;
    process.env.PARALLAX_DB_POOL_MAX = '2';
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    runId = (await client.query<{ id: number }>(`SELECT max(id) AS id FROM "ScoringRun" WHERE status = 'complete'`)).rows[0].id;
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('writes each view as CSV, JSON and JSON Lines, naming the run and filters, with formulas guarded', async () => {
    const run = (await client.query<{ version: string }>(`SELECT version FROM "ScoringRun" WHERE id = $1`, [runId])).rows[0];
    const views = ['outlets', 'compare', 'events', 'stories', 'articles', 'markers', 'actors', 'chart'];
    for (const view of views) {
      const csvRes = await exportOf(view, 'format=csv');
      expect(csvRes.status, view).toBe(200);
      expect(csvRes.headers.get('content-disposition'), view).toContain(`parallax-${view}-run${runId}-`);
      const csv = await csvRes.text();
      expect(csv, view).toContain(`# Parallax export: ${view}\n# run: ${runId} (${run.version}`);
      const records = parseCsv(csv, { comment: '#', columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
      const json = JSON.parse(await (await exportOf(view, 'format=json')).text()) as { meta: { run: { id: number }; analysisVersion: string; columns: string[] }; rows: unknown[]; count: number };
      expect(json.meta.run.id, view).toBe(runId);
      expect(json.meta.analysisVersion, view).toBe(run.version);
      expect(json.rows.length, view).toBe(json.count);
      expect(records.length, view).toBe(json.count);
      const lines = (await (await exportOf(view, 'format=jsonl')).text()).trim().split('\n');
      expect(JSON.parse(lines[0]).meta.run.id, view).toBe(runId);
      expect(lines.length - 1, view).toBe(json.count);
      expect(json.count, view).toBeGreaterThan(0);
    }
    // Sample sizes and intervals are columns.
    const outlets = parseCsv(await (await exportOf('outlets', 'format=csv&metrics=hedge')).text(), { comment: '#', columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(outlets[0])).toEqual(expect.arrayContaining(['articles', 'words', 'value', 'low', 'high', 'n', 'count', 'metric words']));
    const stored = (await client.query<{ name: string; value: number; low: number; high: number }>(`SELECT o.name, s.value, s.low, s.high FROM "OutletScore" s JOIN "Outlet" o ON o.id = s."outletId" WHERE s.metric = 'hedge'`)).rows;
    expect(outlets.length).toBe(stored.length);
    for (const s of stored) {
      const row = outlets.find((r) => r.name === (s.name.startsWith('=') ? `'${s.name}` : s.name))!;
      expect([Number(row.value), Number(row.low), Number(row.high)]).toEqual([s.value, s.low, s.high]);
    }
    // Actor sentiment carries its interval too (the demo corpus has actors mentioned more than once by an outlet).
    const actors = parseCsv(await (await exportOf('actors', 'format=csv')).text(), { comment: '#', columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(actors[0])).toEqual(expect.arrayContaining(['mentions', 'sentiment', 'low', 'high']));
    const withInterval = actors.filter((r) => r.low !== '' && r.high !== '');
    expect(withInterval.length).toBeGreaterThan(0);
    for (const r of withInterval) expect(Number(r.low)).toBeLessThan(Number(r.high));
    // The outlet name a spreadsheet would run stays text.
    expect(outlets.some((r) => r.name === `'${FORMULA_OUTLET}`)).toBe(true);
    // The filters are in the header, and filter.
    const slug = (await client.query<{ slug: string }>(`SELECT slug FROM "Outlet" ORDER BY id LIMIT 1`)).rows[0].slug;
    const one = await (await exportOf('markers', `format=csv&outlets=${slug}`)).text();
    expect(one).toContain(`# filters: outlets=${slug}`);
    const mine = parseCsv(one, { comment: '#', columns: true }) as Array<Record<string, string>>;
    const expected = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Marker" m JOIN "Outlet" o ON o.id = m."outletId" WHERE o.slug = $1`, [slug])).rows[0].n;
    expect(mine.length).toBe(expected);
    expect(new Set(mine.map((m) => m.outlet))).toEqual(new Set([slug]));
  });

  it('refuses a bad format or filter with 400 and an unknown view with 404', async () => {
    for (const [view, q, param] of [
      ['markers', 'format=xlsx', 'format'],
      ['markers', 'voice=loud', 'voice'],
      ['articles', 'from=yesterday', 'from'],
      ['events', 'colour=blue', 'colour'],
      ['markers', 'outlets=no-such-outlet', 'outlets'],
    ]) {
      const res = await exportOf(view, q);
      expect(res.status, `${view}?${q}`).toBe(400);
      expect((await res.json()).error.message, `${view}?${q}`).toContain(param);
    }
    expect((await exportOf('spreadsheet')).status).toBe(404);
  });

  it(`streams ${MANY.toLocaleString('en')} markers completely in bounded memory`, async () => {
    // Markers written here (not by scoring) so the test needs no 100k-article corpus: the export reads them the same way.
    await client.query(
      `INSERT INTO "Marker" ("runId", "articleId", n, "outletId", "sentenceIndex", family, label, start, "end", text, rule, weight, voice)
       SELECT $1, a.id, 1000000 + g, a."outletId", 0, 'hedge', 'bulk', g % 500, g % 500 + 6, 'Perhaps, ' || g, 'bulk-rule', 1, 'writer'
       FROM generate_series(1, $2::int) g, (SELECT id, "outletId" FROM "Article" ORDER BY id LIMIT 1) a`,
      [runId, MANY],
    );
    const total = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Marker"`)).rows[0].n;
    for (const format of ['jsonl', 'csv'] as const) {
      gc();
      const base = process.memoryUsage().heapUsed;
      let peak = 0;
      let bytes = 0;
      let lines = 0;
      let chunks = 0;
      const started = performance.now();
      const res = await exportOf('markers', `format=${format}`);
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        for (const b of value) if (b === 10) lines++;
        if (++chunks % 10 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        }
      }
      const seconds = (performance.now() - started) / 1000;
      // Lines: the header (JSONL: one; CSV: five comment lines and the column row), then one per marker.
      expect(lines - (format === 'jsonl' ? 1 : 6)).toBe(total);
      expect(chunks).toBeGreaterThan(40);
      // Buffering the whole export would hold at least its size (twice, as JS strings); streaming holds a page or two.
      expect(peak).toBeLessThan(bytes / 4);
      console.log(`export markers ${format}: ${total} rows, ${(bytes / 1e6).toFixed(1)} MB, ${seconds.toFixed(1)} s, peak retained heap ${(peak / 1e6).toFixed(1)} MB`);
    }
  });
});
