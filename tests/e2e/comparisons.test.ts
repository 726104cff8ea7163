/**
 * Comparisons that hold, in the built app on a planted corpus written for this test: two left outlets that hedge
 * ("reportedly", "allegedly") and say "regime", two right outlets that hedge once an article and say "government", all four
 * on the same six events, and a one-article outlet. Checks the framing table's minimum articles (default hides the
 * small outlet, "1 hidden", show all; the CSV holds exactly the rows shown), /compare on lean:left vs lean:right
 * (shared events, the hedge difference called, per-event rows linking to events, distinctive words opening their
 * sentences, permalink, CSV, OG image), selection and framing on a profile, and distinctive words on an event page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import type { ArticleInput } from '@/lib/ingest/types';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { requireServer } from '../helpers/database';
import { browserAvailable, seededAppAndBrowser, type SeededApp } from './support';

const EVENTS = ['Harbour strike', 'Bridge closure', 'Budget vote', 'Flood warning', 'Port talks', 'Rail dispute'];
const LEFT = ['Left Ledger', 'Left Lantern'];
const RIGHT = ['Right Record', 'Right Review'];

function article(outlet: string, event: string, i: number): ArticleInput {
  const left = LEFT.includes(outlet);
  const body = left
    ? `The regime reportedly moved on the ${event.toLowerCase()} late on Monday. Officials allegedly ignored the dockworkers, and the regime seemingly plans more. ` +
      `Residents said the regime reportedly promised talks, which supposedly begin soon. Observers say the outcome is reportedly unclear.`
    : `The government moved on the ${event.toLowerCase()} late on Monday. Officials met the dockworkers, and the government plans more. ` +
      `Residents said the government promised talks, which begin on Friday. Observers say the outcome reportedly depends on the vote.`;
  // Each outlet signs its text: identical bodies would be stored once (content hash).
  return { outlet, body: `${body} Filed for ${outlet}. ${outlet} readers wrote in, and ${outlet} will follow up.`, title: `${outlet} on the ${event.toLowerCase()} (${i})`, sourceFile: `${outlet}-${i}.txt`, story: 'Harbour city', event, publishedAt: new Date(Date.UTC(2026, 0, 1 + i)) };
}

const articles: ArticleInput[] = [
  ...[...LEFT, ...RIGHT].flatMap((o) => EVENTS.map((e, i) => article(o, e, i))),
  { outlet: 'Tiny Post', title: 'One piece', body: 'A single short piece about the harbour and its long history of trade.', sourceFile: 'tiny.txt' },
];

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** axe-core's violations on a page, as "rule: targets". */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ')}`);
  });
}

const serverAvailable = await requireServer();

describe.runIf(serverAvailable && browserAvailable)('comparisons that hold', () => {
  let env: SeededApp;
  let eventId = 0;
  let storyId = 0;

  beforeAll(async () => {
    env = await seededAppAndBrowser(articles, async (db) => {
      await db.outlet.updateMany({ where: { name: { in: LEFT } }, data: { lean: 'left' } });
      await db.outlet.updateMany({ where: { name: { in: RIGHT } }, data: { lean: 'right' } });
      eventId = (await db.event.findFirstOrThrow({ where: { title: EVENTS[0] } })).id;
      storyId = (await db.story.findFirstOrThrow({ where: { title: 'Harbour city' } })).id;
    });
  });
  afterAll(() => env?.close());

  it('hides outlets under five articles by default, says how many, shows them in one click, and exports the rows shown', async () => {
    const page = await env.browser.newPage();
    const res = await page.goto(`${env.app.url}/outlets`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    const names = async () => (await page.locator('table.framing tbody tr th, table.framing tbody tr td:first-child').allTextContents()).join('|');
    expect(await page.locator('#hidden-count').textContent()).toBe('1 hidden');
    expect(await names()).not.toContain('Tiny Post');
    expect(await page.locator('table.framing tbody tr').count()).toBe(4);
    // The CSV link carries no size state (the default applies there too): the same four rows, with articles and words.
    const csv = parseCsv(await (await fetch(`${env.app.url}/outlets/export.csv`)).text(), { columns: true }) as Array<Record<string, string>>;
    expect(csv.map((r) => r.outlet).sort()).toEqual([...LEFT, ...RIGHT].sort());
    expect(csv.every((r) => r.articles === '6' && Number(r.words) > 0)).toBe(true);

    await page.click('#show-all');
    await page.waitForURL(/minArticles=0/);
    expect(await page.locator('table.framing tbody tr').count()).toBe(5);
    expect(await names()).toContain('Tiny Post');
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toContain('minArticles=0');
    const all = parseCsv(await (await fetch(new URL(href!, env.app.url))).text(), { columns: true }) as Array<Record<string, string>>;
    expect(all.map((r) => r.outlet)).toContain('Tiny Post');
    expect(all.find((r) => r.outlet === 'Tiny Post')).toMatchObject({ articles: '1' });
    // A bad minimum is refused, naming the parameter.
    const bad = await fetch(`${env.app.url}/outlets?minArticles=many`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('minArticles');
    await page.close();
  });

  it('compares the two leans on the events both covered, calls the hedge difference and shows the words that differ', async () => {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(`${env.app.url}/compare?a=lean:left&b=lean:right&metric=hedge`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    expect(await page.locator('#shared-events').textContent()).toBe(String(EVENTS.length));
    const hedge = page.locator('#compare-metrics tr[data-metric="hedge"]');
    expect(await hedge.getAttribute('data-differs')).toBe('yes');
    expect(await hedge.textContent()).toContain('higher in Left');
    // Per shared event, both figures, each row linking to its event.
    const eventLinks = await page.locator('#compare-events tbody tr th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(eventLinks).toHaveLength(EVENTS.length);
    expect(eventLinks).toContain(`/events/${eventId}`);
    // Distinctive words: "regime" for the left, "government" for the right; a word opens the sentences using it.
    const leftWords = page.locator('.distinctive [data-side="a"]');
    expect(await leftWords.locator('.term').allTextContents()).toContain('regime');
    expect(await page.locator('.distinctive [data-side="b"] .term').allTextContents()).toContain('government');
    await leftWords.locator('summary', { hasText: /^regime\b/ }).first().click();
    const sentence = leftWords.locator('details[open] li a').first();
    expect(await sentence.textContent()).toContain('regime');
    expect(await sentence.getAttribute('href')).toMatch(/^\/articles\/\d+#s\d+$/);
    // Each side against every other outlet: the left's hedges are framing (same events as everyone), not selection.
    const leftHedge = page.locator('#selection-framing-a tr[data-metric="hedge"]');
    expect(Number(await leftHedge.locator('[data-factor="framing"]').getAttribute('data-low'))).toBeGreaterThan(1);
    expect(Number(await leftHedge.locator('[data-factor="selection"]').getAttribute('data-low'))).toBeLessThanOrEqual(1);
    expect(Number(await leftHedge.locator('[data-factor="selection"]').getAttribute('data-high'))).toBeGreaterThanOrEqual(1);
    expect(await axe(page)).toEqual([]);
    // Permalink, CSV and share image.
    expect(await page.locator('#permalink').getAttribute('href')).toBe('/compare?a=lean%3Aleft&b=lean%3Aright&metric=hedge');
    const csv = parseCsv(await (await fetch(`${env.app.url}/compare/export.csv?a=lean:left&b=lean:right&metric=hedge`)).text(), { columns: true }) as Array<Record<string, string>>;
    const summary = csv.find((r) => r.scope === 'all shared events' && r.metric === 'hedge')!;
    expect(summary).toMatchObject({ 'shared events': String(EVENTS.length), 'a articles': '12', 'b articles': '12', differs: 'yes' });
    expect(Number(summary['ratio low'])).toBeGreaterThan(1);
    expect(csv.filter((r) => r.scope === 'event')).toHaveLength(EVENTS.length);
    const og = await fetch(`${env.app.url}/compare/og?a=lean:left&b=lean:right`);
    expect(og.status).toBe(200);
    expect(og.headers.get('content-type')).toBe('image/png');
    // An unknown side is said, not a crash.
    await page.goto(`${env.app.url}/compare?a=lean:left&b=nobody-here`, { waitUntil: 'networkidle' });
    expect(await page.locator('.notice[role="alert"]').textContent()).toContain('nobody-here');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('splits an outlet’s difference into selection and framing on its profile, and lists distinctive words on a story and an event', async () => {
    const page = await env.browser.newPage();
    const res = await page.goto(`${env.app.url}/outlets/left-ledger`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    // Same events as everyone: selection ×1 within its interval; hedges framed well above the other outlets.
    const row = page.locator('#selection-framing tr[data-metric="hedge"]');
    const selection = row.locator('[data-factor="selection"]');
    const framing = row.locator('[data-factor="framing"]');
    expect(Number(await selection.getAttribute('data-low'))).toBeLessThanOrEqual(1);
    expect(Number(await selection.getAttribute('data-high'))).toBeGreaterThanOrEqual(1);
    expect(Number(await framing.getAttribute('data-low'))).toBeGreaterThan(1);
    expect(await page.locator('.selection-chart svg circle').count()).toBe(4);
    expect(await page.locator('#rank-note').textContent()).toContain('Ranks count the 4 outlets');
    expect(await axe(page)).toEqual([]);
    // On a phone, nothing scrolls sideways.
    const phone = await env.browser.newPage({ viewport: { width: 390, height: 800 } });
    for (const url of ['/outlets/left-ledger', '/compare?a=lean:left&b=lean:right', '/outlets']) {
      await phone.goto(`${env.app.url}${url}`, { waitUntil: 'networkidle' });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
    }
    await phone.close();

    // Each outlet against the others in the story: its own name is what only it writes ("regime" the other left
    // outlet writes as often).
    await page.goto(`${env.app.url}/stories/${storyId}`, { waitUntil: 'networkidle' });
    const ledger = page.locator('.distinctive [data-side="left-ledger"] .term');
    expect(await ledger.allTextContents()).toContain('ledger');
    expect(await ledger.allTextContents()).not.toContain('regime');

    await page.goto(`${env.app.url}/events/${eventId}`, { waitUntil: 'networkidle' });
    expect(await page.locator('#distinctive-words').count()).toBe(1);
    // The event's figures carry the one method's intervals, never "0 (0–0)".
    const cis = await page.locator('dl.figures .ci').allTextContents();
    expect(cis.length).toBeGreaterThan(0);
    expect(cis).not.toContain('0–0');
    await page.close();
  });
});
