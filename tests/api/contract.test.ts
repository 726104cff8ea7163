/**
 * The API's contract: the OpenAPI document served at /api/openapi.json is valid OpenAPI 3.1 (checked by
 * @readme/openapi-parser), and every documented endpoint, called through its own route handler on a real Postgres
 * database seeded with the demo corpus and scored, answers 200 with a body that the document's schema accepts
 * (ajv, JSON Schema 2020-12), names the scoring run, answers 304 to its own ETag, and answers a bad or unknown
 * parameter with 400 and a message naming it. Lists followed by cursor are complete, and figures are the ones the
 * database (and so the pages) hold.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validate, compileErrors } from '@readme/openapi-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { createClient, type Db } from '@/lib/db/client';
import { readCorpus } from '@/lib/ingest/corpus';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';
import { seedDatabase } from '../e2e/support';

// A marker package that refuses client bundles; these handlers run here as on the server.
vi.mock('server-only', () => ({}));

const ROOT = path.resolve(import.meta.dirname, '../..');
const serverAvailable = await requireServer();

type Handler = (request: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** The route file that serves a documented path, and its GET. */
async function handlerOf(apiPath: string): Promise<Handler> {
  const file = path.join(ROOT, 'app', apiPath.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts');
  return ((await import(file)) as { GET: Handler }).GET;
}

/** Calls a documented path with path values and a query, as Next would. */
async function call(apiPath: string, params: Record<string, string>, query = '', headers: Record<string, string> = {}): Promise<Response> {
  const GET = await handlerOf(apiPath);
  const concrete = apiPath.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k]));
  return GET(new Request(`http://localhost${concrete}${query ? `?${query}` : ''}`, { headers }), { params: Promise.resolve(params) });
}

describe.runIf(serverAvailable)('the /api/v1 contract', () => {
  let database: TestDatabase;
  let db: Db;
  let doc: { paths: Record<string, { get: { parameters: Array<{ name: string; in: string; required?: boolean }>; responses: Record<string, { content?: { 'application/json': { schema: object } } }> } }>; components: { schemas: Record<string, object> } };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const examples: Record<string, string> = {};

  beforeAll(async () => {
    database = await createServerDatabase();
    await seedDatabase(database.url, (await readCorpus([DEMO_DIR])).articles);
    db = createClient(database.url, 2);
    // The dashboard's read client takes this URL (lib/db/connection.ts openReadDatabase).
    process.env.PARALLAX_READ_DATABASE_URL = database.url;
    process.env.PARALLAX_DB_POOL_MAX = '2';
    const outlet = await db.outlet.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const event = await db.event.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const story = await db.story.findFirst({ orderBy: { id: 'asc' } });
    const article = await db.article.findFirstOrThrow({ orderBy: { id: 'asc' } });
    Object.assign(examples, { slug: outlet.slug, id: String(article.id), event: String(event.id), story: String(story?.id ?? event.id) });
    doc = (await (await (await handlerOf('/api/openapi.json'))(new Request('http://localhost/api/openapi.json'))).json()) as typeof doc;
    ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc');
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  /** Path values for a documented path: its `{id}` is the event's, story's or article's by position. */
  const paramsFor = (p: string): Record<string, string> => {
    if (p.startsWith('/api/v1/events/')) return { id: examples.event };
    if (p.startsWith('/api/v1/stories/')) return { id: examples.story };
    if (p.includes('{slug}')) return { slug: examples.slug };
    return p.includes('{id}') ? { id: examples.id } : {};
  };
  /** The query a documented path needs to answer 200 (a required parameter). */
  const queryFor = (p: string) => (p.endsWith('/evidence') ? 'metric=hedge' : '');

  function check(schema: object, body: unknown): string {
    // Component references resolve against the document's components.
    const validator = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')));
    return validator(body) ? '' : ajv.errorsText(validator.errors);
  }

  it('serves a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect((doc as unknown as { openapi: string }).openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(20);
  });

  it('answers every documented endpoint as documented, naming the run, with an ETag that gives 304', async () => {
    const run = await db.scoringRun.findFirstOrThrow({ where: { status: 'complete' }, orderBy: { id: 'desc' } });
    for (const [p, item] of Object.entries(doc.paths)) {
      // Exports answer files, not the JSON envelope: tests/api/exports.test.ts.
      if (!p.startsWith('/api/v1/') || p.startsWith('/api/v1/export/')) continue;
      const res = await call(p, paramsFor(p), queryFor(p));
      const body = await res.json();
      expect(res.status, `${p}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
      expect(check(item.get.responses['200'].content!['application/json'].schema, body), p).toBe('');
      expect(body.meta.run.id, p).toBe(run.id);
      expect(body.meta.analysisVersion, p).toBe(run.version);
      const etag = res.headers.get('etag');
      expect(etag, p).toMatch(/^"[\w-]+"$/);
      const again = await call(p, paramsFor(p), queryFor(p), { 'if-none-match': `W/${etag}, "other"` });
      expect(again.status, p).toBe(304);
      expect(await again.text()).toBe('');
    }
  });

  it('answers an unknown, repeated or malformed parameter with 400 naming it, on every endpoint', async () => {
    for (const [p, item] of Object.entries(doc.paths)) {
      // Exports answer files, not the JSON envelope: tests/api/exports.test.ts.
      if (!p.startsWith('/api/v1/') || p.startsWith('/api/v1/export/')) continue;
      const res = await call(p, paramsFor(p), 'colour=blue');
      const body = await res.json();
      expect(res.status, p).toBe(400);
      expect(check(item.get.responses['400'].content!['application/json'].schema, body), p).toBe('');
      expect(body.error.problems.map((x: { param: string }) => x.param), p).toContain('colour');
    }
    const bad: Array<[string, string, string]> = [
      ['/api/v1/events', 'from=2024-02-30', 'from'],
      ['/api/v1/events', 'page=0', 'page'],
      ['/api/v1/events', 'sort=random', 'sort'],
      ['/api/v1/events', 'page=1&page=2', 'page'],
      ['/api/v1/outlets', 'voice=loud', 'voice'],
      ['/api/v1/outlets', 'min=hedge:lots', 'min'],
      ['/api/v1/outlets', 'groups=lean', 'groups'],
      ['/api/v1/outlets', 'outlets=no-such-outlet', 'outlets'],
      ['/api/v1/articles', 'limit=5000', 'limit'],
      ['/api/v1/articles', 'cursor=$$$', 'cursor'],
      ['/api/v1/articles', 'cursor=bm90IGpzb24', 'cursor'],
      ['/api/v1/markers', 'cursor=WzFd', 'cursor'],
      ['/api/v1/markers', 'article=-3', 'article'],
      ['/api/v1/charts', 'type=pie', 'type'],
      ['/api/v1/outlets/{slug}/evidence', 'metric=Not A Metric', 'metric'],
      ['/api/v1/outlets/{slug}/evidence', '', 'metric'],
      ['/api/v1/compare', 'event=1&story=1', 'story'],
    ];
    for (const [p, q, param] of bad) {
      const res = await call(p, paramsFor(p), q);
      const body = await res.json();
      expect(res.status, `${p}?${q}`).toBe(400);
      expect(body.error.message, `${p}?${q}`).toContain(param);
      expect(body.error.problems.map((x: { param: string }) => x.param), `${p}?${q}`).toContain(param);
    }
    // Missing things are 404, not 400 or 500.
    expect((await call('/api/v1/outlets/{slug}', { slug: 'no-such-outlet' })).status).toBe(404);
    expect((await call('/api/v1/events/{id}', { id: '999999' })).status).toBe(404);
    expect((await call('/api/v1/articles/{id}', { id: 'abc' })).status).toBe(404);
    expect((await call('/api/v1/outlets/{slug}/evidence', { slug: examples.slug }, 'metric=nosuch')).status).toBe(404);
  });

  it('never answers 500: every parameter of every endpoint, given garbage, is 200, 400 or 404 with a JSON reason', async () => {
    const garbage = ['%', '-1', '0', '99999999999', 'a,,b,:', 'lean:', '\u0000', 'x'.repeat(2001), '1e309', '2024-13-01', '<script>', 'true,false'];
    let calls = 0;
    for (const [p, item] of Object.entries(doc.paths)) {
      // Exports answer files, not the JSON envelope: tests/api/exports.test.ts.
      if (!p.startsWith('/api/v1/') || p.startsWith('/api/v1/export/')) continue;
      for (const param of item.get.parameters) {
        for (const v of garbage) {
          const params = paramsFor(p);
          const query = param.in === 'query' ? new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(queryFor(p))), [param.name]: v }).toString() : queryFor(p);
          if (param.in === 'path') params[param.name] = v;
          const res = await call(p, params, query);
          calls++;
          expect([200, 400, 404], `${p} ${param.name}=${JSON.stringify(v.slice(0, 20))}`).toContain(res.status);
          const body = await res.json();
          if (res.status !== 200) expect(body.error.message, `${p} ${param.name}`).toMatch(/^(Bad request|Not found): /);
        }
      }
    }
    expect(calls).toBeGreaterThan(300);
  });

  it('gives complete lists by cursor, and the figures the database holds', async () => {
    const seen: number[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const body: { data: Array<{ articleId: number; n: number }>; next: string | null } = await (await call('/api/v1/markers', {}, `limit=7${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...body.data.map((m) => m.articleId * 1e6 + m.n));
      cursor = body.next;
      pages++;
    }
    const total = await db.marker.count();
    expect(total).toBeGreaterThan(14);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBeGreaterThan(2);

    const articles: number[] = [];
    cursor = '';
    while (cursor !== null) {
      const body: { data: Array<{ id: number; body?: string }>; next: string | null } = await (await call('/api/v1/articles', {}, `limit=2&body=true${cursor ? `&cursor=${cursor}` : ''}`)).json();
      articles.push(...body.data.map((a) => a.id));
      expect(body.data.every((a) => typeof a.body === 'string' && a.body.length > 0)).toBe(true);
      cursor = body.next;
    }
    expect(articles).toEqual((await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id));

    // Outlet figures: OutletScore's, with intervals and sample sizes.
    const outlets: { data: Array<{ id: number; figures: Record<string, { value: number; low: number; high: number; n: number; words: number }> }> } = await (await call('/api/v1/outlets', {})).json();
    const scores = await db.outletScore.findMany({ where: { metric: 'hedge' } });
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) {
      const f = outlets.data.find((o) => o.id === s.outletId)!.figures.hedge;
      expect(f).toEqual(expect.objectContaining({ value: s.value, low: s.low, high: s.high, n: s.n, words: s.words }));
    }
    // Filters narrow as on the pages: a minimum keeps only outlets at or above it.
    const cut = scores.map((s) => s.value).sort((a, b) => a - b)[Math.floor(scores.length / 2)];
    const kept: { data: Array<{ id: number }> } = await (await call('/api/v1/outlets', {}, `min=hedge:${cut}`)).json();
    expect(kept.data.map((o) => o.id).sort()).toEqual(scores.filter((s) => s.value >= cut).map((s) => s.outletId).sort());

    // Actors as the pages' switch shows them: each row says what it is part of; rolled up, the country's institutions
    // (Congress, the armed forces…) fold into its rows, their mentions summed.
    type Row = { name: string; kind: string; mentions: number; partOf: Array<{ name: string }>; parts: Array<{ name: string; mentions: number }> };
    const each: { data: Row[] } = await (await call('/api/v1/actors', {}, 'limit=100')).json();
    const whole: { data: Row[] } = await (await call('/api/v1/actors', {}, 'limit=100&rollup=true')).json();
    const sum = (rows: Row[], keep: (r: Row) => boolean) => rows.filter(keep).reduce((n, r) => n + r.mentions, 0);
    const usParts = (r: Row) => r.kind !== 'place' && r.partOf.some((p) => p.name === 'United States');
    expect(each.data.find((r) => r.name === 'United States Congress')!.partOf.map((p) => p.name)).toEqual(['United States']);
    expect(sum(each.data, usParts)).toBeGreaterThan(0);
    expect(sum(whole.data, usParts)).toBe(0);
    expect(sum(whole.data, (r) => r.name === 'United States')).toBe(sum(each.data, (r) => r.name === 'United States' || usParts(r)));
    expect(whole.data.find((r) => r.name === 'United States')!.parts.map((p) => p.name)).toContain('United States Congress');
  });
});
