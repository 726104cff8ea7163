/**
 * The scale machinery keeps the results the simple path gave: the one-pass bootstrap equals outletRate, worker
 * threads analyse exactly as the main thread does, batched inserts store awkward values intact, and an
 * incremental regroup still puts a new report into its event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { outletRate, seededRandom, type RateUnit } from '@/lib/analysis/stats';
import { bootstrapOutlet } from '@/lib/scoring/analyse';
import { ScoringPool } from '@/lib/scoring/pool';
import { splitSentences } from '@/lib/ingest/sentences';
import { createClient, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { insertColumns } from '@/lib/db/bulk';
import { ingestArticles } from '@/lib/db/store';
import { scoreArticles } from '@/lib/db/scoring';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';

describe('one-pass outlet bootstrap', () => {
  it('gives outletRate’s interval for every metric', () => {
    const random = seededRandom(7);
    const n = 37;
    const M = 5;
    const words = Float64Array.from({ length: n }, () => 50 + Math.floor(random() * 900));
    const counts = Float64Array.from({ length: n * M }, () => Math.floor(random() * 12) - (random() < 0.2 ? 6 : 0));
    const fast = bootstrapOutlet({ metrics: M, words: words.slice(), counts: counts.slice() }, { resamples: 500 });
    for (let m = 0; m < M; m++) {
      const units: RateUnit[] = Array.from(words, (w, k) => ({ count: counts[k * M + m], words: w }));
      const slow = outletRate(units, [], { resamples: 500 });
      expect(fast[m]).toEqual({ value: slow.value, low: slow.low, high: slow.high });
    }
  });
});

describe('scoring worker pool', () => {
  it('analyses in worker threads exactly as on the main thread', async () => {
    const body = readFileSync(path.join(DEMO_DIR, '001_f4fae667b6a03989.txt'), 'utf8');
    const articles = [{ id: 1, body, sentences: splitSentences(body) }];
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
    await db.$transaction(async (tx) => {
      await insertColumns(
        tx,
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
    const rows = await db.$queryRawUnsafe<{ i: number; s: string; j: unknown; a: string[]; d: Date | null }[]>(`SELECT * FROM bulk_probe ORDER BY i`);
    expect(rows.map((r) => r.s)).toEqual(texts);
    expect(rows.map((r) => r.j)).toEqual(texts.map((t) => ({ t, n: [1, null] })));
    expect(rows.map((r) => r.a)).toEqual(texts.map((t) => [t, 'x']));
    expect(rows[2].d?.toISOString()).toBe('2021-03-09T11:05:02.000Z');
    expect(rows[1].d).toBeNull();
  });

  it('scores with one worker the same figures as on the main thread', async () => {
    const { readCorpus } = await import('@/lib/ingest/corpus');
    await ingestArticles(db, (await readCorpus([DEMO_DIR])).articles);
    await scoreArticles(db, { workers: 0 });
    const figures = async () =>
      (await db.articleScore.findMany({ select: { articleId: true, metric: true, count: true, value: true }, orderBy: [{ articleId: 'asc' }, { metric: 'asc' }] })).map(
        (r) => [r.articleId, r.metric, r.count, r.value],
      );
    const outlets = async () => (await db.outletScore.findMany({ select: { outletId: true, metric: true, value: true, low: true, high: true }, orderBy: [{ outletId: 'asc' }, { metric: 'asc' }] }));
    const before = { scores: await figures(), outlets: await outlets(), markers: await db.marker.count() };
    await db.scoringRun.deleteMany({});
    await scoreArticles(db, { workers: 1, batchSize: 2 });
    expect({ scores: await figures(), outlets: await outlets(), markers: await db.marker.count() }).toEqual(before);
  });
});
