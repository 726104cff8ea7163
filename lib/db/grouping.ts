/**
 * Keeps events and stories in step with the stored articles: runs the pure grouping (lib/events) over the
 * articles with the current grouping as its starting point, so existing events and pins stay where they are,
 * and writes the result inside the caller's transaction.
 */
import { groupArticles, type GroupedEvent, type GroupedStory, type Grouping } from '@/lib/events/group';
import type { Tx } from './store';

export interface RegroupResult {
  events: number;
  stories: number;
  /** Articles whose event changed (new articles joining an event included). */
  moved: number;
}

export async function regroup(tx: Tx): Promise<RegroupResult> {
  const articles = await tx.article.findMany({
    select: { id: true, title: true, body: true, publishedAt: true, pinnedEvent: true, pinnedStory: true, eventId: true, outlet: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  const events = await tx.event.findMany({ select: { id: true, key: true, title: true, startDate: true, pinned: true, story: { select: { key: true } } } });
  const stories = await tx.story.findMany({ select: { id: true, key: true, title: true } });

  const existing: Grouping = {
    events: events.map((e) => ({
      key: e.key,
      title: e.title,
      startDate: e.startDate ?? undefined,
      pinned: e.pinned,
      storyKey: e.story?.key ?? '',
      articleIds: articles.filter((a) => a.eventId === e.id).map((a) => String(a.id)),
    })),
    stories: stories.map((s) => ({ key: s.key, title: s.title, eventKeys: events.filter((e) => e.story?.key === s.key).map((e) => e.key) })),
  };
  const grouping = groupArticles(
    articles.map((a) => ({
      id: String(a.id),
      title: a.title,
      body: a.body,
      publishedAt: a.publishedAt ?? undefined,
      outlet: a.outlet.name,
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
    ? await tx.$executeRaw`
        UPDATE "Article" AS a SET "eventId" = v.event
        FROM (SELECT unnest(${ids}::int[]) AS id, unnest(${eventOf}::int[]) AS event) AS v
        WHERE a.id = v.id AND a."eventId" IS DISTINCT FROM v.event`
    : 0;
  // Events and stories left without articles are gone from the grouping.
  await tx.event.deleteMany({ where: { key: { notIn: grouping.events.map((e) => e.key) } } });
  await tx.story.deleteMany({ where: { key: { notIn: grouping.stories.map((s) => s.key) } } });
  return { events: grouping.events.length, stories: grouping.stories.length, moved };
}

async function upsertStories(tx: Tx, stories: GroupedStory[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const s of stories) {
    const row = await tx.story.upsert({ where: { key: s.key }, create: { key: s.key, title: s.title }, update: { title: s.title }, select: { id: true } });
    ids.set(s.key, row.id);
  }
  return ids;
}

async function upsertEvents(tx: Tx, events: GroupedEvent[], storyIds: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const e of events) {
    const data = { title: e.title, startDate: e.startDate ?? null, pinned: e.pinned, storyId: storyIds.get(e.storyKey) ?? null };
    const row = await tx.event.upsert({ where: { key: e.key }, create: { key: e.key, ...data }, update: data, select: { id: true } });
    ids.set(e.key, row.id);
  }
  return ids;
}
