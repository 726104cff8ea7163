/**
 * In the built app on a real Postgres: a chart permalink made on one scoring run, opened after a full rescore
 * replaced that run, shows the current figures with a notice naming the run it was made on (number, date) and the
 * analysis version that recomputed them, and what changed for the drawn outlets; a link made on the current run
 * shows none, and the page's share links carry the current run. Also the API through the real server (proxy
 * and all): the OpenAPI document, 304 on the ETag, 400 as JSON, the docs page, a streamed export.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { readCorpus } from '@/lib/ingest/corpus';
import { date } from '@/app/_lib/format';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/app';
import { DEMO_DIR } from '../helpers/seeds';
import { browserAvailable, launchChromium, seedDatabase } from './support';

const serverAvailable = await requireServer();
const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** axe-core's violations on a page (evaluated by the test tool: the page's policy refuses injected scripts). */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ')}`);
  });
}

describe.runIf(serverAvailable && browserAvailable)('run-aware share links and the API in the built app', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let first: { id: number; finishedAt: Date; version: string };
  let second: { id: number; version: string };

  beforeAll(async () => {
    database = await createServerDatabase();
    const demo = (await readCorpus([DEMO_DIR])).articles;
    await seedDatabase(database.url, demo);
    const db = createClient(database.url, 2);
    try {
      const r1 = await db.scoringRun.findFirstOrThrow({ where: { status: 'complete' }, orderBy: { id: 'desc' } });
      first = { id: r1.id, finishedAt: r1.finishedAt!, version: r1.version };
      // A new article full of hedges, then a full rescore: the first run is deleted, and the outlet's hedge rate moves.
      await ingestArticles(database, [{ ...demo[0], url: undefined, title: 'A hedged follow-up', body: 'Officials said the plan might perhaps possibly change. It may arguably be delayed, and it could seemingly cost more. Perhaps.' }]);
      await scoreArticles(database, { full: true });
      const r2 = await db.scoringRun.findFirstOrThrow({ where: { status: 'complete' }, orderBy: { id: 'desc' } });
      second = { id: r2.id, version: r2.version };
      expect(await db.scoringRun.count({ where: { id: first.id } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
    [app, browser] = await Promise.all([startApp(database.url), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await database?.drop();
  });

  async function open(path: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
    return { page, errors, status: res?.status() ?? 0, close: () => context.close() };
  }

  it('says which run an old permalink was made on, and shows the current figures', async () => {
    expect(second.id).toBeGreaterThan(first.id);
    const old = await open(`/charts?type=bars&metric=hedge&run=${first.id}`);
    try {
      expect(old.status).toBe(200);
      const notice = old.page.locator(`[data-run-notice="${first.id}"]`);
      await expect(notice.count()).resolves.toBe(1);
      const text = (await notice.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(`This link was made on run ${first.id} of ${date(first.finishedAt)}`);
      expect(text).toContain(`figures recomputed since with analysis version ${second.version}`);
      expect(text).toContain(`run ${second.id} of`);
      // What changed: the outlet that got the hedged article, then and now.
      expect(text).toMatch(/What changed for the drawn outlets \(\d+\)/);
      expect(await axe(old.page)).toEqual([]);
      expect(old.errors).toEqual([]);
      // Share links made from this page name the current run, not the old one.
      expect(await old.page.locator('meta[property="og:image"]').getAttribute('content')).toContain(`run=${second.id}`);
      expect(await old.page.locator('meta[property="og:url"]').getAttribute('content')).toContain(`run=${second.id}`);
    } finally {
      await old.close();
    }
    const current = await open(`/charts?type=bars&metric=hedge&run=${second.id}`);
    try {
      expect(current.status).toBe(200);
      expect(await current.page.locator('[data-run-notice]').count()).toBe(0);
      await current.page.waitForSelector('.chart-canvas svg.recharts-surface');
    } finally {
      await current.close();
    }
    // A run this installation never had: said so, not an error.
    const unknown = await open('/charts?type=bars&metric=hedge&run=999999');
    try {
      expect(unknown.status).toBe(200);
      expect(await unknown.page.locator('[data-run-notice="999999"]').textContent()).toContain('no longer remembers');
    } finally {
      await unknown.close();
    }
    expect((await fetch(`${app.url}/charts?run=abc`)).status).toBe(400);
    const og = await fetch(`${app.url}/charts/og?type=bars&metric=hedge&run=${first.id}`);
    expect(og.status).toBe(200);
    expect(og.headers.get('content-type')).toContain('image/png');
  });

  it('serves the API, its document and its docs page through the real server', async () => {
    const doc = await fetch(`${app.url}/api/openapi.json`);
    expect(doc.status).toBe(200);
    expect((await doc.json()).openapi).toBe('3.1.0');
    const corpus = await fetch(`${app.url}/api/v1/corpus`);
    expect(corpus.status).toBe(200);
    const body = await corpus.json();
    expect(body.meta.run.id).toBe(second.id);
    const etag = corpus.headers.get('etag')!;
    expect((await fetch(`${app.url}/api/v1/corpus`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const bad = await fetch(`${app.url}/api/v1/events?page=0&sort=random`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/json');
    expect((await bad.json()).error.problems.map((p: { param: string }) => p.param).sort()).toEqual(['page', 'sort']);
    const docs = await open('/api-docs');
    try {
      expect(docs.status).toBe(200);
      expect(await docs.page.locator('#markers h3').textContent()).toContain('GET /api/v1/markers');
      expect(await axe(docs.page)).toEqual([]);
      expect(docs.errors).toEqual([]);
    } finally {
      await docs.close();
    }
    const runs = await (await fetch(`${app.url}/api/v1/runs`)).json();
    expect(runs.data.map((r: { id: number }) => r.id)).toEqual([second.id, first.id]);
    const jsonl = await fetch(`${app.url}/api/v1/export/markers?format=jsonl`);
    expect(jsonl.status).toBe(200);
    const lines = (await jsonl.text()).trim().split('\n');
    expect(JSON.parse(lines[0]).meta.run.id).toBe(second.id);
    expect(lines.length - 1).toBe((await (await fetch(`${app.url}/api/v1/corpus`)).json()).data.markers);
  });
});
