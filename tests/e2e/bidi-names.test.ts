/**
 * Names from the data are isolated in the pages: an outlet, an article title and a source file name that carry a
 * right-to-left override (U+202E, "‮gnp.exe" shows as "exe.png") are rendered inside <bdi> wherever they appear in
 * the page's text, so the override cannot reorder the words around them; and the document title isolates them
 * from " · Parallax" with FSI … PDI. Source files given by a path show by their name alone, never the server's folders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import type { ArticleInput } from '@/lib/ingest/types';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/app';
import { seedDatabase } from './support';

const serverAvailable = await requireServer();
const RLO = '\u202e';
const OUTLET = `${RLO}gnp.exe Gazette`;
const TITLE = `${RLO}Harbour bridge reopens after repairs`;
const FILE = `notes${RLO}txt.exe`;
/** As `ingest /home/me/corpus/…` stores it: the page shows FILE alone. */
const STORED_AT = `/home/me/corpus/${FILE}`;
const WINDOWS_PATH = 'C:\\Users\\me\\corpus\\wire.txt';

const BODY = [
  'The harbour bridge reopened to traffic on Monday morning after six weeks of repairs to its steel deck, the transport office said.',
  'Engineers replaced forty expansion joints and resurfaced both carriageways, work that had been planned for two years.',
  'Commuters who had faced long detours welcomed the reopening, and the office said a second phase of painting would follow at night.',
].join('\n\n');

const ARTICLES: ArticleInput[] = [
  { outlet: OUTLET, title: TITLE, body: BODY, sourceFile: STORED_AT, publishedAt: new Date('2024-03-04T09:30:00Z'), event: 'Bridge reopening' },
  { outlet: 'Plain Herald', title: 'Bridge open again after six weeks', body: BODY.replace('Monday', 'Tuesday'), sourceFile: 'plain.txt', publishedAt: new Date('2024-03-04T12:00:00Z'), event: 'Bridge reopening' },
  { outlet: 'Windows Wire', title: 'Harbour bridge traffic resumes', body: BODY.replace('Monday', 'Wednesday'), sourceFile: WINDOWS_PATH, publishedAt: new Date('2024-03-04T15:00:00Z'), event: 'Bridge reopening' },
];

/**
 * Every place `name` occurs in the page's rendered text, with what surrounds it: head, scripts and attribute values
 * (tooltips, which no element can isolate) aside.
 */
function occurrences(html: string, name: string): string[] {
  const body = html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    // Next streams the <title> into the body when the page's metadata resolves after the shell (timing): a title
    // holds text only, and its isolation (FSI…PDI) is asserted on its own below.
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<([a-zA-Z][\w-]*)\b[^>]*>/g, '<$1>');
  const found: string[] = [];
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) found.push(body.slice(Math.max(0, i - 40), i + name.length + 8));
  return found;
}

describe.runIf(serverAvailable)('names with bidi controls', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let slug = '';
  let articleId = 0;
  let eventId = 0;
  let windowsId = 0;

  beforeAll(async () => {
    database = await createServerDatabase();
    await seedDatabase(database.url, ARTICLES);
    const db = createClient(database.url, 2);
    const outlet = await db.outlet.findFirstOrThrow({ where: { name: OUTLET } });
    slug = outlet.slug;
    const article = await db.article.findFirstOrThrow({ where: { outletId: outlet.id } });
    articleId = article.id;
    eventId = article.eventId!;
    windowsId = (await db.article.findFirstOrThrow({ where: { sourceFile: WINDOWS_PATH } })).id;
    await db.$disconnect();
    app = await startApp(database.url);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('renders outlet names, article titles and file names inside <bdi>, and isolates the document title', async () => {
    const pages = ['/', '/outlets', `/outlets/${encodeURIComponent(slug)}`, `/articles/${articleId}`, `/events/${eventId}`];
    let seen = 0;
    for (const page of pages) {
      const res = await fetch(`${app.url}${page}`);
      const html = await res.text();
      expect(res.status, page).toBe(200);
      for (const name of [OUTLET, TITLE, FILE]) {
        for (const at of occurrences(html, name)) {
          seen++;
          expect(at, `${page}: ${JSON.stringify(name)} outside <bdi>`).toContain(`<bdi>${name}</bdi>`);
        }
      }
    }
    // The names are on these pages at all (a test that finds nothing proves nothing).
    expect(seen).toBeGreaterThanOrEqual(5);
    const article = await (await fetch(`${app.url}/articles/${articleId}`)).text();
    expect(article).toContain(`<h1><bdi>${TITLE}</bdi></h1>`);
    expect(article).toContain(`<code><bdi>${FILE}</bdi></code>`);
    expect(article).toContain(`<title>\u2068${TITLE}\u2069 · Parallax</title>`);
    const outlet = await (await fetch(`${app.url}/outlets/${encodeURIComponent(slug)}`)).text();
    expect(outlet).toContain(`<h1><bdi>${OUTLET}</bdi></h1>`);
  });

  it('shows a source file stored with its folders by its name alone, for / and \\ paths', async () => {
    const article = await (await fetch(`${app.url}/articles/${articleId}`)).text();
    expect(article).toContain(`source file <code><bdi>${FILE}</bdi></code>`);
    expect(article).not.toContain('/home/me');
    const windows = await (await fetch(`${app.url}/articles/${windowsId}`)).text();
    expect(windows).toContain('source file <code><bdi>wire.txt</bdi></code>');
    expect(windows).not.toContain('Users');
  });
});
