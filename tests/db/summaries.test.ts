/**
 * The summary tables (lib/db/write/summaries.ts) always equal what they summarise: after an ingest, a scoring run, an
 * incremental ingest and run, a pin, a full rescore that replaces the older runs, and after migration 0004's
 * backfill of a database that had none (with migration 0011's sums of squares). The expected figures are counted here in JavaScript from the base rows, not
 * with the summaries' SQL. On the Postgres server and on the embedded database.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { migrate, MIGRATIONS_DIR } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { pinArticles } from '@/lib/db/operations/pin';
import { scoreArticles } from '@/lib/db/operations/score';
import { readCorpus } from '@/lib/ingest/corpus';
import type { ArticleInput } from '@/lib/ingest/types';
import { embeddedScenario, requireServer, serverScenario, type ScenarioDatabase } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';

const SUMMARY_TABLES = ['CorpusSummary', 'OutletSummary', 'RunSummary', 'ActorOutletSummary', 'ActorNameSummary'];

const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** Every summary figure, counted from the base tables in JavaScript. */
async function expected(db: Db) {
  const articles = await db.article.findMany({ select: { outletId: true, words: true, publishedAt: true, eventId: true } });
  const outlets = await db.outlet.findMany({ select: { id: true } });
  const perOutlet = outlets.map((o) => {
    const mine = articles.filter((a) => a.outletId === o.id);
    const dates = mine.flatMap((a) => (a.publishedAt ? [a.publishedAt.getTime()] : []));
    return {
      outletId: o.id,
      articles: mine.length,
      words: mine.reduce((s, a) => s + a.words, 0),
      undated: mine.filter((a) => !a.publishedAt).length,
      ungrouped: mine.filter((a) => a.eventId === null).length,
      firstDate: dates.length ? new Date(Math.min(...dates)) : null,
      lastDate: dates.length ? new Date(Math.max(...dates)) : null,
    };
  });
  const runs = await db.scoringRun.findMany({ select: { id: true, _count: { select: { markers: true } } } });
  const mentions = await db.actorMention.findMany({
    select: { runId: true, actorId: true, sentiment: true, polarity: true, quoted: true, text: true, form: true, labels: true, article: { select: { outletId: true } } },
  });
  const actors = new Map<string, { runId: number; outletId: number; actorId: number; mentions: number; sentiment: number; sentimentSquares: number; positive: number; negative: number; quoted: number }>();
  const names = new Map<string, { runId: number; outletId: number; actorId: number; source: string; text: string; kind: string; n: number }>();
  const name = (runId: number, outletId: number, actorId: number, source: string, text: string, kind: string) => {
    const k = JSON.stringify([runId, outletId, actorId, source, text, kind]);
    const row = names.get(k) ?? { runId, outletId, actorId, source, text, kind, n: 0 };
    row.n++;
    names.set(k, row);
  };
  for (const m of mentions) {
    const outletId = m.article.outletId;
    const k = `${m.runId}:${outletId}:${m.actorId}`;
    const row = actors.get(k) ?? { runId: m.runId, outletId, actorId: m.actorId, mentions: 0, sentiment: 0, sentimentSquares: 0, positive: 0, negative: 0, quoted: 0 };
    row.mentions++;
    row.sentiment += m.sentiment;
    row.sentimentSquares += m.sentiment * m.sentiment;
    if (m.polarity === 'positive') row.positive++;
    if (m.polarity === 'negative') row.negative++;
    if (m.quoted) row.quoted++;
    actors.set(k, row);
    name(m.runId, outletId, m.actorId, 'form', m.text, m.form);
    for (const l of Array.isArray(m.labels) ? (m.labels as Array<{ text?: string; kind?: string }>) : []) {
      if (typeof l?.text === 'string') name(m.runId, outletId, m.actorId, 'label', l.text, l.kind ?? 'label');
    }
  }
  return {
    corpus: [{ sentences: await db.sentence.count(), events: await db.event.count(), stories: await db.story.count() }],
    outlets: byKey(perOutlet, (r) => String(r.outletId).padStart(9)),
    runs: byKey(runs.map((r) => ({ runId: r.id, markers: r._count.markers })), (r) => String(r.runId).padStart(9)),
    actors: byKey([...actors.values()], (r) => `${r.runId}:${r.outletId}:${r.actorId}`),
    names: byKey([...names.values()], (r) => JSON.stringify([r.runId, r.outletId, r.actorId, r.source, r.text, r.kind])),
  };
}

/** The summary tables as stored, in the shape of expected(). */
async function stored(db: Db) {
  const actors = await db.actorOutletSummary.findMany();
  const names = await db.actorNameSummary.findMany({ omit: { id: true } });
  return {
    corpus: (await db.corpusSummary.findMany()).map((c) => ({ sentences: Number(c.sentences), events: c.events, stories: c.stories })),
    outlets: byKey(
      (await db.outletSummary.findMany()).map((o) => ({ ...o, words: Number(o.words) })),
      (r) => String(r.outletId).padStart(9),
    ),
    runs: byKey(
      (await db.runSummary.findMany()).map((r) => ({ runId: r.runId, markers: Number(r.markers) })),
      (r) => String(r.runId).padStart(9),
    ),
    actors: byKey(actors, (r) => `${r.runId}:${r.outletId}:${r.actorId}`),
    names: byKey(names, (r) => JSON.stringify([r.runId, r.outletId, r.actorId, r.source, r.text, r.kind])),
  };
}

async function expectCurrent(db: Db) {
  const want = await expected(db);
  const got = await stored(db);
  // Sums of floats: the same terms, maybe added in another order.
  expect(got.actors.map((a) => a.sentiment)).toEqual(want.actors.map((a) => expect.closeTo(a.sentiment, 9)));
  expect(got.actors.map((a) => a.sentimentSquares)).toEqual(want.actors.map((a) => expect.closeTo(a.sentimentSquares, 9)));
  const noSentiment = <T extends { sentiment: number; sentimentSquares: number | null }>(rows: T[]) => rows.map(({ sentiment: _, sentimentSquares: __, ...rest }) => rest);
  expect({ ...got, actors: noSentiment(got.actors) }).toEqual({ ...want, actors: noSentiment(want.actors) });
  return want;
}

function summaryScenario(open: () => Promise<ScenarioDatabase>) {
  let db: Db;
  let target: ScenarioDatabase;
  let cleanup: () => Promise<void>;
  let demo: ArticleInput[];

  beforeAll(async () => {
    target = await open();
    cleanup = target.cleanup;
    await migrate(target.url);
    db = createClient(target.url, target.poolMax);
    demo = (await readCorpus([DEMO_DIR])).articles;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await cleanup?.();
  });

  it('match the data through ingests, runs, a pin and a full rescore', async () => {
    // A fresh database: the migration's backfill wrote the empty corpus.
    expect((await stored(db)).corpus).toEqual([{ sentences: 0, events: 0, stories: 0 }]);

    await ingestArticles(target, demo);
    const ingested = await expectCurrent(db);
    expect(ingested.outlets).toHaveLength(5);
    expect(ingested.corpus[0].sentences).toBeGreaterThan(50);

    await scoreArticles(target, { workers: 0 });
    const scored = await expectCurrent(db);
    expect(scored.runs).toHaveLength(1);
    expect(scored.runs[0].markers).toBeGreaterThan(100);
    expect(scored.actors.length).toBeGreaterThan(10);
    expect(scored.names.some((n) => n.source === 'label')).toBe(true);

    // New versions of two articles (one undated now) and a new outlet, then an incremental run beside the first.
    const more: ArticleInput[] = [
      { ...demo[0], body: `${demo[0].body}\n\nA new closing line about the talks.` },
      { ...demo[1], body: `${demo[1].body}\n\nAnother closing line.`, publishedAt: undefined },
      { ...demo[2], outlet: 'Summary Test Outlet', url: undefined, body: `${demo[2].body}\n\nRewritten by a third outlet.` },
    ];
    await ingestArticles(target, more);
    const grown = await expectCurrent(db);
    expect(grown.outlets).toHaveLength(6);
    expect(grown.outlets.reduce((s, o) => s + o.undated, 0)).toBeGreaterThan(0);
    const incremental = await scoreArticles(target, { workers: 0 });
    expect(incremental.full).toBe(false);
    expect((await expectCurrent(db)).runs).toHaveLength(2);

    // A pin moves an article into an event of its own: events and the ungrouped counts change.
    const first = await db.article.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await pinArticles(target, [first.id], { event: 'A pinned summary test event' });
    const pinned = await expectCurrent(db);
    expect(pinned.corpus[0].events).not.toBe(grown.corpus[0].events);

    // A changed alias list rescores everything and replaces both runs: their summaries go with them.
    const full = await scoreArticles(target, { workers: 0, aliases: [{ actor: 'china', alias: 'the Dragon' }] });
    expect(full.full).toBe(true);
    const rescored = await expectCurrent(db);
    expect(rescored.runs).toEqual([{ runId: full.runId, markers: expect.any(Number) }]);
  });

  it('are rebuilt by migration 0004 for a database that has none', async () => {
    const want = await expected(db);
    for (const table of SUMMARY_TABLES) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
    expect((await stored(db)).runs).toEqual([]);
    // The migration's backfill statements, run again on the emptied tables.
    const migration = readFileSync(path.join(MIGRATIONS_DIR, '0004_summaries/migration.sql'), 'utf8');
    const backfill = migration.slice(migration.indexOf('-- Backfill'));
    const statements = backfill.split(/;\s*\n/).map((s) => s.replace(/^--.*$/gm, '').trim()).filter(Boolean);
    expect(statements.length).toBe(6);
    for (const statement of statements) await db.$executeRawUnsafe(statement);
    // 0004 knew no sums of squares: migration 0011 fills them from the mentions.
    expect((await db.actorOutletSummary.findMany()).every((a) => a.sentimentSquares === null)).toBe(true);
    const squares = readFileSync(path.join(MIGRATIONS_DIR, '0011_actor_sentiment_squares/migration.sql'), 'utf8');
    await db.$executeRawUnsafe(squares.slice(squares.indexOf('-- Backfill')).replace(/^--.*$/gm, '').trim());
    expect(await expectCurrent(db)).toEqual(want);
  });
}

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('summary tables on the Postgres server', () => {
  summaryScenario(serverScenario);
});

describe('summary tables on the embedded database', () => {
  summaryScenario(() => embeddedScenario('parallax-summaries-'));
});
