/**
 * The framing table's CSV export (/outlets/export.csv) in the built app on the demo corpus, plus one outlet whose
 * name a spreadsheet would run as a formula: the file behind the table's "Download CSV" link has the rows, columns,
 * order and figures the table shows in Chromium, and the figures the database holds; malformed state gets 400,
 * columns this corpus lacks 404. Also: the pages that now read summary tables show the figures counted live.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsvRows } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { createClient, type Db } from '@/lib/db/client';
import { readCorpus } from '@/lib/ingest/corpus';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/app';
import { DEMO_DIR } from '../helpers/seeds';
import { browserAvailable, launchChromium, seedDatabase } from './support';

const FORMULA_OUTLET = '=SUM(1+1) Daily';

const serverAvailable = await requireServer();

describe.runIf(serverAvailable && browserAvailable)('the framing table CSV export', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let db: Db;

  beforeAll(async () => {
    database = await createServerDatabase();
    const demo = (await readCorpus([DEMO_DIR])).articles;
    await seedDatabase(database.url, [...demo, { ...demo[0], outlet: FORMULA_OUTLET, url: undefined, body: `${demo[0].body}\n\nAs reprinted.` }]);
    db = createClient(database.url, 2);
    [app, browser] = await Promise.all([startApp(database.url), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db?.$disconnect();
    await database?.drop();
  });

  /** The table as shown: column ids, and per row the outlet name and each column's cell (data-value, or text). */
  function shownTable(page: Page) {
    return page.evaluate(() => {
      const columns = [...document.querySelectorAll('table.framing thead th[data-col]')].map((th) => th.getAttribute('data-col')!);
      const rows = [...document.querySelectorAll('table.framing tbody tr')].map((tr) =>
        columns.map((col, i) => {
          const cell = tr.children[i] as HTMLElement;
          if (col === 'outlet') return cell.textContent!.trim();
          if (col === 'articles' || col === 'words') return cell.textContent!.replace(/,/g, '').trim();
          return cell.dataset.value ?? '';
        }),
      );
      return { columns, rows };
    });
  }

  it('downloads, from the table’s link, the rows, columns and figures the table shows', async () => {
    const scores = await db.outletScore.findMany({ include: { outlet: { select: { name: true } } } });
    const score = new Map(scores.map((s) => [`${s.outlet.name}|${s.metric}`, s]));
    // A minimum that keeps some outlets and drops others.
    const negative = scores.filter((s) => s.metric === 'sentiment.negative').map((s) => s.value).sort((a, b) => a - b);
    const states = [
      '',
      'sort=sentiment.positive:desc&cols=sentiment.positive,hedge&q=e',
      'sort=outlet:desc&cols=hedge,sentiment.negative,loaded',
      `sort=articles:desc,hedge:asc&min=sentiment.negative:${negative[Math.floor(negative.length / 2)]}`,
      'q=daily',
    ];
    for (const state of states) {
      const context = await browser.newContext({ acceptDownloads: true });
      try {
        const page = await context.newPage();
        const res = await page.goto(`${app.url}/outlets${state ? `?${state}` : ''}`, { waitUntil: 'networkidle' });
        expect(res?.status(), state).toBe(200);
        const shown = await shownTable(page);
        const link = page.getByRole('link', { name: 'Download CSV' });
        // The link carries the view's state, so it can be shared as it is.
        const href = new URL((await link.getAttribute('href'))!, app.url);
        expect(href.pathname).toBe('/outlets/export.csv');
        expect(Object.fromEntries(href.searchParams)).toEqual(Object.fromEntries(new URLSearchParams(state)));
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe('parallax-framing.csv');
        const [header, ...rows] = parseCsvRows(readFileSync((await download.path())!, 'utf8'));

        const metrics = shown.columns.filter((c) => !['outlet', 'articles', 'words'].includes(c));
        expect(shown.columns.slice(0, 3), state).toEqual(['outlet', 'articles', 'words']);
        expect(header, state).toEqual(['outlet', 'articles', 'words', ...metrics.flatMap((m) => [m, `${m} low`, `${m} high`])]);
        expect(rows.length, state).toBe(shown.rows.length);
        expect(rows.length, state).toBeGreaterThan(0);
        rows.forEach((row, r) => {
          const name = shown.rows[r][0];
          // Same outlet in the same place; a name a spreadsheet would evaluate is written as text.
          expect(row[0], state).toBe(name.startsWith('=') ? `'${name}` : name);
          expect(row.slice(1, 3), state).toEqual(shown.rows[r].slice(1, 3));
          metrics.forEach((m, k) => {
            const [value, low, high] = row.slice(3 + 3 * k, 6 + 3 * k);
            expect(value, `${state} ${name} ${m}`).toBe(shown.rows[r][3 + k]);
            // And the database's figure, bounds included, exactly.
            const s = score.get(`${name}|${m}`);
            expect([value, low, high], `${state} ${name} ${m}`).toEqual(s ? [String(s.value), String(s.low), String(s.high)] : ['', '', '']);
          });
        });
      } finally {
        await context.close();
      }
    }
  });

  it('defuses an outlet name a spreadsheet would run as a formula', async () => {
    const res = await fetch(`${app.url}/outlets/export.csv?q=daily&cols=hedge`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="parallax-framing.csv"');
    const [header, ...rows] = parseCsvRows(await res.text());
    expect(header).toEqual(['outlet', 'articles', 'words', 'hedge', 'hedge low', 'hedge high']);
    expect(rows.map((r) => r[0])).toEqual([`'${FORMULA_OUTLET}`]);
    expect(Number(rows[0][1])).toBe(1);
  });

  it('answers malformed state with 400 naming the parameter, and unknown columns with 404', async () => {
    const bad: Array<[string, string]> = [
      ['sort=hedge', 'sort'],
      ['sort=hedge:asc&sort=hedge:desc', 'sort'],
      ['min=hedge:abc', 'min'],
      ['cols=%3Cscript%3E', 'cols'],
      [`q=${'q'.repeat(201)}`, 'q'],
      ['sort=%E0%A4%A', 'sort'],
    ];
    for (const [query, param] of bad) {
      const res = await fetch(`${app.url}/outlets/export.csv?${query}`);
      const body = await res.text();
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type'), query).not.toMatch(/csv/);
      expect(body, query).toContain(`<code>${param}</code>`);
    }
    for (const query of ['cols=zz-unknown', 'sort=nope:asc', 'min=nope:1']) {
      const res = await fetch(`${app.url}/outlets/export.csv?${query}`);
      expect(res.status, query).toBe(404);
      expect(await res.text(), query).toMatch(/^Not found: no column/);
    }
    const post = await fetch(`${app.url}/outlets/export.csv`, { method: 'POST', body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(post.status).toBe(405);
  });

  it('shows the overview and outlet figures counted live, read from the summary tables', async () => {
    const [live] = await db.$queryRaw<Array<{ articles: number; words: number; sentences: number; markers: number; events: number }>>`
      SELECT (SELECT count(*) FROM "Article")::int AS articles, (SELECT sum(words) FROM "Article")::int AS words,
             (SELECT count(*) FROM "Sentence")::int AS sentences, (SELECT count(*) FROM "Marker")::int AS markers,
             (SELECT count(*) FROM "Event")::int AS events`;
    expect(live.markers).toBeGreaterThan(100);
    const page = await browser.newPage();
    try {
      await page.goto(`${app.url}/`, { waitUntil: 'networkidle' });
      // A figure is the first text of its <dd> (a note may follow in a <small>); "stories · events" is the whole <dd>.
      const stats = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('dl.stats > div')].map((d) => {
            const dd = d.querySelector('dd')!;
            return [d.querySelector('dt')!.textContent, d.querySelector('dt')!.textContent === 'Stories · events' ? dd.textContent : dd.firstChild!.textContent];
          }),
        ),
      );
      const int = (n: number) => new Intl.NumberFormat('en').format(n);
      expect(stats).toMatchObject({ Articles: int(live.articles), Words: int(live.words), Sentences: int(live.sentences), 'Evidence markers': int(live.markers) });
      expect(stats['Stories · events']).toMatch(new RegExp(`· ${live.events}$`));

      // RT's actor table: the most mentioned actors, their mentions and polarity counts, as counted from the mentions.
      const rt = await db.outlet.findFirstOrThrow({ where: { name: 'RT' } });
      const top = await db.$queryRaw<Array<{ name: string; mentions: number; positive: number; negative: number }>>`
        SELECT ac.name, count(*)::int AS mentions,
               count(*) FILTER (WHERE m.polarity = 'positive')::int AS positive, count(*) FILTER (WHERE m.polarity = 'negative')::int AS negative
        FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" JOIN "Actor" ac ON ac.id = m."actorId"
        WHERE a."outletId" = ${rt.id} GROUP BY ac.id, ac.name ORDER BY count(*) DESC, ac.id LIMIT 15`;
      expect(top.length).toBeGreaterThan(3);
      await page.goto(`${app.url}/outlets/${rt.slug}`, { waitUntil: 'networkidle' });
      const actorRows = await page.evaluate(() => {
        const table = [...document.querySelectorAll('table.data')].find((t) => t.querySelector('caption')?.textContent?.startsWith('Mentions'))!;
        return [...table.querySelectorAll('tbody tr')].map((tr) => ({ name: tr.querySelector('th')!.firstChild!.textContent!.trim(), cell: tr.querySelector('td')!.textContent! }));
      });
      expect(actorRows.map((r) => r.name)).toEqual(top.map((t) => t.name));
      actorRows.forEach((r, i) => expect(r.cell, r.name).toContain(`${top[i].mentions}× (${top[i].positive}+ / ${top[i].negative}−`));

      // Parts and wholes: RT mentions Congress, part of the United States. Each row says so; the switch folds every
      // institution of the country (Congress, the Senate under it…) into its row, with their mentions summed.
      const actorTable = () =>
        page.evaluate(() => {
          const table = [...document.querySelectorAll('table.data')].find((t) => t.querySelector('caption')?.textContent?.startsWith('Mentions'))!;
          return [...table.querySelectorAll('tbody tr')].map((tr) => ({ name: tr.querySelector('th')!.firstChild!.textContent!.trim(), head: tr.querySelector('th')!.textContent!, cell: tr.querySelector('td')!.textContent! }));
        });
      const head = async (name: string) => (await actorTable()).find((r) => r.name === name)?.head;
      expect(await head('United States Congress')).toContain('part of United States');
      expect(await head('United States')).toMatch(/parts: .*United States Congress ×1/);
      const [folded] = await db.$queryRaw<Array<{ mentions: number; positive: number; negative: number }>>`
        WITH RECURSIVE part(id, key) AS (
          SELECT id, key FROM "Actor" WHERE key = 'united-states'
          UNION SELECT c.id, c.key FROM "Actor" c JOIN part ON c."parentKey" = part.key WHERE c.kind <> 'place')
        SELECT count(*)::int AS mentions, count(*) FILTER (WHERE m.polarity = 'positive')::int AS positive, count(*) FILTER (WHERE m.polarity = 'negative')::int AS negative
        FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" WHERE a."outletId" = ${rt.id} AND m."actorId" IN (SELECT id FROM part)`;
      await page.getByRole('link', { name: 'rolled into their whole' }).click();
      await page.waitForURL(/actors=rollup/);
      expect(await page.locator('[data-actor-view]').getAttribute('data-actor-view')).toBe('rollup');
      const rolled = await actorTable();
      expect(rolled.map((r) => r.name)).not.toContain('United States Congress');
      const us = rolled.find((r) => r.name === 'United States')!;
      expect(us.cell).toContain(`${folded.mentions}× (${folded.positive}+ / ${folded.negative}−`);
      expect(us.head).toMatch(/incl\. .*United States Congress ×1/);
      // The actors export of the rolled-up page holds the rolled-up rows too.
      const exports = await page.locator('a[href*="/api/v1/export/actors"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(exports.length).toBeGreaterThan(0);
      for (const href of exports) expect(href).toContain('rollup=true');
      await page.getByRole('link', { name: 'each on its own row' }).click();
      await page.waitForURL((url) => !url.search.includes('actors='));
      expect(await head('United States Congress')).toContain('part of United States');
      for (const href of await page.locator('a[href*="/api/v1/export/actors"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).not.toContain('rollup');
    } finally {
      await page.close();
    }
  });
});
