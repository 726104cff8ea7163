/**
 * The dashboard on a corpus of many outlets: 60 outlets of all five leans, 120 events, written here. The overview
 * stays small, searches and filters by date through the URL, /blindspots finds a planted one-sided event, an event
 * page labels leans and folds its silent outlets away, no page scrolls sideways on a phone, and axe finds nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importOutletMetadata } from '@/lib/db/operations/import-outlets';
import { readOutletFile } from '@/lib/outlets/import-file';
import { CODEWORD, corpus, event, EVENTS, OUTLETS, PLANTED } from '../helpers/scale-corpus';
import { requireServer, tempDir } from '../helpers/database';
import { browserAvailable } from '../helpers/browser';
import { seededAppAndBrowser, type SeededApp } from './support';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

const serverAvailable = await requireServer();

describe.runIf(serverAvailable && browserAvailable)('the dashboard on 60 outlets and 121 events', () => {
  let env: SeededApp;
  const ids = { balanced: 0, planted: 0, slugs: [] as string[], names: [] as string[], story: 0, storyEvents: [] as string[], article: 0 };
  const work = tempDir('parallax-scale-');

  beforeAll(async () => {
    const csv = path.join(work.dir, 'outlets.csv');
    writeFileSync(csv, 'outlet,lean,country,type\n' + OUTLETS.map((o, i) => `${o.name},${o.lean},${i % 2 ? 'GB' : 'IE'},news`).join('\n') + '\n');
    env = await seededAppAndBrowser(corpus(), async (db, database) => {
      await importOutletMetadata(database, readOutletFile(csv));
      ids.balanced = (await db.event.findFirstOrThrow({ where: { title: event(5).title } })).id;
      ids.planted = (await db.event.findFirstOrThrow({ where: { title: PLANTED.title } })).id;
      ids.article = (await db.article.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
      const outlets = await db.outlet.findMany({ orderBy: { id: 'asc' }, select: { slug: true, name: true } });
      ids.slugs = outlets.map((o) => o.slug);
      // The story with the most events (grouping makes them; which is not for this test to fix).
      const [story] = await db.$queryRaw<Array<{ id: number }>>`SELECT "storyId" AS id FROM "Event" WHERE "storyId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
      ids.story = story.id;
      ids.storyEvents = (await db.event.findMany({ where: { storyId: story.id }, select: { title: true } })).map((e) => e.title);
      ids.names = outlets.map((o) => o.name);
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 600_000);
  afterAll(async () => {
    await env?.close();
    work.remove();
  });

  async function open(url: string, width = 1280) {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(`${env.app.url}${url}`, { waitUntil: 'networkidle' });
    return { page, errors, status: res?.status() ?? 0, close: () => context.close() };
  }

  async function axe(page: Page): Promise<string[]> {
    await page.evaluate(readFileSync(AXE, 'utf8'));
    return page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run();
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ')}`);
    });
  }

  /** The outlet names on a chart's category axis (its other ticks are numbers). */
  const outletTicks = async (page: Page) =>
    (await page.locator('.chart-canvas .recharts-cartesian-axis-tick-value').allTextContents()).filter((t) => !/^[-−]?[\d.,]+%?$/.test(t));
  const rows = (page: Page) => page.locator('table.events tbody th[scope="row"] > a').allTextContents();

  it('keeps the overview under 250 kB, with one row per event and its coverage by lean', async () => {
    const html = await (await fetch(`${env.app.url}/`)).text();
    expect(Buffer.byteLength(html)).toBeLessThan(250_000);
    expect(html).toContain('121 events');
    const { page, close } = await open('/');
    try {
      expect(await rows(page)).toHaveLength(40);
      // Newest first, the bar's text says who covered it.
      const first = page.locator('table.events tbody tr').first();
      expect(await first.locator('th').textContent()).toContain(event(EVENTS - 1).title);
      expect(await first.locator('.leanbar .sr-only').textContent()).toMatch(/\d left/);
      // No outlets × events matrix for 60 outlets until some are chosen.
      expect(await page.locator('table.matrix').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('narrows to events whose title or article text matches ?q=, and by date range', async () => {
    let { page, close } = await open(`/?q=${CODEWORD}`);
    try {
      expect(await rows(page)).toEqual([event(17).title]);
    } finally {
      await close();
    }
    ({ page, close } = await open('/?q=westmere'));
    try {
      expect(await rows(page)).toEqual([PLANTED.title]);
    } finally {
      await close();
    }
    ({ page, close } = await open('/?from=2025-02-01&to=2025-02-10&sort=date-asc'));
    try {
      // Events 31…40 fall on 1–10 February, and the planted one on 10 February.
      expect(await rows(page)).toEqual([...Array.from({ length: 10 }, (_, k) => event(31 + k).title), PLANTED.title]);
    } finally {
      await close();
    }
    // One story's events.
    ({ page, close } = await open(`/?story=${ids.story}`));
    try {
      const shown = await rows(page);
      expect(shown).toHaveLength(Math.min(40, ids.storyEvents.length));
      for (const title of shown) expect(ids.storyEvents).toContain(title);
    } finally {
      await close();
    }
    // The form writes the same URL a user can share.
    ({ page, close } = await open('/'));
    try {
      await page.getByLabel('Search titles and text').fill(CODEWORD);
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL(/q=Zephyrine/);
      expect(await rows(page)).toEqual([event(17).title]);
    } finally {
      await close();
    }
  });

  it('draws the outlets × events matrix for chosen outlets and groups only', async () => {
    const chosen = ids.slugs.slice(0, 3).join(',');
    const { page, close } = await open(`/?outlets=${chosen}&groups=lean:right`);
    try {
      const heads = await page.locator('table.matrix thead th.outlet-h').allTextContents();
      expect(heads).toHaveLength(4);
      expect(heads[3]).toMatch(/^Right/);
      // Only events one of them covered.
      expect(await page.locator('table.matrix tbody tr').count()).toBeGreaterThan(0);
      for (const tr of await page.locator('table.matrix tbody tr').all()) expect(await tr.locator('td.covered').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('lists the planted one-sided event on /blindspots, and no balanced one', async () => {
    const { page, close } = await open('/blindspots');
    try {
      const right = await page.locator('section[aria-labelledby="bs-right"] tbody th a').allTextContents();
      expect(right).toEqual([PLANTED.title]);
      expect(await page.locator('section[aria-labelledby="bs-left"] tbody th').count()).toBe(0);
      await page.locator('section[aria-labelledby="bs-right"] tbody th a').click();
      await page.waitForURL(new RegExp(`/events/${ids.planted}$`));
    } finally {
      await close();
    }
    // A date range without it lists nothing.
    const later = await (await fetch(`${env.app.url}/blindspots?from=2025-03-01`)).text();
    expect(later).not.toContain(PLANTED.title);
  });

  it('shows an event with the covering outlets first, labelled and ordered left to right, and the silent ones folded', async () => {
    const { page, close } = await open(`/events/${ids.balanced}`);
    try {
      const chips = await page.locator('ul.headlines .lean-chip').allTextContents();
      expect(chips).toHaveLength(6);
      const order = chips.map((c) => ['Left', 'Lean left', 'Center', 'Lean right', 'Right'].indexOf(c));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(await page.locator('section.outlet h2 .lean-chip').allTextContents()).toEqual(chips);
      const summary = await page.locator('.silent-summary strong').textContent();
      expect(summary).toMatch(/^54 silent: (\d+ (left|lean left|center|lean right|right)(, )?){5}$/);
      // The list is there, behind its toggle.
      const firstSilent = page.locator('details.silent-list li').first();
      expect(await firstSilent.isVisible()).toBe(false);
      await page.locator('details.silent-list summary').click();
      expect(await firstSilent.isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it('draws exactly the chosen outlets in a chart, its permalink and its Open Graph image', async () => {
    const three = [ids.slugs[7], ids.slugs[20], ids.slugs[41]];
    const names = [ids.names[7], ids.names[20], ids.names[41]];
    const { page, close } = await open(`/charts?type=bars&outlets=${three.join(',')}`);
    try {
      await page.locator('.chart-canvas svg.recharts-surface').first().waitFor();
      const ticks = await outletTicks(page);
      expect([...ticks].sort()).toEqual([...names].sort());
      // Largest value first, and no two outlets share a colour.
      const fills = await page.locator('.chart-canvas .recharts-bar-rectangle path').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
      expect(new Set(fills).size).toBe(3);
      expect(await page.locator('[data-chart-rest]').count()).toBe(0);
      // The permalink and the image name the same outlets.
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toContain(`outlets=${three.join(',')}`);
      const png = await fetch(image!.replace(/^https?:\/\/[^/]+/, env.app.url));
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
    } finally {
      await close();
    }
    // A time chart of the same three draws three lines; a group draws its members.
    const time = await open(`/charts?type=time&outlets=${three.join(',')}`);
    try {
      await time.page.locator('.chart-canvas svg.recharts-surface').first().waitFor();
      expect(await time.page.locator('.chart-canvas .recharts-line').count()).toBe(3);
    } finally {
      await time.close();
    }
    const group = await open('/charts?type=bars&groups=lean:center');
    try {
      await group.page.locator('.chart-canvas svg.recharts-surface').first().waitFor();
      expect(await outletTicks(group.page)).toHaveLength(12);
    } finally {
      await group.close();
    }
    // Nothing chosen: the top 20, the other 40 summarised.
    const top = await open('/charts?type=bars');
    try {
      await top.page.locator('.chart-canvas svg.recharts-surface').first().waitFor();
      expect(await outletTicks(top.page)).toHaveLength(20);
      expect(await top.page.locator('[data-chart-rest]').textContent()).toMatch(/40 more outlets/);
    } finally {
      await top.close();
    }
  });

  it("shows an outlet's marker rate over time beside its lean group's and the corpus's", async () => {
    const { page, close } = await open(`/outlets/${ids.slugs[0]}?metric=hedge`);
    try {
      const table = page.locator('table', { has: page.locator('caption', { hasText: /per 100 words, by (week|month)/ }) });
      const heads = await table.locator('thead th').allTextContents();
      expect(heads[1]).toBe(ids.names[0]);
      expect(heads[2]).toMatch(/^(Left|Lean left|Center|Lean right|Right) outlets$/);
      expect(heads[3]).toBe('All outlets');
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
      // Every figure is a number: the corpus's rate is pooled from the same hedges every outlet's text carries.
      for (const cell of await table.locator('tbody td').allTextContents()) expect(cell).toMatch(/^\d+(\.\d+)?$/);
    } finally {
      await close();
    }
  });

  // One test per page, each with its own time limit: a busy machine slows every page, and fourteen pages with two
  // widths, screenshots and axe must not share one limit.
  const PAGES: { name: string; url: () => string }[] = [
    { name: 'scale-overview', url: () => '/' },
    { name: 'scale-overview-search', url: () => `/?q=${CODEWORD}` },
    { name: 'scale-overview-matrix', url: () => `/?outlets=${ids.slugs.slice(0, 5).join(',')}` },
    { name: 'scale-blindspots', url: () => '/blindspots' },
    { name: 'scale-event', url: () => `/events/${ids.balanced}` },
    { name: 'scale-outlets', url: () => '/outlets' },
    { name: 'scale-outlet-profile', url: () => `/outlets/${ids.slugs[0]}` },
    { name: 'scale-charts', url: () => '/charts' },
    { name: 'scale-chart-chosen', url: () => `/charts?type=bars&outlets=${ids.slugs.slice(0, 3).join(',')}` },
    { name: 'scale-chart-time', url: () => '/charts?type=time&groups=lean:left' },
    { name: 'scale-story', url: () => `/stories/${ids.story}` },
    { name: 'scale-article', url: () => `/articles/${ids.article}` },
    { name: 'scale-evidence', url: () => `/outlets/${ids.slugs[0]}/evidence?metric=hedge` },
    { name: 'scale-methodology', url: () => '/methodology' },
  ];

  it.each(PAGES)('$name scrolls not sideways at 390 px, passes axe, and saves screenshots', async ({ name, url }) => {
    const failures: string[] = [];
    for (const width of [1280, 390]) {
      const { page, errors, status, close } = await open(url(), width);
      try {
        if (status !== 200) failures.push(`${url()}: HTTP ${status}`);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}${width === 390 ? '-phone' : ''}.png`), fullPage: true });
        if (width === 390) {
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          if (wide > 390) failures.push(`${url()}: ${wide} px wide at 390`);
        } else {
          const v = await axe(page);
          if (v.length) failures.push(`${url()} axe: ${v.join(' | ')}`);
        }
        if (errors.length) failures.push(`${url()} console: ${errors.join(' | ')}`);
      } finally {
        await close();
      }
    }
    expect(failures).toEqual([]);
  });
});
