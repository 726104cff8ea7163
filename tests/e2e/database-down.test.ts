/**
 * The database unreachable: every page answers with the app's error page and a 5xx status, saying the database is
 * unreachable and how to fix it, with no stack trace and without the password of the URL. Input checks that need
 * no database still answer 400 and 404.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_UNREACHABLE } from '@/lib/db/queries/unreachable';
import { startApp, type RunningApp } from '../helpers/app';
import { browserAvailable, launchChromium, STACK_FRAME } from './support';

const SECRET = 'Pa55-w0rd-never-shown';
/** Nothing listens on port 1. */
const DOWN = `postgresql://parallax:${SECRET}@127.0.0.1:1/parallax`;
const built = existsSync(path.resolve(import.meta.dirname, '../../.next/BUILD_ID'));

const PAGES = [
  '/',
  '/?page=1',
  '/outlets',
  '/outlets?sort=hedge:desc&q=r',
  '/outlets/rt',
  '/outlets/rt/evidence?metric=hedge',
  '/articles/1',
  '/events/1',
  '/stories/1',
  '/charts',
  '/charts?type=scatter&x=hedge&y=loaded',
  '/methodology',
];

describe.runIf(built)('the dashboard with its database unreachable', () => {
  let app: RunningApp;

  beforeAll(async () => {
    // Neither URL may lead anywhere: the read URL would win over DATABASE_URL.
    const saved = process.env.PARALLAX_READ_DATABASE_URL;
    delete process.env.PARALLAX_READ_DATABASE_URL;
    try {
      app = await startApp(DOWN);
    } finally {
      if (saved !== undefined) process.env.PARALLAX_READ_DATABASE_URL = saved;
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers every page with a 5xx error page: no stack trace, no password', async () => {
    for (const url of PAGES) {
      const res = await fetch(`${app.url}${url}`);
      const body = await res.text();
      expect([500, 503], url).toContain(res.status);
      expect(body, url).not.toContain(SECRET);
      expect(body, url).not.toMatch(STACK_FRAME);
      expect(body, url).not.toMatch(/ECONNREFUSED|Can't reach database|PrismaClient|127\.0\.0\.1:1/);
      // The page knows why (the error page reads this to say so).
      expect(body, url).toContain(DATABASE_UNREACHABLE);
    }
    const og = await fetch(`${app.url}/charts/og?type=bars&metric=hedge`);
    expect(og.status).toBe(503);
    expect(await og.text()).toMatch(/database is unreachable/);
    const csv = await fetch(`${app.url}/outlets/export.csv?sort=hedge:desc`);
    expect(csv.status).toBe(503);
    expect(csv.headers.get('retry-after')).toBe('30');
    expect(await csv.text()).toMatch(/database is unreachable/);
  });

  it('still refuses bad input without a database: 400 and 404', async () => {
    for (const [url, status] of [['/outlets?sort=hedge', 400], ['/outlets/export.csv?min=hedge:x', 400], ['/charts?type=pie', 400], ['/?page=-1', 400], ['/articles/abc', 404], ['/outlets/%zz', 400]] as const) {
      const res = await fetch(`${app.url}${url}`);
      await res.arrayBuffer();
      expect(res.status, url).toBe(status);
    }
  });

  it.runIf(browserAvailable)('shows in a browser that the database is unreachable, and how to fix it', async () => {
    const browser = await launchChromium();
    try {
      for (const url of ['/', '/outlets', '/articles/1', '/charts']) {
        const page = await browser.newPage();
        await page.goto(`${app.url}${url}`, { waitUntil: 'networkidle' });
        const heading = page.getByRole('heading', { name: 'The database is unreachable' });
        await heading.waitFor({ timeout: 15_000 });
        const text = await page.locator('body').innerText();
        expect(text, url).toMatch(/DATABASE_URL/);
        expect(text, url).toMatch(/Postgres server is running/);
        expect(text, url).not.toContain(SECRET);
        expect(text, url).not.toMatch(STACK_FRAME);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
