/**
 * A corpus a real user brings: outlets named in five scripts, and one article of 4.9 MB. Every outlet keeps its
 * own working page; the long article is stored whole, analysed up to the word limit, and read a part at a time, no
 * page above a few hundred kB. Real Postgres, the built app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles, type IngestResult } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { DEFAULT_MAX_WORDS } from '@/lib/ingest/sentences';
import type { ArticleInput } from '@/lib/ingest/types';
import { slugPath } from '@/lib/text/slug';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/app';

const serverAvailable = await requireServer();
/** A page's HTML without React's text separators, to read its sentences. */
const page = async (url: string) => {
  const res = await fetch(url);
  const html = await res.text();
  return { status: res.status, html, text: html.replace(/<!-- -->/g, '') };
};
/** What "a few hundred kB" means here: no page of the long article may weigh more. */
const PAGE_CAP = 400_000;

const OUTLETS = ['Первый канал', 'Новая газета', '人民日报', '新华社', 'Ελληνική Ραδιοφωνία', 'Η Καθημερινή', 'الجزيرة', 'الأهرام', 'הארץ', 'ידיעות אחרונות'];

function article(outlet: string, i: number, text: string): ArticleInput {
  return { outlet, title: `Report ${i} on the harbour dispute`, publishedAt: new Date(Date.UTC(2021, 2, 10 + (i % 5))), body: text, sourceFile: `report-${i}.txt` };
}

/** About 4.9 MB of varied sentences, written for this test. */
function longText(): string {
  const subjects = ['The harbour board', 'Officials', 'The minister', 'Critics of the plan', 'Supporters', 'The port agency', 'Local lawmakers', 'The mayor'];
  const verbs = ['said', 'warned', 'insisted', 'argued', 'reported', 'claimed'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 4.9e6; i++) {
    const s = `${subjects[i % 8]} ${verbs[(i * 7) % 6]} on day ${i} that berth ${(i * 13) % 1000} could cost ${i % 97} million more than the ${i % 31} earlier estimates.${i % 9 === 8 ? '\n\n' : ' '}`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

describe.runIf(serverAvailable)('outlets in five scripts and a 4.9 MB article', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let stored: IngestResult;
  let longId: number;
  let outlets: Array<{ slug: string; name: string }>;
  let lastSentence: number;

  beforeAll(async () => {
    database = await createServerDatabase();
    await migrate(database.url);
    const db = createClient(database.url, 2);
    try {
      const articles = OUTLETS.map((o, i) =>
        article(o, i, `The harbour authority of ${o} said on Monday that the new pier would open in May. Critics warned the cost could double.`),
      );
      articles.push({ ...article('Long Wire', 99, longText()), title: 'The harbour dispute, day by day' });
      stored = await ingestArticles(database, articles);
      await scoreArticles(database);
      outlets = await db.outlet.findMany({ select: { slug: true, name: true } });
      const long = await db.article.findFirstOrThrow({ where: { title: 'The harbour dispute, day by day' }, select: { id: true } });
      longId = long.id;
      lastSentence = (await db.sentence.count({ where: { articleId: longId } })) - 1;
    } finally {
      await db.$disconnect();
    }
    app = await startApp(database.url);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('stores ten outlets with ten slugs, each in its own script, each page answering with its name', async () => {
    const names = outlets.map((o) => o.name).filter((n) => OUTLETS.includes(n));
    expect(names.sort()).toEqual([...OUTLETS].sort());
    expect(new Set(outlets.map((o) => o.slug)).size).toBe(outlets.length);
    expect(outlets.find((o) => o.name === '人民日报')!.slug).toBe('人民日报');
    for (const o of outlets) {
      const res = await fetch(`${app.url}/outlets/${slugPath(o.slug)}`);
      expect(res.status, o.name).toBe(200);
      expect(await res.text(), o.name).toContain(o.name);
    }
    const table = await (await fetch(`${app.url}/outlets`)).text();
    for (const name of OUTLETS) expect(table).toContain(name);
  });

  it('stores the long article whole, analysed up to the word limit, and says so on its page', async () => {
    expect(stored.limited).toHaveLength(1);
    expect(stored.limited[0].words).toBeGreaterThan(DEFAULT_MAX_WORDS * 10);
    const { status, html, text } = await page(`${app.url}/articles/${longId}`);
    expect(status).toBe(200);
    expect(html.length).toBeLessThan(PAGE_CAP);
    expect(text).toContain('longer than the ingest');
    expect(text).toMatch(/shown in \d+ parts: this is part 1,/);
  });

  it('shows every part, and a sentence link, under the page cap', async () => {
    const first = await page(`${app.url}/articles/${longId}`);
    const parts = Number(/shown in (\d+) parts/.exec(first.text)![1]);
    expect(parts).toBeGreaterThan(100);
    for (const part of [2, Math.floor(parts / 2), parts]) {
      const { status, html, text } = await page(`${app.url}/articles/${longId}?part=${part}`);
      expect(status, `part ${part}`).toBe(200);
      expect(html.length, `part ${part}`).toBeLessThan(PAGE_CAP);
      expect(text).toContain(`this is part ${part},`);
    }
    const bySentence = await page(`${app.url}/articles/${longId}?s=${lastSentence}`);
    expect(bySentence.status).toBe(200);
    expect(bySentence.html).toContain(`id="s${lastSentence}"`);
    expect(bySentence.text).toContain(`this is part ${parts},`);
    expect((await fetch(`${app.url}/articles/${longId}?part=${parts + 1}`)).status).toBe(404);
  });

  it('keeps the outlet, its evidence and the event page small', async () => {
    const slug = outlets.find((o) => o.name === 'Long Wire')!.slug;
    for (const url of [`/outlets/${slug}`, `/outlets/${slug}/evidence?metric=report-verb`, '/']) {
      const res = await fetch(`${app.url}${url}`);
      expect(res.status, url).toBe(200);
      expect((await res.text()).length, url).toBeLessThan(PAGE_CAP);
    }
  });
});
