/**
 * The dashboard in a real browser: every page renders without console errors and passes axe; the framing table
 * sorts, filters and exports what it shows; evidence highlights words; chart permalinks reproduce the chart; the
 * Open Graph image is a PNG; malformed URLs get 400 or 404, never a 500. One database and one app server for the file.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCorpus } from '@/lib/ingest/corpus';
import { requireServer } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';
import { browserAvailable } from '../helpers/browser';
import { seededAppAndBrowser, type SeededApp } from './support';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

const serverAvailable = await requireServer();

describe.runIf(serverAvailable && browserAvailable)('the dashboard in Chromium', () => {
  const ids = { article: 0, event: 0, story: 0, outlet: '' };
  let env: SeededApp;

  beforeAll(async () => {
    env = await seededAppAndBrowser((await readCorpus([DEMO_DIR])).articles, async (db) => {
      ids.article = (await db.article.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
      ids.event = (await db.event.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
      ids.story = (await db.story.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
      ids.outlet = (await db.outlet.findFirstOrThrow({ where: { name: 'RT' } })).slug;
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => env?.close());

  async function open(url: string, opts: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
    const context = await env.browser.newContext({ acceptDownloads: true, colorScheme: opts.colorScheme ?? 'light', viewport: { width: opts.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    // Name the failing resource: the console message alone does not say which one.
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
    const res = await page.goto(`${env.app.url}${url}`, { waitUntil: 'networkidle' });
    return { page, errors, status: res?.status() ?? 0, close: () => context.close() };
  }

  async function axe(page: Page) {
    // Evaluated by the test tool, not added as a <script>: the page's policy refuses inline scripts without its nonce.
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const result = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (o?: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run();
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ')}`);
    });
    return result;
  }

  const pages = () => [
    { name: 'overview', url: '/' },
    { name: 'outlets', url: '/outlets' },
    { name: 'outlet-profile', url: `/outlets/${ids.outlet}` },
    { name: 'evidence', url: `/outlets/${ids.outlet}/evidence?metric=sentiment.negative` },
    { name: 'article', url: `/articles/${ids.article}` },
    { name: 'event', url: `/events/${ids.event}` },
    { name: 'story', url: `/stories/${ids.story}` },
    { name: 'charts-bars', url: '/charts?type=bars&metric=sentiment.negative' },
    { name: 'charts-frames', url: '/charts?type=frames' },
    { name: 'charts-actors', url: '/charts?type=actors' },
    { name: 'charts-time', url: '/charts?type=time&metric=sentiment.negative' },
    { name: 'charts-scatter', url: '/charts?type=scatter&x=sentiment.negative&y=sentiment.positive' },
    { name: 'methodology', url: '/methodology' },
    { name: 'not-found', url: '/articles/987654321', status: 404 },
  ];

  it('renders every page without console errors, passes axe, and saves a screenshot', async () => {
    const failures: string[] = [];
    for (const p of pages()) {
      const { page, errors, status, close } = await open(p.url);
      try {
        expect(status, p.url).toBe(p.status ?? 200);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${p.name}.png`), fullPage: true });
        const violations = await axe(page);
        // A 404 page logs the failed document load; that is the expected error, not a broken page.
        const unexpected = errors.filter((e) => !(p.status === 404 && /404/.test(e)));
        if (unexpected.length) failures.push(`${p.url} console: ${unexpected.join(' | ')}`);
        if (violations.length) failures.push(`${p.url} axe: ${violations.join(' | ')}`);
      } finally {
        await close();
      }
    }
    expect(failures).toEqual([]);
  });

  it('passes axe in dark mode and on a phone-sized screen', async () => {
    const failures: string[] = [];
    for (const url of ['/', `/articles/${ids.article}`, '/outlets']) {
      for (const opts of [{ colorScheme: 'dark' as const }, { width: 390 }]) {
        const { page, errors, close } = await open(url, opts);
        try {
          if (opts.width === 390 && url === '/') await page.screenshot({ path: path.join(SCREENSHOTS, 'overview-phone.png'), fullPage: true });
          if (opts.colorScheme === 'dark' && url !== '/') await page.screenshot({ path: path.join(SCREENSHOTS, `${url === '/outlets' ? 'outlets' : 'article'}-dark.png`), fullPage: true });
          const v = await axe(page);
          if (v.length || errors.length) failures.push(`${url} ${JSON.stringify(opts)}: ${[...v, ...errors].join(' | ')}`);
        } finally {
          await close();
        }
      }
    }
    expect(failures).toEqual([]);
  });

  /** The visible framing table: outlet names in row order, and a column's values as data-value. */
  async function tableState(page: Page, column: string) {
    return page.evaluate((col) => {
      const headers = [...document.querySelectorAll('table.framing thead th[data-col]')].map((th) => th.getAttribute('data-col')!);
      const idx = headers.indexOf(col);
      const rows = [...document.querySelectorAll('table.framing tbody tr')];
      return {
        headers,
        outlets: rows.map((r) => r.querySelector('th')!.textContent!.trim()),
        values: rows.map((r) => {
          const cell = r.children[idx] as HTMLElement | undefined;
          return cell?.dataset.value === undefined ? null : Number(cell.dataset.value);
        }),
      };
    }, column);
  }

  it('sorts the framing table by a column, both ways, and keeps the sort in the URL', async () => {
    const { page, errors, close } = await open('/outlets');
    try {
      // Metrics sort highest first on the first click, then lowest first.
      const header = page.locator('th[data-col="sentiment.negative"] button');
      await header.click();
      await page.waitForURL(/sort=sentiment\.negative(%3A|:)desc/);
      const desc = await tableState(page, 'sentiment.negative');
      expect(desc.values.length).toBe(5);
      expect(desc.values).toEqual([...desc.values].sort((a, b) => b! - a!));
      expect(await page.locator('th[data-col="sentiment.negative"]').getAttribute('aria-sort')).toBe('descending');
      await header.click();
      await page.waitForURL(/sort=sentiment\.negative(%3A|:)asc/);
      const asc = await tableState(page, 'sentiment.negative');
      expect(asc.values).toEqual([...asc.values].sort((a, b) => a! - b!));
      expect(asc.outlets).toEqual([...desc.outlets].reverse());
      // Shift-click adds a second sort key.
      await page.locator('th[data-col="words"] button').click({ modifiers: ['Shift'] });
      await page.waitForURL(/sentiment\.negative(%3A|:)asc(%2C|,)words(%3A|:)/);
      // The sorted view survives a reload from its URL.
      await page.reload({ waitUntil: 'networkidle' });
      expect((await tableState(page, 'sentiment.negative')).outlets).toEqual(asc.outlets);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('narrows the rows with the outlet filter and a numeric minimum', async () => {
    const { page, close } = await open('/outlets');
    try {
      await page.fill('#outlet-filter', 'unattributed');
      await page.waitForURL(/q=unattributed/);
      expect((await tableState(page, 'sentiment.negative')).outlets).toEqual(['Unattributed op-ed report', 'Unattributed wire rewrite']);
      await page.fill('#outlet-filter', '');
      const all = await tableState(page, 'sentiment.negative');
      const threshold = [...all.values].sort((a, b) => a! - b!)[2]!;
      await page.fill('input[aria-label="Minimum Sentiment: negative"]', String(threshold));
      await page.waitForURL(/min=sentiment\.negative/);
      const narrowed = await tableState(page, 'sentiment.negative');
      expect(narrowed.values.length).toBe(all.values.filter((v) => v! >= threshold).length);
      expect(narrowed.values.length).toBeLessThan(5);
      expect(narrowed.values.every((v) => v! >= threshold)).toBe(true);
    } finally {
      await close();
    }
  });

  it('opens the evidence of a cell: the sentences with the matched words highlighted', async () => {
    const { page, errors, close } = await open('/outlets');
    try {
      const row = page.locator('table.framing tbody tr[data-outlet="rt"]');
      await row.locator('td[data-value] a').first().click();
      await page.waitForURL(/\/outlets\/rt\/evidence\?metric=/);
      await page.waitForSelector('ol.evidence-list li');
      const marks = page.locator('ol.evidence-list mark.hl');
      expect(await marks.count()).toBeGreaterThan(0);
      const bg = await marks.first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
      const link = page.locator('ol.evidence-list li a[href^="/articles/"]').first();
      expect(await link.getAttribute('href')).toMatch(/^\/articles\/\d+\?s=\d+#s\d+$/);
      // A highlighted word tells what it is when clicked, and from the keyboard (Enter), not only on hover.
      await marks.first().click();
      const panel = page.locator('.marker-details');
      await panel.waitFor({ state: 'visible' });
      expect(await panel.textContent()).toMatch(/rule \S+/);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      await marks.last().focus();
      await page.keyboard.press('Enter');
      await panel.waitFor({ state: 'visible' });
      expect(await panel.textContent()).toMatch(/rule \S+/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('downloads a CSV that matches the visible table (rows, columns and order)', async () => {
    const { page, close } = await open('/outlets?sort=sentiment.positive:desc&cols=sentiment.positive,hedge&q=e');
    try {
      const shown = await tableState(page, 'sentiment.positive');
      // A link to the server's export with this view's state (csv-export.test.ts checks its figures).
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
      const csv = readFileSync((await download.path())!, 'utf8').trim().split('\n');
      const header = csv[0].split(',');
      expect(header).toEqual(['outlet', 'articles', 'words', 'sentiment.positive', 'sentiment.positive low', 'sentiment.positive high', 'hedge', 'hedge low', 'hedge high']);
      expect(shown.headers).toEqual(['outlet', 'articles', 'words', 'sentiment.positive', 'hedge']);
      const rows = csv.slice(1).map((l) => l.split(','));
      expect(rows.map((r) => r[0])).toEqual(shown.outlets);
      expect(rows.map((r) => Number(r[3]))).toEqual(shown.values);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(5);
    } finally {
      await close();
    }
  });

  it('reproduces a chart from its permalink in a fresh page', async () => {
    const first = await open('/charts');
    let url: string;
    let state: { type: string; x: string; y: string; title: string; labels: string[] };
    const read = (page: Page) =>
      page.evaluate(() => ({
        type: (document.querySelector('#chart-type') as HTMLSelectElement).value,
        x: (document.querySelector('#chart-x') as HTMLSelectElement | null)?.value ?? '',
        y: (document.querySelector('#chart-y') as HTMLSelectElement | null)?.value ?? '',
        title: document.querySelector('figure.chart-box figcaption')?.textContent ?? '',
        labels: [...document.querySelectorAll('.chart-canvas svg.recharts-surface text')].map((t) => t.textContent ?? '').filter(Boolean),
      }));
    try {
      await first.page.selectOption('#chart-type', 'scatter');
      await first.page.waitForURL(/type=scatter/);
      await first.page.waitForSelector('#chart-y');
      await first.page.selectOption('#chart-y', 'sentiment.negative');
      await first.page.waitForURL(/y=sentiment\.negative/);
      await first.page.waitForFunction(() => document.querySelector('figure.chart-box figcaption')?.textContent?.includes('Sentiment: negative'));
      await first.page.waitForSelector('.chart-canvas svg.recharts-surface');
      url = first.page.url();
      state = await read(first.page);
      expect(first.errors).toEqual([]);
    } finally {
      await first.close();
    }
    const second = await open(new URL(url).pathname + new URL(url).search);
    try {
      await second.page.waitForSelector('.chart-canvas svg.recharts-surface');
      expect(await read(second.page)).toEqual(state);
      expect(state.type).toBe('scatter');
      expect(state.labels.length).toBeGreaterThan(0);
      // The page advertises its Open Graph image with the same chart state.
      const og = await second.page.locator('meta[property="og:image"]').getAttribute('content');
      expect(og).toContain('/charts/og?type=scatter');
      expect(og).toContain('y=sentiment.negative');
    } finally {
      await second.close();
    }
  });

  it('serves the Open Graph image as a PNG, and refuses a malformed one', async () => {
    const res = await fetch(`${env.app.url}/charts/og?type=bars&metric=sentiment.negative`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (const q of ['type=frames', 'type=scatter&x=hedge&y=sentiment.positive', 'type=actors', 'type=time&metric=hedge']) {
      const r = await fetch(`${env.app.url}/charts/og?${q}`);
      expect(r.headers.get('content-type'), q).toBe('image/png');
      await r.arrayBuffer();
    }
    expect((await fetch(`${env.app.url}/charts/og?metric=nope`)).status).toBe(400);
  });

  it('answers garbage URLs with 404 or 400, never a 500 (bad-requests.test.ts sends a thousand more)', async () => {
    const notFound = [
      '/articles/abc',
      '/articles/0',
      '/articles/99999999999999999999',
      '/articles/-1',
      '/events/1e3',
      '/stories/2147483648',
      '/outlets/no-such-outlet',
      '/outlets/%00',
      '/nope',
      // Well-formed, but naming what this corpus does not have.
      '/outlets?sort=nope:asc',
      `/outlets/${ids.outlet}/evidence?metric=nope`,
      '/charts?metric=nope',
      '/?page=500',
      `/outlets/${ids.outlet}/evidence`,
    ];
    for (const u of notFound) expect((await fetch(`${env.app.url}${u}`)).status, u).toBe(404);
    const bad: Array<[string, string]> = [
      ['/outlets?sort=hedge', 'sort'],
      ['/outlets?min=hedge:abc', 'min'],
      ['/outlets?cols=%3Cscript%3E', 'cols'],
      [`/outlets/${ids.outlet}/evidence?page=1`, 'metric'],
      [`/outlets/${ids.outlet}/evidence?metric=hedge&page=0`, 'page'],
      [`/outlets/${ids.outlet}?page=99999999999`, 'page'],
      ['/charts?type=pie', 'type'],
      ['/charts?metric=%27%3B%20drop%20table', 'metric'],
      ['/?page=-3', 'page'],
      ['/?page=1&page=2', 'page'],
      ['/articles/%E0%A4%A', 'path'],
    ];
    for (const [u, param] of bad) {
      const res = await fetch(`${env.app.url}${u}`);
      const html = await res.text();
      expect(res.status, u).toBe(400);
      // A real status, and still a page that names the parameter and offers a way back.
      expect(html, u).toMatch(/role="alert"/);
      expect(html, u).toContain(`<code>${param}</code>`);
      expect(html, u).toMatch(/<a href="\/[^"]*">Start over/);
    }
  });
});
