/**
 * The scale machinery keeps the results the simple path gave: the per-outlet matrix gives pooledRate's figures, worker
 * threads analyse exactly as the main thread does, batched inserts and COPY store awkward values intact, and a
 * run's partitions replace or add to the earlier runs' as they should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fitPrior, momentsOf, pooledRate, seededRandom } from '@/lib/analysis/stats';
import { outletMoments, outletRateFigures } from '@/lib/worker-pool/analyse';
import { ScoringPool } from '@/lib/worker-pool/pool';
import { splitSentences } from '@/lib/ingest/sentences';
import { createClient, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import pg from 'pg';
import { copyColumns, insertColumns } from '@/lib/db/write/bulk';
import { inWriteTransaction } from '@/lib/db/write/transaction';
import { partitionedRuns } from '@/lib/db/write/partitions';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { refreshOutletScores } from '@/lib/db/operations/outlet-statistics';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';

describe('outlet figures from the articles × metrics matrix', () => {
  it('give pooledRate’s figure for every outlet and metric', () => {
    const random = seededRandom(7);
    const M = 2;
    const metrics = ['hedge', 'sentiment.score'];
    const outlets = new Map<number, { words: Float64Array; counts: Float64Array }>();
    for (let o = 1; o <= 8; o++) {
      const n = 1 + Math.floor(random() * 30);
      const words = Float64Array.from({ length: n }, () => 50 + Math.floor(random() * 900));
      const counts = Float64Array.from({ length: n * M }, (_, i) => (i % M === 0 ? Math.floor(random() * 12) : Math.floor(random() * 12) - 6));
      outlets.set(o, { words, counts });
    }
    const moments = new Map([...outlets].map(([o, u]) => [o, outletMoments({ metrics: M, ...u })]));
    const rows = outletRateFigures(metrics, moments);
    expect(rows).toHaveLength(8 * M);
    metrics.forEach((metric, m) => {
      const per = [...outlets.values()].map((u) => momentsOf(Array.from(u.words, (w, k) => ({ count: u.counts[k * M + m], words: w }))));
      const prior = fitPrior(per, m === 0 ? 'count' : 'measure');
      per.forEach((g, k) => expect(rows.find((r) => r.outletId === k + 1 && r.metric === metric)).toMatchObject(pooledRate(g, prior)));
    });
  });
});

describe('scoring worker pool', () => {
  it('analyses in worker threads exactly as on the main thread', async () => {
    const body = readFileSync(path.join(DEMO_DIR, '001_f4fae667b6a03989.txt'), 'utf8');
    const articles = [{ id: 1, outletId: 1, body, sentences: splitSentences(body) }];
    const threads = new ScoringPool({ workers: 2 });
    const inline = new ScoringPool({ workers: 0 });
    try {
      const [a, b] = await Promise.all([threads.analyse(articles), inline.analyse(articles)]);
      expect(a.markers.text.length).toBeGreaterThan(10);
      expect(a).toEqual(b);
    } finally {
      await threads.close();
      await inline.close();
    }
  });
});

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('batched writes on the server', () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createServerDatabase();
    await migrate(database.url);
    db = createClient(database.url, 2);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('stores quotes, backslashes, newlines, NULL-looking text, JSON and arrays intact, across chunks', async () => {
    const texts = ['plain', 'quo"te', "apo'str", 'back\\slash', 'line\nbreak\ttab', 'NULL', '{brace,comma}', '', 'ünïcödé “curly”'];
    await db.$executeRawUnsafe(`CREATE TABLE bulk_probe (i int, s text, j jsonb, a text[], d timestamp(3))`);
    await inWriteTransaction(database, async (tx) => {
      await insertColumns(
        tx.exec,
        'bulk_probe',
        { i: 'int', s: 'text', j: 'json', a: 'text[]', d: 'timestamp' },
        {
          i: texts.map((_, i) => i),
          s: texts,
          j: texts.map((t) => ({ t, n: [1, null] })),
          a: texts.map((t) => [t, 'x']),
          d: texts.map((_, i) => (i % 2 ? null : new Date(Date.UTC(2021, 2, 9, 11, 5, i)))),
        },
        { chunkRows: 4 },
      );
    });
    // The same rows again by COPY (its own text escapes), plus the types only COPY writes here.
    await db.$executeRawUnsafe(`CREATE TABLE copy_probe (i int, s text, j jsonb, a text[], d timestamp(3), b bool, f float8)`);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await copyColumns(client, 'copy_probe', { i: 'int', s: 'text', j: 'json', a: 'text[]', d: 'timestamp', b: 'bool', f: 'float8' }, {
        i: texts.map((_, i) => i),
        s: texts,
        j: texts.map((t) => ({ t, n: [1, null] })),
        a: texts.map((t) => [t, 'x']),
        d: texts.map((_, i) => (i % 2 ? null : new Date(Date.UTC(2021, 2, 9, 11, 5, i)))),
        b: texts.map((_, i) => i % 3 === 0),
        f: texts.map((_, i) => (i ? 1 / i : null)),
      });
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    for (const table of ['bulk_probe', 'copy_probe']) {
      const rows = await db.$queryRawUnsafe<{ i: number; s: string; j: unknown; a: string[]; d: Date | null }[]>(`SELECT * FROM ${table} ORDER BY i`);
      expect(rows.map((r) => r.s)).toEqual(texts);
      expect(rows.map((r) => r.j)).toEqual(texts.map((t) => ({ t, n: [1, null] })));
      expect(rows.map((r) => r.a)).toEqual(texts.map((t) => [t, 'x']));
      expect(rows[2].d?.toISOString()).toBe('2021-03-09T11:05:02.000Z');
      expect(rows[1].d).toBeNull();
    }
    const copied = await db.$queryRawUnsafe<{ b: boolean; f: number | null }[]>(`SELECT b, f FROM copy_probe ORDER BY i`);
    expect(copied.map((r) => r.b)).toEqual(texts.map((_, i) => i % 3 === 0));
    expect(copied.map((r) => r.f)).toEqual(texts.map((_, i) => (i ? 1 / i : null)));
  });

  it('scores with one worker the same figures as on the main thread', async () => {
    const { readCorpus } = await import('@/lib/ingest/corpus');
    await ingestArticles(database, (await readCorpus([DEMO_DIR])).articles);
    await scoreArticles(database, { workers: 0 });
    const figures = async () =>
      (await db.articleScore.findMany({ select: { articleId: true, metric: true, count: true, value: true }, orderBy: [{ articleId: 'asc' }, { metric: 'asc' }] })).map(
        (r) => [r.articleId, r.metric, r.count, r.value],
      );
    const outlets = async () => (await db.outletScore.findMany({ select: { outletId: true, metric: true, value: true, low: true, high: true }, orderBy: [{ outletId: 'asc' }, { metric: 'asc' }] }));
    const before = { scores: await figures(), outlets: await outlets(), markers: await db.marker.count() };
    await db.scoringRun.deleteMany({});
    await scoreArticles(database, { workers: 1, batchSize: 2 });
    expect({ scores: await figures(), outlets: await outlets(), markers: await db.marker.count() }).toEqual(before);
    // A full run computes the outlet figures from what its batches returned; recomputed from the stored scores
    // (the incremental path), they are the same.
    await refreshOutletScores(database);
    expect(await outlets()).toEqual(before.outlets);
  });

  it('keeps each run in its own partitions: a full rescore replaces them, an incremental run adds its own', async () => {
    const partitions = async () => (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'Marker'`))[0].n;
    const scored = async () => (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(DISTINCT "articleId")::int AS n FROM "ArticleScore"`))[0].n;
    const articles = await db.article.count();
    expect(articles).toBeGreaterThan(0);
    const { readCorpus } = await import('@/lib/ingest/corpus');

    const full = await scoreArticles(database, { full: true });
    expect(full.full).toBe(true);
    const runs = await db.scoringRun.findMany({ select: { id: true, status: true } });
    expect(runs).toEqual([{ id: full.runId, status: 'complete' }]);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      expect(await partitionedRuns(client)).toEqual([full.runId]);
    } finally {
      await client.end();
    }
    expect(await partitions()).toBe(1);
    expect(await scored()).toBe(articles);

    // One new article: the next run scores only it, into a partition of its own, and the outlet figures cover both.
    const [first] = (await readCorpus([DEMO_DIR])).articles;
    await ingestArticles(database, [{ ...first, body: `${first.body}\nA new closing paragraph, reportedly added later.`, sourceFile: 'later.txt' }]);
    const more = await scoreArticles(database);
    expect(more).toMatchObject({ full: false, scored: 1, replaced: 0 });
    expect(await partitions()).toBe(2);
    expect(await scored()).toBe(articles + 1);
    const outlet = await db.article.findFirstOrThrow({ where: { sourceFile: 'later.txt' }, select: { outletId: true } });
    const figure = await db.outletScore.findFirstOrThrow({ where: { outletId: outlet.outletId, metric: 'hedge' } });
    const words = await db.article.aggregate({ where: { outletId: outlet.outletId }, _sum: { words: true } });
    expect(figure.words).toBe(words._sum.words);

    // Rescoring everything merges them back into one run.
    const again = await scoreArticles(database, { full: true });
    expect(again.replaced).toBe(2);
    expect(await partitions()).toBe(1);
    expect(await scored()).toBe(articles + 1);
  });
});
