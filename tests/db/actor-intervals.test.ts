/**
 * The dashboard's actor tables (lib/db/queries/actors.ts) give every mean sentiment toward an actor the 95% interval of
 * the one method (lib/analysis/stats.ts), pooled over the outlets that mention the actor: an outlet that mentions it
 * once gets a wide interval pulled toward the actor's pooled mean, one that mentions it often a narrow one around its
 * own. The corpus and outlet tables read the summary table's sums (migration 0011 added the sums of squares); an
 * event's table reads the mentions; both give the figures pooledMeans gives on the mentions themselves. Real Postgres,
 * articles written for this test.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pooledMeans } from '@/lib/analysis/stats';
import { createClient, type Db } from '@/lib/db/client';
import type { ArticleInput } from '@/lib/ingest/types';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { seedDatabase } from '../e2e/support';

vi.mock('server-only', () => ({}));

// Every sentence names its article (n), so no outlet's sentences repeat (repeated lines read as boilerplate).
const POSITIVE = (n: string) => `China praised the excellent agreement on ${n} and welcomed the wonderful progress.`;
const NEUTRAL = (n: string) => `China said the talks on ${n} would continue on Tuesday in the capital.`;
const NEGATIVE = (n: string) => `China condemned the terrible attack on ${n} and blamed the awful failure.`;
const FILLER = (n: string) => `The harbour authority published its shipping schedule for ${n}.`;

/** Five outlets that mention China often, in their own mixes of tone, and one that mentions it once, harshly. */
function corpus(): ArticleInput[] {
  const mixes: Record<string, Array<(n: string) => string>> = {
    'Harbor Ledger': [POSITIVE, NEUTRAL],
    'Valley Courier': [NEUTRAL, NEUTRAL],
    'Summit Post': [POSITIVE, POSITIVE],
    'Delta Times': [NEUTRAL, NEGATIVE],
    'Prairie Herald': [POSITIVE, NEUTRAL, NEUTRAL],
  };
  const articles: ArticleInput[] = [];
  for (const [outlet, mix] of Object.entries(mixes)) {
    for (let i = 0; i < 6; i++) {
      articles.push({
        outlet,
        title: `${outlet} shipping note ${i + 1}`,
        body: `${mix[i % mix.length](`pier ${i + 1}`)} ${FILLER(`pier ${i + 1}`)}\n\n${mix[(i + 1) % mix.length](`dock ${i + 1}`)} Ferries ran on time on route ${i + 1}.`,
        sourceFile: `${outlet}-${i}.txt`,
      });
    }
  }
  articles.push({ outlet: 'Lone Gazette', title: 'A single harsh line', body: `${NEGATIVE('the lone pier')} ${FILLER('the lone pier')}`, sourceFile: 'lone.txt' });
  return articles;
}

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('actor sentiment intervals in the actor tables', () => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createServerDatabase();
    await seedDatabase(database.url, corpus());
    db = createClient(database.url, 2);
    process.env.PARALLAX_READ_DATABASE_URL = database.url;
    process.env.PARALLAX_DB_POOL_MAX = '2';
  }, 180_000);
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('one mention: wide, pulled toward the pooled mean; many mentions: narrow', async () => {
    const { getActorTable } = await import('@/lib/db/queries/actors');
    const outlets = new Map((await db.outlet.findMany()).map((o) => [o.name, o.id]));
    const china = await db.actor.findFirstOrThrow({ where: { key: 'china' } });
    const table = await getActorTable({ kind: 'all' }, 12);
    const rows = table.rows.filter((r) => r.actorId === china.id);
    expect(rows).toHaveLength(6);

    const lone = rows.find((r) => r.outletId === outlets.get('Lone Gazette'))!;
    const many = rows.reduce((a, b) => (b.mentions > a.mentions ? b : a));
    expect(many.mentions).toBeGreaterThanOrEqual(10);
    expect(lone.mentions).toBe(1);
    expect(lone.sentiment).toBeLessThan(0);
    const width = (r: { low: number | null; high: number | null }) => r.high! - r.low!;
    expect(width(lone)).toBeGreaterThan(2 * width(many));

    // Pulled: the interval's centre (the posterior mean) lies between the one mention and the actor's pooled mean.
    const pooled = rows.reduce((t, r) => t + r.sentiment * r.mentions, 0) / rows.reduce((t, r) => t + r.mentions, 0);
    const centre = (lone.low! + lone.high!) / 2;
    expect(centre).toBeGreaterThan(lone.sentiment);
    expect(centre).toBeLessThan(pooled);
    expect(lone.high).toBeGreaterThan(lone.sentiment);
    // Many mentions: essentially the outlet's own mean.
    expect(many.low).toBeLessThan(many.sentiment);
    expect(many.high).toBeGreaterThan(many.sentiment);

    // The same figures as the one method on the mention scores themselves, as lib/actors/aggregate.ts computes them.
    const mentions = await db.actorMention.findMany({ select: { actorId: true, sentiment: true, article: { select: { outletId: true } } } });
    const scores = (actorId: number, outletId: number) => mentions.filter((m) => m.actorId === actorId && m.article.outletId === outletId).map((m) => m.sentiment);
    const all = table.rows.map((r) => scores(r.actorId, r.outletId));
    const direct = pooledMeans(rows.map((r) => scores(china.id, r.outletId)), all);
    rows.forEach((r, i) => {
      expect(r.low).toBeCloseTo(direct[i].low, 9);
      expect(r.high).toBeCloseTo(direct[i].high, 9);
    });

    // One outlet's profile pools over every outlet, so it shows the corpus table's interval, not one of its own.
    const profile = await getActorTable({ kind: 'outlet', id: outlets.get('Lone Gazette')! }, 12);
    const own = profile.rows.find((r) => r.actorId === china.id)!;
    expect([own.low, own.high]).toEqual([lone.low, lone.high]);

    // An event's table reads the mentions of its articles. Where no outlet mentions any actor twice, nothing shows how
    // much single mentions vary: no interval rather than a zero-width one.
    const eventOf = async (outlet: string) => (await db.article.findFirstOrThrow({ where: { outletId: outlets.get(outlet) } })).eventId!;
    const lonely = await getActorTable({ kind: 'event', id: await eventOf('Lone Gazette') }, 12);
    const lonelyRows = lonely.rows.filter((r) => r.actorId === china.id);
    expect(lonely.rows.length).toBeGreaterThan(0);
    expect(lonely.rows.every((r) => r.mentions === 1)).toBe(true);
    expect(lonelyRows.map((r) => [r.low, r.high])).toEqual([[null, null]]);
    const busy = await getActorTable({ kind: 'event', id: await eventOf('Summit Post') }, 12);
    const busyRows = busy.rows.filter((r) => r.actorId === china.id);
    expect(busyRows.some((r) => r.mentions >= 2)).toBe(true);
    for (const r of busyRows) expect(r.high! - r.low!).toBeGreaterThan(0);
  });
});
