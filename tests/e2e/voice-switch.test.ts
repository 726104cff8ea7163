/**
 * The voice switch: a reader counts the writer's own words (default), the words an outlet quotes, or all of them.
 * The choice is in the URL (?voice=…), changes the figures on the outlet page and the evidence behind them, and the
 * marker details say whose words a marker is. Texts written for this test; the built app on a fresh database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/ingest/clean';
import type { ArticleInput } from '@/lib/ingest/types';
import { requireServer } from '../helpers/database';
import { browserAvailable, seededAppAndBrowser, type SeededApp } from './support';

const QUOTES = [
  '“The protesters are vicious thugs and radical extremists,” said Putin on Tuesday. The ministry published the transcript later that day.',
  'Officials met in Geneva on Monday. “These vicious thugs want chaos,” Putin told reporters. The talks continue next week.',
];
const OWN = ['The protesters are vicious thugs and radical extremists. The ministry published the transcript later that day.'];
const article = (outlet: string, body: string, i: number): ArticleInput => ({ outlet, title: `${outlet} report ${i + 1}`, body: cleanText(body).body, sourceFile: `${outlet}-${i}.txt` });

const serverAvailable = await requireServer();

describe.runIf(serverAvailable && browserAvailable)('the writer / quoted / all switch', () => {
  let env: SeededApp;
  beforeAll(async () => {
    env = await seededAppAndBrowser([...QUOTES.map((b, i) => article('Quoting Post', b, i)), ...OWN.map((b, i) => article('Own Words Daily', b, i))]);
  });
  afterAll(() => env?.close());

  /** The value cell of the loaded-words row on the outlet page. */
  const loadedWords = (page: import('playwright-core').Page) =>
    page.locator('table.data tr', { has: page.locator('th[scope=row]', { hasText: /^word/ }) }).filter({ hasText: 'Loaded language' }).locator('td.num').first();

  it('changes the outlet’s figure and the URL, and the evidence follows the voice', async () => {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.app.url}/outlets/quoting-post`, { waitUntil: 'networkidle' });
    // Default: the writer's own words. This outlet only quotes loaded words.
    expect(await page.getByRole('radio', { name: 'Writer’s own words' }).isChecked()).toBe(true);
    expect(await loadedWords(page).textContent()).toBe('0');

    await page.getByRole('radio', { name: 'Quoted words' }).check();
    await page.waitForURL(/[?&]voice=quoted\b/);
    await expect.poll(async () => Number(await loadedWords(page).textContent())).toBeGreaterThan(0);
    const quoted = Number(await loadedWords(page).textContent());

    await page.getByRole('radio', { name: 'All' }).check();
    await page.waitForURL(/[?&]voice=all\b/);
    await expect.poll(async () => Number(await loadedWords(page).textContent())).toBe(quoted);

    // The evidence link keeps the voice; its sentences are the quoted ones and a mark says whose words they are.
    await page.getByRole('radio', { name: 'Quoted words' }).check();
    await page.waitForURL(/[?&]voice=quoted\b/);
    const link = page.locator('table.data tr', { has: page.locator('th[scope=row]', { hasText: /^word/ }) }).filter({ hasText: 'Loaded language' }).getByRole('link');
    // The URL changes before the page re-renders: wait for the link to follow it.
    await expect.poll(() => link.getAttribute('href')).toMatch(/voice=quoted/);
    await link.click();
    await page.waitForURL(/\/evidence\?.*voice=quoted/);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.evidence-list li').count()).toBe(2);
    await page.locator('.evidence-list mark[data-d]', { hasText: 'vicious' }).first().click();
    await expect.poll(() => page.locator('.marker-details').textContent()).toContain('quoted: Putin');

    // The same evidence in the writer's voice: none.
    await page.getByRole('radio', { name: 'Writer’s own words' }).check();
    await page.waitForURL((u) => !u.searchParams.has('voice') || u.searchParams.get('voice') === 'writer');
    await expect.poll(() => page.locator('.evidence-list li').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts the loaded-language total in sentences, as many as its evidence lists, in every voice', async () => {
    const page = await env.browser.newPage();
    const seen: Record<string, number> = {};
    for (const voice of ['writer', 'quoted', 'all']) {
      await page.goto(`${env.app.url}/outlets/quoting-post/evidence?metric=loaded&voice=${voice}`, { waitUntil: 'networkidle' });
      const lede = (await page.locator('.lede').textContent())!.replace(/\s+/g, ' ');
      const hits = Number(/(\d+) hits? in/.exec(lede)?.[1]);
      const listed = Number(/Every sentence below is one hit: (\d+) sentences?/.exec(lede)?.[1]);
      expect(hits, lede).toBe(listed);
      expect(await page.locator('.evidence-list > li').count(), lede).toBe(listed);
      seen[voice] = hits;
    }
    // This outlet's loaded sentences are all quoted: none in its own voice.
    expect(seen.writer).toBe(0);
    expect(seen.quoted).toBeGreaterThan(0);
    expect(seen.all).toBe(seen.quoted);
    await page.close();
  });

  it('switches the framing table’s figures, its evidence links and its CSV, and shows the quoted voice beside an article’s figures', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.app.url}/outlets`, { waitUntil: 'networkidle' });
    // The loaded-language total (loaded sentences) of the outlet that only quotes.
    const cell = page.locator('tr[data-outlet="quoting-post"] td[data-value]', { has: page.locator('a[href$="metric=loaded"], a[href*="metric=loaded&"]') });
    expect(await cell.getAttribute('data-value')).toBe('0');
    await page.getByRole('radio', { name: 'Quoted words' }).check();
    await page.waitForURL(/[?&]voice=quoted\b/);
    await expect.poll(async () => Number(await cell.getAttribute('data-value'))).toBeGreaterThan(0);
    expect(await cell.locator('a').getAttribute('href')).toMatch(/voice=quoted/);
    const csv = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
    expect(csv).toMatch(/voice=quoted/);
    const rows = (await (await fetch(`${env.app.url}${csv}`)).text()).trim().split('\n');
    expect(rows.length).toBe(3);

    await page.locator('tr[data-outlet="quoting-post"] th a').click();
    await page.waitForURL(/\/outlets\/quoting-post/);
    await page.locator('a[href^="/articles/"]', { hasText: 'Quoting Post report 1' }).first().click();
    await page.waitForURL(/\/articles\/\d+/);
    await page.waitForLoadState('networkidle');
    // The writer's count, and the quoted one beside it.
    await expect.poll(() => page.locator('dl.figures .quoted-voice').count()).toBeGreaterThan(0);
    // Loaded words: none in the writer's own words, some quoted.
    expect(await page.locator('dl.figures', { hasText: 'loaded language' }).textContent()).toMatch(/word0 · 0\/100w · quoted [1-9]/);
    await page.close();
  });

  it('shows the outlet that uses the words itself in the writer’s voice, and refuses an unknown voice', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.app.url}/outlets/own-words-daily?voice=writer`, { waitUntil: 'networkidle' });
    expect(Number(await loadedWords(page).textContent())).toBeGreaterThan(0);
    await page.goto(`${env.app.url}/outlets/own-words-daily?voice=quoted`, { waitUntil: 'networkidle' });
    expect(await loadedWords(page).textContent()).toBe('0');
    const table = await page.goto(`${env.app.url}/outlets?voice=quoted`, { waitUntil: 'networkidle' });
    expect(table?.status()).toBe(200);
    expect(await page.getByRole('radio', { name: 'Quoted words' }).isChecked()).toBe(true);
    const bad = await fetch(`${env.app.url}/outlets?voice=everyone`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('voice');
    await page.close();
  });
});
