import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { readCorpus } from '@/lib/ingest/corpus';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/app';
import { DEMO_DIR } from '../helpers/seeds';
import { browserAvailable, launchChromium } from '../helpers/browser';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const demo = (await readCorpus([DEMO_DIR])).articles;

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('the built dashboard on the demo corpus', () => {
  let database: TestDatabase;
  let app: RunningApp;

  beforeAll(async () => {
    database = await createServerDatabase();
    await migrate(database.url);
    const db = createClient(database.url, 2);
    await ingestArticles(database, demo);
    await scoreArticles(database);
    await db.$disconnect();
    app = await startApp(database.url);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('serves the overview with every outlet and every article title', async () => {
    const res = await fetch(`${app.url}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    for (const article of demo) {
      expect(text).toContain(article.outlet);
      expect(text).toContain(article.title);
    }
    // The overview shows who covered what: every event, with silent outlets marked.
    expect(html).toContain('silent');
    // Evidence words are one click away: the story comparison highlights them in each outlet's text.
    const story = await fetch(`${app.url}/stories/1`);
    expect(story.status).toBe(200);
    // ("criticized" is a report verb and, since analysis/5, a news topic verb for sentiment: "unacceptable" is the evaluation.)
    expect(await story.text()).toMatch(/<mark[^>]*data-f="[^"]*sentiment[^"]*"[^>]*>unacceptable<\/mark>/);
  });

  it.runIf(browserAvailable)('renders in Chromium without console errors', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${app.url}/`, { waitUntil: 'networkidle' });
      const outlets = await page.locator('section.outlet h3').allTextContents();
      expect(outlets).toEqual(['Liberation News', 'RT', 'The Week', 'Unattributed op-ed report', 'Unattributed wire rewrite']);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'overview.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
