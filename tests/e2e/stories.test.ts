/**
 * The overview and story pages show the stories grouping made: a thread of events under one named story row, and
 * an event that belongs to no thread on its own, without a story row repeating its title. Articles written for
 * this test (an invented state); needs `npx next build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import type { ArticleInput } from '@/lib/ingest/types';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/app';

const serverAvailable = await requireServer();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const article = (outlet: string, title: string, body: string, date: string): ArticleInput => ({
  outlet,
  title,
  body,
  publishedAt: day(date),
  sourceFile: `${outlet}.json`,
});

// A thread: a dam failure, then the inquiry into it, reported by two outlets each.
const THREAD = [
  article('Valley Post', 'Dam failure floods Marrow valley', 'The Keldon Dam failed on Sunday and flooded the Marrow valley, forcing thousands of residents to flee. Governor Ilse Brandt declared an emergency as engineers inspected the broken spillway of the Keldon Dam.', '2031-03-02'),
  article('State Ledger', 'Keldon Dam breach forces thousands from homes', 'Thousands of residents fled the Marrow valley after the Keldon Dam breached; Governor Ilse Brandt said engineers would inspect the spillway and declared an emergency.', '2031-03-02'),
  article('Valley Post', 'Inquiry blames skipped repairs for Keldon Dam failure', 'An inquiry ordered by Governor Ilse Brandt found that repairs to the Keldon Dam spillway were skipped for a decade before the dam failed and flooded the Marrow valley.', '2031-04-20'),
  article('State Ledger', 'Keldon Dam inquiry: spillway repairs put off for years', 'Spillway repairs at the Keldon Dam were put off for years, the inquiry into the failure that flooded the Marrow valley told Governor Ilse Brandt.', '2031-04-20'),
];
// An event in no thread.
const ALONE = [
  article('Valley Post', 'Chess prodigy, 11, wins national title', 'An 11-year-old from Orvik won the national chess championship on Saturday, beating three grandmasters in the final round.', '2031-06-14'),
  article('State Ledger', 'Orvik schoolgirl, 11, is national chess champion', 'The national chess championship went to an 11-year-old schoolgirl from Orvik, who beat three grandmasters on Saturday.', '2031-06-14'),
];

describe.runIf(serverAvailable)('stories on the built dashboard', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let storyId = 0;

  beforeAll(async () => {
    database = await createServerDatabase();
    await migrate(database.url);
    const db = createClient(database.url, 2);
    await ingestArticles(database, [...THREAD, ...ALONE]);
    const stories = await db.story.findMany({ include: { events: true }, orderBy: { id: 'asc' } });
    storyId = stories.find((s) => s.events.length === 2)?.id ?? 0;
    await db.$disconnect();
    app = await startApp(database.url);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('names the thread’s story beside each of its events and shows the lone event without one', async () => {
    expect(storyId).toBeGreaterThan(0);
    const html = await (await fetch(`${app.url}/`)).text();
    // Each event of the thread names its story; the lone event is listed without a story line repeating its title.
    const storyLines = [...html.matchAll(/<div[^>]*class="[^"]*story-line[^"]*"[^>]*>([\s\S]*?)<\/div>/g)].map((m) => m[1].replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ''));
    expect(storyLines).toHaveLength(2);
    for (const line of storyLines) expect(line).toMatch(/Story: .*(Keldon|Ilse Brandt|Marrow)/);
    expect(html).toContain('Chess prodigy');
    expect(storyLines.join(' ')).not.toMatch(/chess/i);

    const story = await fetch(`${app.url}/stories/${storyId}`);
    expect(story.status).toBe(200);
    // React separates adjacent text with <!-- --> comments: drop them before reading the words.
    const page = (await story.text()).replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(page).toMatch(/2 events in this story/);
    expect(page).toContain('Dam failure floods Marrow valley');
    expect(page).toMatch(/Inquiry blames skipped repairs|Keldon Dam inquiry/);

    // An outlet's profile lists the stories it covered, with how much of each.
    const profile = (await (await fetch(`${app.url}/outlets/valley-post`)).text()).replace(/<!-- -->/g, '');
    const section = profile.slice(profile.indexOf('id="stories"'), profile.indexOf('<h2 id="actors">Actors</h2>'));
    expect(section).toContain(`/stories/${storyId}`);
    expect(section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toMatch(/2 of 2 2/);
  });
});
