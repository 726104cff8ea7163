/**
 * Parts and wholes in the actor tables (lib/db/queries/actors.ts, lib/actors/hierarchy.ts): each row says what its
 * actor is part of (Senate: United States › United States Congress) and which of its parts the scope mentions; with
 * `rollup` the parts fold into their whole, summed (mentions, sentiment, names), while places keep their own row.
 * The corpus and outlet tables read the runs' summaries, an event's table its mentions: both are checked. Real
 * Postgres, articles written for this test.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import type { ArticleInput } from '@/lib/ingest/types';
import type { ActorTable } from '@/lib/db/queries/actors';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { seedDatabase } from '../e2e/support';

vi.mock('server-only', () => ({}));

const ARTICLES: ArticleInput[] = [
  {
    outlet: 'Harbor Ledger',
    title: 'Harbour budget talks resume',
    body: 'The White House welcomed the budget talks on Monday. The Senate delayed a vote on the harbour bill until the autumn.\n\nCongress has until Friday to pass the measure, and the United States will pay its share. Texas sued over the new port rules.',
    sourceFile: 'ledger.txt',
  },
  {
    outlet: 'Valley Courier',
    title: 'Senate passes harbour budget',
    body: 'The Senate passed the harbour bill late on Tuesday. The White House said the president would sign it.\n\nThe United States has funded ports since the war. Texas praised the deal, and leaders of the Texas House and Senate promised their own.',
    sourceFile: 'courier.txt',
  },
];

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('parts and wholes in the actor tables', () => {
  let database: TestDatabase;
  let db: Db;
  let ids: Map<string, number>;

  beforeAll(async () => {
    database = await createServerDatabase();
    await seedDatabase(database.url, ARTICLES);
    db = createClient(database.url, 2);
    process.env.PARALLAX_READ_DATABASE_URL = database.url;
    process.env.PARALLAX_DB_POOL_MAX = '2';
    ids = new Map((await db.actor.findMany({ select: { id: true, key: true } })).map((a) => [a.key, a.id]));
  }, 180_000);
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const mentions = (t: ActorTable, key: string) => t.rows.filter((r) => r.actorId === ids.get(key)).reduce((n, r) => n + r.mentions, 0);
  const relation = (t: ActorTable, key: string) => t.relations.find((r) => r.actorId === ids.get(key));

  it('each actor on its own row says what it is part of and which parts the scope mentions', async () => {
    const { getActorTable } = await import('@/lib/db/queries/actors');
    const event = (await db.article.findFirstOrThrow({ where: { sourceFile: { contains: 'ledger' } } })).eventId!;
    for (const scope of [{ kind: 'all' as const }, { kind: 'event' as const, id: event }]) {
      const table = await getActorTable(scope, 12);
      expect(table.rolledUp).toBe(false);
      expect(mentions(table, 'white-house'), scope.kind).toBeGreaterThan(0);
      expect(relation(table, 'white-house')!.partOf.map((p) => p.name)).toEqual(['United States']);
      // Nearest first: the Senate is part of Congress, Congress of the United States.
      expect(relation(table, 'united-states-senate')!.partOf.map((p) => p.name)).toEqual(['United States Congress', 'United States']);
      expect(relation(table, 'texas')!.partOf.map((p) => p.name)).toEqual(['United States']);
      // A state's chamber, an actor the gazetteer lacks, is stored with its state (lib/actors/mentions.ts).
      expect(relation(table, 'texas-senate')!.partOf.map((p) => p.name)).toEqual(['Texas', 'United States']);
      // The country's parts one level down that the scope mentions; the Senate is Congress's part, not the country's.
      const usParts = relation(table, 'united-states')!.parts;
      expect(usParts.map((p) => p.name)).toEqual(expect.arrayContaining(['White House', 'United States Congress', 'Texas']));
      expect(usParts.map((p) => p.name)).not.toContain('United States Senate');
      expect(usParts.find((p) => p.name === 'White House')!.mentions).toBe(mentions(table, 'white-house'));
      expect(relation(table, 'united-states-congress')!.parts.map((p) => p.name)).toEqual(['United States Senate']);
    }
  });

  it('rolled up, the institutions fold into their country with their mentions, names and sentiment; places stay', async () => {
    const { getActorTable } = await import('@/lib/db/queries/actors');
    const event = (await db.article.findFirstOrThrow({ where: { sourceFile: { contains: 'ledger' } } })).eventId!;
    const outlet = (await db.outlet.findFirstOrThrow({ where: { name: 'Harbor Ledger' } })).id;
    for (const scope of [{ kind: 'all' as const }, { kind: 'outlet' as const, id: outlet }, { kind: 'event' as const, id: event }]) {
      const each = await getActorTable(scope, 12);
      const whole = await getActorTable(scope, 12, { rollup: true });
      expect(whole.rolledUp).toBe(true);
      const folded = ['united-states', 'white-house', 'united-states-senate', 'united-states-congress'];
      expect(mentions(whole, 'united-states'), scope.kind).toBe(folded.reduce((n, k) => n + mentions(each, k), 0));
      for (const k of ['white-house', 'united-states-senate', 'united-states-congress']) expect(whole.rows.some((r) => r.actorId === ids.get(k))).toBe(false);
      // A place is in the country but speaks for itself: its own row, still saying where it is, holding its own chambers.
      expect(mentions(whole, 'texas')).toBe(['texas', 'texas-house', 'texas-senate'].reduce((n, k) => n + mentions(each, k), 0));
      expect(relation(whole, 'texas')!.partOf.map((p) => p.name)).toEqual(['United States']);
      if (scope.kind !== 'outlet') expect(relation(whole, 'texas')!.parts.map((p) => p.name).sort()).toEqual(['Texas House', 'Texas Senate']);
      // What the whole holds, with each part's own mentions (the Senate too, two levels down).
      const incl = relation(whole, 'united-states')!.parts;
      expect(incl.map((p) => p.name).sort()).toEqual(['United States Congress', 'United States Senate', 'White House']);
      for (const p of incl) expect(p.mentions).toBe(each.rows.filter((r) => r.actorId === p.actorId).reduce((n, r) => n + r.mentions, 0));
      // The names each outlet used for a part are names of the whole now.
      expect(whole.names.filter((n) => n.actorId === ids.get('united-states')).map((n) => n.text)).toEqual(expect.arrayContaining(['White House', 'Senate']));
      // The mean is the mentions' mean: the parts' sums over the parts' mentions, per outlet.
      for (const row of whole.rows.filter((r) => r.actorId === ids.get('united-states'))) {
        const parts = each.rows.filter((r) => r.outletId === row.outletId && folded.some((k) => ids.get(k) === r.actorId));
        const n = parts.reduce((t, r) => t + r.mentions, 0);
        expect(row.mentions).toBe(n);
        expect(row.sentiment).toBeCloseTo(parts.reduce((t, r) => t + r.sentiment * r.mentions, 0) / n, 9);
      }
    }
  });
});
