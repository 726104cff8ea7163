/**
 * An event covered by more outlets than fit side by side (MAX_INLINE_TEXTS): every outlet still gets its column, but
 * each column links to its article's marked-up text instead of inlining it, and the link leads to that text. (Up to
 * six outlets the texts are inline: overview.test.ts checks the demo story's.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/ingest/corpus';
import type { ArticleInput } from '@/lib/ingest/types';
import { requireServer } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';
import { browserAvailable, seededAppAndBrowser, type SeededApp } from './support';

const EVENT = 'Seven outlets on one meeting';
/** MAX_INLINE_TEXTS in lib/db/queries/compare.ts (a server-only module, not importable here). */
const MAX_INLINE_TEXTS = 6;
const demo = (await readCorpus([DEMO_DIR])).articles;

/** The five demo articles, and the second halves of two of them as two more outlets' reports: seven outlets, one event. */
function sevenOutlets(): ArticleInput[] {
  const half = (a: ArticleInput, outlet: string): ArticleInput => {
    const paragraphs = a.body.split('\n\n');
    return { outlet, title: `${outlet}: ${a.title}`, body: paragraphs.slice(Math.floor(paragraphs.length / 2)).join('\n\n'), sourceFile: `${outlet}.txt` };
  };
  const articles = [...demo, half(demo[3], 'Second Wire'), half(demo[4], 'Evening Desk')];
  return articles.map((a) => ({ ...a, story: 'Seven outlets', event: EVENT }));
}

const serverAvailable = await requireServer();

describe.runIf(serverAvailable && browserAvailable)('an event page with more outlets than inline texts', () => {
  const articles = sevenOutlets();
  let eventId = 0;
  const firstArticle = new Map<string, number>();
  let env: SeededApp;

  beforeAll(async () => {
    env = await seededAppAndBrowser(articles, async (db) => {
      eventId = (await db.event.findFirstOrThrow({ where: { title: EVENT } })).id;
      for (const a of await db.article.findMany({ include: { outlet: true }, orderBy: { id: 'asc' } })) {
        if (!firstArticle.has(a.outlet.name)) firstArticle.set(a.outlet.name, a.id);
      }
    });
  });
  afterAll(() => env?.close());

  it('gives each of the seven outlets a column that links to its marked-up text', async () => {
    expect(articles.length).toBeGreaterThan(MAX_INLINE_TEXTS);
    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(`${env.app.url}/events/${eventId}`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);

    const columns = page.locator('section.outlet');
    expect(await columns.count()).toBe(articles.length);
    // No inline text: no highlighted words in the columns, no text panels.
    expect(await page.locator('section.outlet mark.hl').count()).toBe(0);
    expect(await page.locator('section.outlet .body-text').count()).toBe(0);
    const links = await columns.evaluateAll((sections) =>
      sections.map((s) => ({
        outlet: s.querySelector('h2')!.textContent!.trim(),
        text: [...s.querySelectorAll('a')].find((a) => a.textContent!.startsWith('Text of'))?.getAttribute('href') ?? null,
      })),
    );
    expect(links.map((l) => l.outlet).sort()).toEqual([...firstArticle.keys()].sort());
    for (const { outlet, text } of links) expect(text, outlet).toBe(`/articles/${firstArticle.get(outlet)}`);
    expect(errors).toEqual([]);

    // The link leads to that article's text with its evidence highlighted.
    await page.locator('section.outlet', { hasText: 'Second Wire' }).getByRole('link', { name: /^Text of/ }).click();
    await page.waitForURL(`**/articles/${firstArticle.get('Second Wire')}`);
    expect(await page.locator('h1').textContent()).toContain('Second Wire');
    expect(await page.locator('mark.hl').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
