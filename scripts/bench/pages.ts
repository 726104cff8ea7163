/**
 * `pages`: server response times of the dashboard's pages over a --size-article corpus: `next start` of the
 * built app (built first when the sources are newer than .next) on loopback, driven by autocannon with one
 * connection, so each figure is one page's latency, not a throughput under contention.
 *
 * The corpus is the shared one (scripts/bench/_corpus.ts): the synthetic generator's articles stored by the real
 * ingest and scored by a real scoring run (the `score` benchmark's, or one run here when it was skipped).
 *
 * Also printed, per page: which tables were read by sequential scan and which indexes were used while it was
 * requested (pg_stat_user_tables / pg_stat_user_indexes deltas, partitions counted under their table), the plan
 * summary of its queries.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { newestSource, startNext, type NextServer } from '../next-server';
import { scoredCorpusDatabase } from './_corpus';
import type { BenchMetric, BenchTask } from './_types';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (
  opts: { url: string; connections: number; amount: number; timeout: number },
  done: (err: Error | null, result: { non2xx: number; errors: number; timeouts: number }) => void,
) => AutocannonInstance;
// autocannon ships no types; loaded through require so the strict build needs no declaration file.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Tables with millions of rows at full size: no page may read one by sequential scan (checked per page below). */
const BIG_TABLES = ['Marker', 'ActorMention', 'ArticleScore', 'SentenceScore', 'Sentence'];


/** Builds the app when .next is missing or older than the sources; one retry (another helper may be mid-edit). */
function ensureBuilt() {
  const buildId = path.join(ROOT, '.next/BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource()) return;
  for (let attempt = 1; ; attempt++) {
    console.error(`pages: next build (attempt ${attempt})`);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
    if (r.status === 0) return;
    if (attempt >= 2) throw new Error(`next build failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
    spawnSync('sleep', ['30']);
  }
}

/** Server routes that answer with CSV (export endpoints), found in app/ at run time. */
function csvRoutes(): string[] {
  const out: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        // Route groups "(x)" add no segment; dynamic segments cannot be guessed here.
        if (e.name.startsWith('[')) continue;
        walk(p, e.name.startsWith('(') ? route : `${route}/${e.name}`);
      } else if (/^route\.tsx?$/.test(e.name) && /text\/csv/.test(readFileSync(p, 'utf8'))) out.push(route || '/');
    }
  };
  walk(path.join(ROOT, 'app'), '');
  return out;
}

type Counters = Map<string, number>;

/** A run's partition ("Marker_run_12", "Marker_run_12_pkey") counted under its table ("Marker", "Marker_pkey"). */
const underTable = (name: string) => name.replace(/_run_\d+/, '');

async function scanCounters(client: pg.Client): Promise<Counters> {
  const m: Counters = new Map();
  const add = (k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const r of (await client.query(`SELECT relname, seq_scan, seq_tup_read FROM pg_stat_user_tables`)).rows) {
    add(`seq:${underTable(r.relname)}`, Number(r.seq_scan));
    add(`seqrows:${underTable(r.relname)}`, Number(r.seq_tup_read));
  }
  for (const r of (await client.query(`SELECT indexrelname, idx_scan FROM pg_stat_user_indexes`)).rows) add(`idx:${underTable(r.indexrelname)}`, Number(r.idx_scan));
  return m;
}

/** Sequential scans of the big tables per request, from two counter snapshots. */
function bigTableScans(before: Counters, after: Counters, requests: number): { scans: number; tables: string[] } {
  let scans = 0;
  const tables: string[] = [];
  for (const t of BIG_TABLES) {
    const d = (after.get(`seq:${t}`) ?? 0) - (before.get(`seq:${t}`) ?? 0);
    if (d > 0) {
      scans += d;
      tables.push(t);
    }
  }
  return { scans: scans / requests, tables };
}

/** "seq scans: Article×2 (200k rows); indexes: Marker_articleId_family_idx×40, …" from two counter snapshots. */
function planSummary(before: Counters, after: Counters, requests: number): string {
  const seq: string[] = [];
  const idx: string[] = [];
  for (const [k, v] of after) {
    const d = v - (before.get(k) ?? 0);
    if (d <= 0) continue;
    const [kind, name] = k.split(':');
    const per = (d / requests).toFixed(d % requests ? 1 : 0);
    if (kind === 'seq') seq.push(`${name}×${per} (${Math.round((after.get(`seqrows:${name}`)! - (before.get(`seqrows:${name}`) ?? 0)) / requests)} rows)`);
    if (kind === 'idx') idx.push(`${name}×${per}`);
  }
  return `per request — seq scans: ${seq.join(', ') || 'none'}; index scans: ${idx.join(', ') || 'none'}`;
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.ceil(pos)] - sorted[lo]) * (pos - lo);
}

function measure(url: string, amount: number): Promise<{ latencies: number[]; failed: number }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections: 1, amount, timeout: 120 }, (err, result) => {
      if (err) reject(err);
      else resolve({ latencies, failed: result.non2xx + result.errors + result.timeouts });
    });
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

const task: BenchTask = {
  name: 'pages',
  async run({ size, quick }): Promise<BenchMetric[]> {
    const metrics: BenchMetric[] = [];
    const corpus = await scoredCorpusDatabase(size);
    let server: NextServer | null = null;
    const stats = new pg.Client({ connectionString: corpus.url });
    try {
      await stats.connect();
      const q = async <T,>(sql: string) => (await stats.query(sql)).rows[0] as T;
      const event = await q<{ id: number }>(`SELECT "eventId" AS id, count(*) AS n FROM "Article" WHERE "eventId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
      const outlet = await q<{ slug: string }>(`SELECT o.slug FROM "Outlet" o JOIN "Article" a ON a."outletId" = o.id GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`);
      const pages: Array<[string, string]> = [
        ['overview', '/'],
        ['outlets', '/outlets'],
        ['event', `/events/${event.id}`],
        ['outlet', `/outlets/${outlet.slug}`],
        // The words behind a figure: the largest outlet's hedges (the link every framing-table cell leads to).
        ['evidence', `/outlets/${outlet.slug}/evidence?metric=hedge`],
        // The framing table's export is `pages.csv.*`; other CSV routes are named by their path (one that needs
        // parameters, such as /compare/export.csv, answers 400 here and is not measured).
        ...csvRoutes().map((r): [string, string] => [r === '/outlets/export.csv' ? 'csv' : `csv${r.replace(/[^a-z0-9]+/gi, '_')}`, r]),
      ];
      if (!pages.some(([name]) => name.startsWith('csv'))) console.error('pages: no CSV export route in app/; not measured');

      ensureBuilt();
      const app = await startNext({ DATABASE_URL: corpus.url }, '/methodology');
      server = app;
      // Warm-up: compiles nothing in production, but fills caches and connections; also times each page once.
      const warm = new Map<string, number>();
      for (const [name, route] of pages) {
        const w0 = performance.now();
        const res = await fetch(app.url + route);
        await res.arrayBuffer();
        if (res.ok) warm.set(name, performance.now() - w0);
        else console.error(`pages: ${route} answered ${res.status}; not measured`);
      }
      // An idle server backend reports its scan counts within 10 s (PGSTAT_IDLE_INTERVAL): wait that out between
      // pages for exact per-request figures; --quick waits 1 s and its plan summary is approximate.
      const settle = () => new Promise((r) => setTimeout(r, quick ? 1_100 : 10_500));
      await settle();
      let before = await scanCounters(stats);
      for (const [name, route] of pages) {
        const w = warm.get(name);
        if (w === undefined) continue;
        const amount = Math.max(5, Math.min(quick ? 15 : 40, Math.floor((quick ? 10_000 : 30_000) / Math.max(w, 1))));
        const { latencies, failed } = await measure(app.url + route, amount);
        await settle();
        const after = await scanCounters(stats);
        if (failed) throw new Error(`pages: ${failed} of ${amount} requests to ${route} failed`);
        latencies.sort((a, b) => a - b);
        const p50 = quantile(latencies, 0.5);
        const p95 = quantile(latencies, 0.95);
        const big = bigTableScans(before, after, latencies.length);
        console.error(
          `pages: ${name} ${route}: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms over ${latencies.length} requests\n  ${planSummary(before, after, latencies.length)}\n  ` +
            (big.scans ? `WARNING: sequential scans of big tables (${big.tables.join(', ')}): ${big.scans.toFixed(1)} per request` : `no sequential scan of ${BIG_TABLES.join(', ')}`),
        );
        metrics.push(
          { metric: `pages.${name}.p50_ms`, value: p50, unit: 'ms' },
          { metric: `pages.${name}.p95_ms`, value: p95, unit: 'ms' },
          { metric: `pages.${name}.big_table_seq_scans`, value: big.scans, unit: 'scans/request' },
        );
        before = after;
      }
      metrics.push({ metric: 'pages.articles', value: corpus.articles, unit: 'articles' });
      return metrics;
    } finally {
      await server?.stop();
      await stats.end().catch(() => {});
    }
  },
};

export default task;
