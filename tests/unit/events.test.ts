import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupArticles, type Grouping, type GroupingInput } from '@/lib/events/group';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Two happenings, three outlets each, plus words both share (a realistic background of one beat).
const FLOOD = [
  'Flash floods swept through Valencia after torrential rain, killing at least 60 people. Rescue teams searched for missing residents in Paiporta as the Turia basin overflowed. Regional leader Carlos Mazon defended the timing of the flood alerts.',
  'Emergency services in Valencia said the death toll from the floods rose to 62. Carlos Mazon faced criticism that phone alerts came too late, as mud and wrecked cars blocked streets in Paiporta.',
  'Spain declared three days of mourning after catastrophic floods in Valencia. In Paiporta residents cleared mud; critics said Carlos Mazon issued the flood alert hours after the rain began.',
];
const CHIPS = [
  'Chipmaker Nvidia reported record quarterly revenue of 35 billion dollars, driven by demand for its Blackwell data centre processors. Chief executive Jensen Huang said supply would remain tight.',
  'Nvidia shares slipped despite record revenue as investors weighed Blackwell supply constraints. Jensen Huang told analysts that data centre demand was still outpacing production.',
  'Record data centre sales lifted Nvidia revenue to 35 billion dollars. Jensen Huang said Blackwell processors were sold out for the coming year.',
];
function corpus(): GroupingInput[] {
  return [
    ...FLOOD.map((body, k) => ({ id: `flood-${k}`, title: `Valencia floods report ${k}`, body, outlet: `o${k}`, publishedAt: day(`2024-10-3${k}`) })),
    ...CHIPS.map((body, k) => ({ id: `chips-${k}`, title: `Nvidia results ${k}`, body, outlet: `o${k}`, publishedAt: day(`2024-11-2${k}`) })),
  ];
}
function eventOf(g: Grouping, id: string) {
  return g.events.find((e) => e.articleIds.includes(id))!;
}

describe('groupArticles on the demo corpus', () => {
  it('makes one story of five events from the five demo articles with their dates', () => {
    const dir = path.resolve(import.meta.dirname, '../../data/demo');
    const dates = ['2021-03-23', '2021-03-09', '2021-11-27', '2022-12-30', '2022-02-05'];
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(5);
    // Titles as ingest takes them: the manifest's when it names one, else the text's first line.
    const manifestPath = path.join(dir, 'manifest.json');
    const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
    const articles = files.map((file, k): GroupingInput => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const lines = text.split('\n').filter((l) => l.trim());
      return {
        id: file,
        title: manifest.files?.[file]?.title ?? lines[0].trim(),
        body: text,
        outlet: `outlet-${k}`,
        publishedAt: day(dates[k]),
      };
    });
    const g = groupArticles(articles);
    expect(g.events).toHaveLength(5);
    expect(g.events.every((e) => e.articleIds.length === 1)).toBe(true);
    expect(g.stories).toHaveLength(1);
    expect(g.stories[0].eventKeys).toHaveLength(5);
    expect(g.events.every((e) => e.storyKey === g.stories[0].key)).toBe(true);
    // Events come in date order; the story is titled by the actors all events share.
    expect(g.events.map((e) => e.articleIds[0].slice(0, 3))).toEqual(['001', '000', '002', '004', '003']);
    expect(g.stories[0].title).toMatch(/Russia/);
    expect(g.stories[0].title).toMatch(/China/);
  });
});

describe('groupArticles', () => {
  it('groups articles about the same happening and separates different ones', () => {
    const g = groupArticles(corpus());
    expect(g.events).toHaveLength(2);
    expect(eventOf(g, 'flood-0').articleIds).toEqual(['flood-0', 'flood-1', 'flood-2']);
    expect(eventOf(g, 'chips-0').articleIds).toEqual(['chips-0', 'chips-1', 'chips-2']);
    expect(g.events[0].startDate?.toISOString()).toBe('2024-10-30T00:00:00.000Z');
    expect(g.stories).toHaveLength(2); // no shared actors: two stories
  });

  it('titles an event after its most central article', () => {
    // The article made of both others' text resembles each of them more than they resemble each other.
    const articles = [
      { id: 'a', title: 'Side one', body: FLOOD[1], outlet: 'x', publishedAt: day('2024-10-30') },
      { id: 'b', title: 'Central', body: `${FLOOD[1]} ${FLOOD[2]}`, outlet: 'y', publishedAt: day('2024-10-30') },
      { id: 'c', title: 'Side two', body: FLOOD[2], outlet: 'z', publishedAt: day('2024-10-30') },
    ];
    const g = groupArticles(articles);
    expect(g.events).toHaveLength(1);
    expect(g.events[0].title).toBe('Central');
    expect(g.stories[0].title).toBe('Central'); // a one-event story takes its event's title
  });

  it('is deterministic whatever the input order', () => {
    const a = groupArticles(corpus());
    const b = groupArticles([...corpus()].reverse());
    const c = groupArticles([3, 0, 5, 1, 4, 2].map((k) => corpus()[k]));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('keeps the same text apart when the dates are far apart', () => {
    const articles = FLOOD.map((body, k) => ({ id: `f${k}`, title: 'Valencia floods', body, outlet: 'x', publishedAt: day(k === 2 ? '2025-03-01' : '2024-10-30') }));
    const g = groupArticles(articles);
    expect(g.events).toHaveLength(2);
    // But they are one story: same actors, within the story window.
    expect(g.stories).toHaveLength(1);
  });

  it('uses a date written in the text when there is no publication date', () => {
    const articles = FLOOD.map((body, k) => ({ id: `f${k}`, title: 'Floods', body: `${k === 2 ? '1 March 2025' : 'October 30, 2024'}\n${body}`, outlet: 'x' }));
    const g = groupArticles(articles);
    expect(g.events).toHaveLength(2);
    expect(eventOf(g, 'f2').startDate?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
  });

  it('rejects duplicate ids', () => {
    const [a] = corpus();
    expect(() => groupArticles([a, { ...a }])).toThrow(/duplicate/);
  });
});

describe('incremental grouping', () => {
  it('adds new articles to existing events or new ones without moving existing articles', () => {
    const all = corpus();
    const first = groupArticles(all.filter((a) => a.id !== 'flood-2' && a.id !== 'chips-2'));
    const floodKey = eventOf(first, 'flood-0').key;
    const again = groupArticles(all, first);
    expect(eventOf(again, 'flood-2').key).toBe(floodKey);
    expect(eventOf(again, 'chips-2').key).toBe(eventOf(first, 'chips-0').key);
    expect(again.events.map((e) => e.key).sort()).toEqual(first.events.map((e) => e.key).sort());
    // Story keys are kept too.
    expect(eventOf(again, 'flood-2').storyKey).toBe(eventOf(first, 'flood-0').storyKey);
  });

  it('never merges or splits existing events, even when their texts say otherwise', () => {
    const all = corpus();
    // A wrong earlier grouping: flood-0 alone, flood-1 with the chips articles.
    const existing: Grouping = {
      events: [
        { key: 'ev-a', title: 'A', articleIds: ['flood-0'], storyKey: 'st-1', pinned: false },
        { key: 'ev-b', title: 'B', articleIds: ['flood-1', 'chips-0', 'chips-1', 'chips-2', 'gone-1'], storyKey: 'st-1', pinned: false },
      ],
      stories: [{ key: 'st-1', title: 'Story', eventKeys: ['ev-a', 'ev-b'] }],
    };
    const g = groupArticles(all, existing);
    expect(eventOf(g, 'flood-0').key).toBe('ev-a');
    expect(eventOf(g, 'flood-1').key).toBe('ev-b');
    // An article absent from the input stays where it was.
    expect(eventOf(g, 'gone-1').key).toBe('ev-b');
    // The new article joins one of the existing events (it resembles both), titles are kept.
    expect(['ev-a', 'ev-b']).toContain(eventOf(g, 'flood-2').key);
    expect(g.events.find((e) => e.key === 'ev-a')!.title).toBe('A');
    expect(g.stories.map((s) => s.key)).toEqual(['st-1']);
  });

  it('passes through existing events whose articles were not given', () => {
    const existing: Grouping = {
      events: [{ key: 'old', title: 'Old', articleIds: ['x1', 'x2'], startDate: day('2020-01-01'), storyKey: 'old-story', pinned: true }],
      stories: [{ key: 'old-story', title: 'Old story', eventKeys: ['old'] }],
    };
    const g = groupArticles(corpus(), existing);
    expect(g.events[0]).toEqual(existing.events[0]);
    expect(g.stories[0]).toEqual(existing.stories[0]);
    expect(g.events).toHaveLength(3);
  });
});

describe('manual control', () => {
  it('lets other articles join a pinned event by similarity', () => {
    const articles = corpus().map((a) => (a.id === 'flood-0' ? { ...a, pinnedEvent: 'My flood event' } : a));
    const g = groupArticles(articles);
    const pinned = eventOf(g, 'flood-0');
    expect(pinned.key).toBe('e-pin-my-flood-event');
    expect(pinned.title).toBe('My flood event');
    expect(pinned.pinned).toBe(true);
    expect(pinned.articleIds).toEqual(['flood-0', 'flood-1', 'flood-2']);
    expect(eventOf(g, 'chips-0').pinned).toBe(false);
  });

  it('keeps a pinned article in its event even when its text belongs elsewhere', () => {
    const articles = corpus().map((a) => (a.id === 'chips-0' || a.id === 'flood-0' ? { ...a, pinnedEvent: 'Mixed' } : a));
    const g = groupArticles(articles);
    expect(eventOf(g, 'chips-0').key).toBe('e-pin-mixed');
    expect(eventOf(g, 'flood-0').key).toBe('e-pin-mixed');
    expect(groupArticles(articles, g)).toEqual(g);
  });

  it('never merges two different pinned events, and regrouping keeps the pins', () => {
    const articles = corpus().map((a) => (a.id === 'flood-0' ? { ...a, pinnedEvent: 'one' } : a.id === 'flood-1' ? { ...a, pinnedEvent: 'two' } : a));
    const g = groupArticles(articles);
    expect(eventOf(g, 'flood-0').key).toBe('e-pin-one');
    expect(eventOf(g, 'flood-1').key).toBe('e-pin-two');
    const again = groupArticles(articles, g);
    expect(again).toEqual(g);
  });

  it('a pin moves an article out of its existing event', () => {
    const first = groupArticles(corpus());
    const moved = corpus().map((a) => (a.id === 'flood-2' ? { ...a, pinnedEvent: eventOf(first, 'chips-0').key } : a));
    const g = groupArticles(moved, first);
    expect(eventOf(g, 'flood-2').key).toBe(eventOf(first, 'chips-0').key);
    expect(eventOf(g, 'flood-0').articleIds).toEqual(['flood-0', 'flood-1']);
  });

  it('puts an event with a story pin into that story', () => {
    const articles = corpus().map((a) => (a.id === 'chips-1' ? { ...a, pinnedStory: 'Tech earnings' } : a));
    const g = groupArticles(articles);
    const ev = eventOf(g, 'chips-0');
    expect(ev.storyKey).toBe('s-pin-tech-earnings');
    expect(g.stories.find((s) => s.key === ev.storyKey)!.title).toBe('Tech earnings');
    // The flood event is not in it.
    expect(eventOf(g, 'flood-0').storyKey).not.toBe(ev.storyKey);
  });
});
