import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { pinArticles } from '@/lib/db/operations/pin';
import { regroupAll } from '@/lib/db/operations/regroup-all';
import { readCorpus } from '@/lib/ingest/corpus';
import type { ArticleInput } from '@/lib/ingest/types';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';

const serverAvailable = await requireServer();

/** The demo without its manifest's event and story names: the grouping must find them from the text. */
async function unpinnedDemo(): Promise<ArticleInput[]> {
  return (await readCorpus([DEMO_DIR])).articles.map(({ event: _e, story: _s, ...a }) => a);
}

async function grouping(db: Db) {
  const events = await db.event.findMany({ include: { articles: { select: { sourceFile: true } }, story: true }, orderBy: { key: 'asc' } });
  return events.map((e) => ({ key: e.key, title: e.title, story: e.story?.title, files: e.articles.map((a) => a.sourceFile).sort() }));
}

describe.runIf(serverAvailable)('event and story grouping in the store', () => {
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

  it('finds one story of five events in the demo without any pin', async () => {
    const result = await ingestArticles(database, await unpinnedDemo());
    expect(result.grouping).toMatchObject({ events: 5, stories: 1 });
    const events = await grouping(db);
    expect(events.map((e) => e.files.length)).toEqual([1, 1, 1, 1, 1]);
    expect(new Set(events.map((e) => e.story)).size).toBe(1);
  });

  it('adds a new report of a known event to that event, and leaves the others where they were', async () => {
    const before = await grouping(db);
    const rt = (await unpinnedDemo()).find((a) => a.outlet === 'RT')!;
    const followUp: ArticleInput = {
      outlet: 'Global Times',
      title: 'Wang Yi: China and Russia must jointly fight the political virus of color revolutions',
      publishedAt: rt.publishedAt,
      sourceFile: 'global-times.txt',
      body: [
        'Chinese Foreign Minister Wang Yi said at the National People’s Congress press conference on Sunday that China and Russia are the pillars of peace and stability in the world.',
        'Wang Yi said China and Russia will build a model of strategic mutual trust, join forces against color revolutions and fight the political virus together, while staying open to cooperation with the US.',
        'The more unstable and turbulent the world is, the more decisive cooperation between China and Russia becomes, Wang said.',
      ].join('\n\n'),
    };
    const result = await ingestArticles(database, [followUp]);
    expect(result.grouping?.events).toBe(5);
    const after = await grouping(db);
    const rtEvent = after.find((e) => e.files.includes(rt.sourceFile))!;
    expect(rtEvent.files).toEqual(['001_f4fae667b6a03989.txt', 'global-times.txt']);
    // Every other event kept its key and its articles.
    for (const e of before.filter((b) => !b.files.includes(rt.sourceFile))) expect(after).toContainEqual(e);
  });

  it('keeps pins: an article pinned to a named event moves there and stays on regrouping', async () => {
    const week = await db.article.findFirstOrThrow({ where: { outlet: { name: 'The Week' } } });
    await pinArticles(database, [week.id], { event: 'Xi–Putin talks', story: 'Russia–China summits' });
    const pinned = await db.article.findUniqueOrThrow({ where: { id: week.id }, include: { event: { include: { story: true } } } });
    expect(pinned.event?.title).toBe('Xi–Putin talks');
    expect(pinned.event?.pinned).toBe(true);
    expect(pinned.event?.story?.title).toBe('Russia–China summits');

    // Another ingest regroups; the pin holds.
    await ingestArticles(database, [
      { outlet: 'TASS', title: 'Lavrov on the sanctions', sourceFile: 'tass.txt', body: 'Sergey Lavrov said the sanctions brought Russia and China closer together.' },
    ]);
    const again = await db.article.findUniqueOrThrow({ where: { id: week.id }, include: { event: true } });
    expect(again.event?.title).toBe('Xi–Putin talks');
  });

  it('rejects a pin of an unknown article and changes nothing', async () => {
    const before = await grouping(db);
    await expect(pinArticles(database, [999_999], { event: 'Nowhere' })).rejects.toThrow(/no article with id 999999/);
    expect(await grouping(db)).toEqual(before);
  });

  it('regroups a corpus grouped by an older method from scratch: merged happenings split again, a catch-all story dissolved, pins held', async () => {
    const fresh = await grouping(db);
    // What an older grouping left behind: the TASS article folded into the RT article's event, every event in one
    // catch-all story titled by a place. Ingests never undo that (existing events never reshuffle).
    const tass = await db.article.findFirstOrThrow({ where: { outlet: { name: 'TASS' } } });
    const rt = await db.article.findFirstOrThrow({ where: { sourceFile: '001_f4fae667b6a03989.txt' } });
    expect(tass.eventId).not.toBe(rt.eventId);
    await db.article.update({ where: { id: tass.id }, data: { eventId: rt.eventId } });
    const catchAll = await db.story.create({ data: { key: 's-old-catch-all', title: 'U.S.' } });
    await db.event.updateMany({ where: { pinned: false }, data: { storyId: catchAll.id } });
    await db.event.deleteMany({ where: { articles: { none: {} } } });
    expect(await grouping(db)).not.toEqual(fresh);

    const result = await regroupAll(database);
    expect(result.moved).toBeGreaterThan(0);
    // The same events as before the damage (the happenings apart again), and no catch-all story; stories are
    // rebuilt from scratch, so related events may now join the pinned story, which an ingest alone never does.
    const after = await grouping(db);
    expect(after.map((e) => e.files).sort()).toEqual(fresh.map((e) => e.files).sort());
    expect(after.find((e) => e.files.includes(tass.sourceFile))!.files).toEqual([tass.sourceFile]);
    expect(await db.story.count({ where: { title: 'U.S.' } })).toBe(0);
    expect(new Set(after.map((e) => e.story)).size).toBeLessThanOrEqual(new Set(fresh.map((e) => e.story)).size);
    const week = await db.article.findFirstOrThrow({ where: { outlet: { name: 'The Week' } }, include: { event: true } });
    expect(week.event?.title).toBe('Xi–Putin talks');
  });
});
