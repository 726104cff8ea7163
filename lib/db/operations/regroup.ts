/**
 * Keeps events and stories in step with the stored articles: runs the pure grouping (lib/events) over the
 * articles with the current grouping as its starting point, so existing events and pins stay where they are,
 * and writes the result inside the caller's write transaction (an ingest's, a pin's).
 *
 * Incremental by default when told which articles are new (or re-pinned): following lib/events/group.ts's
 * incremental contract, only those articles are grouped together with the stored articles they can meet —
 * every article within the event date window of a new one, undated articles (they are compared with
 * everything), and one article per event within the story window, so new events can still join an older story.
 * Every other article keeps its event untouched, so an ingest of ten articles into a 100k corpus reads a few
 * days of bodies, not the corpus.
 */
import { DEFAULT_OPTIONS, groupArticles, type GroupedEvent, type GroupedStory, type Grouping } from '@/lib/events/group';
import { insertColumns } from '../write/bulk';
import type { Executor } from '../write/transaction';

export interface RegroupResult {
  events: number;
  stories: number;
  /** Articles whose event changed (new articles joining an event included). */
  moved: number;
}

export interface RegroupOptions {
  /**
   * The articles to (re)consider: new or re-pinned ones. Omitted, or when they are most of the corpus or one is
   * undated: every article is grouped again (existing assignments still stay, as the contract says).
   */
  articleIds?: number[];
  /**
   * Group every article from scratch: events and stories not pinned are rebuilt, as a new corpus would group them
   * (pins still hold). For a corpus grouped by an older grouping method (`parallax regroup`); it breaks the
   * incremental contract on purpose, so events and stories may merge, split or disappear.
   */
  fresh?: boolean;
}

const DAY_MS = 86_400_000;

interface Row {
  id: number;
  title: string;
  body: string;
  publishedAt: Date | null;
  pinnedEvent: string | null;
  pinnedStory: string | null;
  outlet: string;
}

export async function regroup(tx: Executor, options: RegroupOptions = {}): Promise<RegroupResult> {
  // Two plain reads (no join), so events come in the table's order as they always did.
  const stories = await tx.rows<{ id: number; key: string; title: string }>(`SELECT id, key, title FROM "Story"`);
  const storyKey = new Map(stories.map((s) => [s.id, s.key]));
  const events = (
    await tx.rows<{ id: number; key: string; title: string; startDate: Date | null; pinned: boolean; storyId: number | null }>(
      `SELECT id, key, title, "startDate", pinned, "storyId" FROM "Event"`,
    )
  ).map((e) => ({ ...e, storyKey: e.storyId === null ? null : (storyKey.get(e.storyId) ?? null) }));
  // Members of every event from a narrow read (ids only): the bodies are read only for the articles grouped.
  const membership = await tx.rows<{ id: number; eventId: number | null }>(`SELECT id, "eventId" FROM "Article" ORDER BY id`);
  const members = new Map<number, string[]>();
  for (const a of membership) {
    if (a.eventId === null) continue;
    const list = members.get(a.eventId);
    if (list) list.push(String(a.id));
    else members.set(a.eventId, [String(a.id)]);
  }
  const eventsOfStory = new Map<string, string[]>();
  for (const e of events) {
    if (!e.storyKey) continue;
    const list = eventsOfStory.get(e.storyKey);
    if (list) list.push(e.key);
    else eventsOfStory.set(e.storyKey, [e.key]);
  }
  const existing: Grouping = options.fresh ? { events: [], stories: [] } : {
    events: events.map((e) => ({
      key: e.key,
      title: e.title,
      startDate: e.startDate ?? undefined,
      pinned: e.pinned,
      storyKey: e.storyKey ?? '',
      articleIds: members.get(e.id) ?? [],
    })),
    stories: stories.map((s) => ({ key: s.key, title: s.title, eventKeys: eventsOfStory.get(s.key) ?? [] })),
  };

  const articles = await articlesToGroup(tx, options.fresh ? undefined : options.articleIds, membership.length);
  const grouping = groupArticles(
    articles.map((a) => ({
      id: String(a.id),
      title: a.title,
      body: a.body,
      publishedAt: a.publishedAt ?? undefined,
      outlet: a.outlet,
      pinnedEvent: a.pinnedEvent ?? undefined,
      pinnedStory: a.pinnedStory ?? undefined,
    })),
    existing,
  );

  const storyIds = await upsertStories(tx, grouping.stories);
  const eventIds = await upsertEvents(tx, grouping.events, storyIds);
  const ids: number[] = [];
  const eventOf: number[] = [];
  for (const e of grouping.events) for (const id of e.articleIds) {
    ids.push(Number(id));
    eventOf.push(eventIds.get(e.key)!);
  }
  const moved = ids.length
    ? await tx.execute(
        `UPDATE "Article" AS a SET "eventId" = v.event
         FROM (SELECT unnest($1::int[]) AS id, unnest($2::int[]) AS event) AS v
         WHERE a.id = v.id AND a."eventId" IS DISTINCT FROM v.event`,
        [ids, eventOf],
      )
    : 0;
  // Events and stories left without articles are gone from the grouping (one array bind, whatever their number).
  await tx.execute(`DELETE FROM "Event" WHERE NOT (key = ANY($1::text[]))`, [grouping.events.map((e) => e.key)]);
  await tx.execute(`DELETE FROM "Story" WHERE NOT (key = ANY($1::text[]))`, [grouping.stories.map((s) => s.key)]);
  return { events: grouping.events.length, stories: grouping.stories.length, moved };
}

// What an article reports is in its opening: grouping reads the first GROUPING_CHARS characters (about 10,000 words,
// all of nearly every news article), so a 5 MB text costs no more to group than a long feature.
const GROUPING_CHARS = 60_000;
const ROW_SELECT = `SELECT a.id, a.title, left(a.body, ${GROUPING_CHARS}) AS body, a."publishedAt", a."pinnedEvent", a."pinnedStory", o.name AS outlet
  FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId"`;

/** The articles handed to the pure grouping: all of them, or the given ones with the stored ones they can meet. */
async function articlesToGroup(tx: Executor, targetIds: number[] | undefined, total: number): Promise<Row[]> {
  const all = () => tx.rows<Row>(`${ROW_SELECT} ORDER BY a.id`);
  // Grouping most of the corpus anyway: one plain read is simpler and no slower.
  if (!targetIds || targetIds.length * 2 >= total) return all();
  const dates = await tx.rows<{ publishedAt: Date | null }>(`SELECT "publishedAt" FROM "Article" WHERE id = ANY($1::int[])`, [targetIds]);
  // An undated article is compared with every article, so it needs them all.
  if (dates.some((d) => d.publishedAt === null)) return all();
  const days = [...new Set(dates.map((d) => Math.floor(d.publishedAt!.getTime() / DAY_MS)))].sort((a, b) => a - b);
  // A day of margin on each side: the grouping compares whole UTC days.
  const eventRanges = mergeRanges(days, DEFAULT_OPTIONS.eventWindowDays + 1);
  const storyRanges = mergeRanges(days, DEFAULT_OPTIONS.storyWindowDays + 1);
  return tx.rows<Row>(
    `${ROW_SELECT}
     WHERE a.id = ANY($1::int[])
        OR a."publishedAt" IS NULL
        OR EXISTS (SELECT 1 FROM unnest($2::timestamp[], $3::timestamp[]) r(lo, hi) WHERE a."publishedAt" >= r.lo AND a."publishedAt" < r.hi)
        OR a.id IN (
          SELECT DISTINCT ON (m."eventId") m.id FROM "Article" m JOIN "Event" e ON e.id = m."eventId"
          WHERE EXISTS (SELECT 1 FROM unnest($4::timestamp[], $5::timestamp[]) r(lo, hi) WHERE e."startDate" >= r.lo AND e."startDate" < r.hi)
          ORDER BY m."eventId", m.id)
     ORDER BY a.id`,
    [targetIds, eventRanges.map((r) => r[0]), eventRanges.map((r) => r[1]), storyRanges.map((r) => r[0]), storyRanges.map((r) => r[1])],
  );
}

/** [day - margin, day + margin + 1) around each day, overlapping ranges merged, as ISO timestamps (UTC). */
function mergeRanges(days: number[], margin: number): Array<[string, string]> {
  const out: Array<[number, number]> = [];
  for (const d of days) {
    const lo = d - margin;
    const hi = d + margin + 1;
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 23);
  return out.map(([lo, hi]) => [iso(lo), iso(hi)]);
}

async function upsertStories(tx: Executor, stories: GroupedStory[]): Promise<Map<string, number>> {
  if (stories.length === 0) return new Map();
  await insertColumns(
    tx,
    'Story',
    { key: 'text', title: 'text' },
    { key: stories.map((s) => s.key), title: stories.map((s) => s.title) },
    { suffix: 'ON CONFLICT ("key") DO UPDATE SET "title" = EXCLUDED."title" WHERE "Story"."title" IS DISTINCT FROM EXCLUDED."title"' },
  );
  const rows = await tx.rows<{ id: number; key: string }>(`SELECT id, key FROM "Story" WHERE key = ANY($1::text[])`, [stories.map((s) => s.key)]);
  return new Map(rows.map((r) => [r.key, r.id]));
}

async function upsertEvents(tx: Executor, events: GroupedEvent[], storyIds: Map<string, number>): Promise<Map<string, number>> {
  if (events.length === 0) return new Map();
  await insertColumns(
    tx,
    'Event',
    { key: 'text', title: 'text', startDate: 'timestamp', pinned: 'bool', storyId: 'int' },
    {
      key: events.map((e) => e.key),
      title: events.map((e) => e.title),
      startDate: events.map((e) => e.startDate ?? null),
      pinned: events.map((e) => e.pinned),
      storyId: events.map((e) => storyIds.get(e.storyKey) ?? null),
    },
    {
      // Unchanged events are not rewritten: an incremental regroup passes every event through.
      suffix: `ON CONFLICT ("key") DO UPDATE SET "title" = EXCLUDED."title", "startDate" = EXCLUDED."startDate", "pinned" = EXCLUDED."pinned", "storyId" = EXCLUDED."storyId"
        WHERE ("Event"."title", "Event"."startDate", "Event"."pinned", "Event"."storyId") IS DISTINCT FROM (EXCLUDED."title", EXCLUDED."startDate", EXCLUDED."pinned", EXCLUDED."storyId")`,
    },
  );
  const rows = await tx.rows<{ id: number; key: string }>(`SELECT id, key FROM "Event" WHERE key = ANY($1::text[])`, [events.map((e) => e.key)]);
  return new Map(rows.map((r) => [r.key, r.id]));
}
