/**
 * The built dashboard served through a SELECT-only role (docs/SECURITY.md, run as written): every page reads
 * fine, every write through the role fails. The same app is checked for its security headers, and in Chromium
 * for its Content-Security-Policy: no page trips it, and a script without the response's nonce cannot run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { openReadDatabase } from '@/lib/db/connection';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { readCorpus } from '@/lib/ingest/corpus';
import { SERVER_URL, createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/seeds';
import { browserAvailable, ROOT, databaseChecksum, expectNoStackTrace, launchChromium, readerRoleSql, startNext, writeGeneratedJsonl, type NextServer } from './shared';

const serverAvailable = await requireServer();
const built = existsSync(path.join(ROOT, '.next/BUILD_ID'));

describe.runIf(serverAvailable && built)('the dashboard through a read-only role', () => {
  let database: TestDatabase;
  let app: NextServer;
  let readerUrl: string;
  let ids: { article: number; event: number; story: number; outlet: string };
  const role = `parallax_reader_${randomBytes(4).toString('hex')}`;
  const work = tempDir('parallax-reader-');

  beforeAll(async () => {
    database = await createServerDatabase();
    await migrate(database.url);
    const db = createClient(database.url, 2);
    await ingestArticles(database, (await readCorpus([DEMO_DIR])).articles);
    await scoreArticles(database);
    await db.$disconnect();

    const dbName = new URL(database.url).pathname.slice(1);
    const owner = decodeURIComponent(new URL(SERVER_URL).username) || 'postgres';
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      for (const statement of readerRoleSql(role, 'reader-pw', dbName, owner)) await admin.query(statement);
      const [a] = (await admin.query(`SELECT a.id, a."eventId", e."storyId", o.slug FROM "Article" a JOIN "Event" e ON e.id = a."eventId" JOIN "Outlet" o ON o.id = a."outletId" WHERE e."storyId" IS NOT NULL ORDER BY a.id LIMIT 1`)).rows;
      ids = { article: a.id, event: a.eventId, story: a.storyId, outlet: a.slug };
    } finally {
      await admin.end();
    }
    const url = new URL(database.url);
    url.username = role;
    url.password = 'reader-pw';
    readerUrl = url.toString();
    // DATABASE_URL is the reader too: whatever path the app takes, it has nothing but SELECT.
    app = await startNext({ DATABASE_URL: readerUrl, PARALLAX_READ_DATABASE_URL: readerUrl });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${admin.escapeIdentifier(role)}`);
    await admin.end();
    work.remove();
  });

  const pages = () => ['/', '/outlets', '/charts', '/methodology', `/outlets/${ids.outlet}`, `/articles/${ids.article}`, `/events/${ids.event}`, `/stories/${ids.story}`];

  it('openReadDatabase prefers PARALLAX_READ_DATABASE_URL', async () => {
    const saved = process.env.PARALLAX_READ_DATABASE_URL;
    process.env.PARALLAX_READ_DATABASE_URL = readerUrl;
    try {
      const handle = await openReadDatabase();
      expect(handle.url).toBe(readerUrl);
      expect(handle.kind).toBe('server');
    } finally {
      if (saved === undefined) delete process.env.PARALLAX_READ_DATABASE_URL;
      else process.env.PARALLAX_READ_DATABASE_URL = saved;
    }
  });

  it('serves every page through the role', async () => {
    for (const page of pages()) {
      const res = await fetch(`${app.url}${page}`);
      const body = await res.text();
      expect(res.status, `${page}: ${body.slice(0, 300)}`).toBe(200);
      expect(body, page).not.toMatch(/Something went wrong/);
    }
    const overview = await (await fetch(`${app.url}/`)).text();
    for (const outlet of ['RT', 'The Week', 'Liberation News']) expect(overview).toContain(outlet);
    expect(app.logs()).not.toMatch(/permission denied|read-only transaction/);
  });

  it('refuses every kind of write through the role', async () => {
    const reader = new pg.Client({ connectionString: readerUrl });
    await reader.connect();
    const writes = [
      `INSERT INTO "Outlet" (slug, name) VALUES ('evil', 'Evil')`,
      `UPDATE "Article" SET title = 'changed'`,
      `DELETE FROM "ScoringRun"`,
      `TRUNCATE "Marker"`,
      `CREATE TABLE evil (id int)`,
      `ALTER TABLE "Article" ADD COLUMN evil int`,
      `DROP TABLE "Sentence"`,
      `SELECT nextval(pg_get_serial_sequence('"Article"', 'id'))`,
    ];
    const failure = async (sql: string) => {
      try {
        await reader.query(sql);
        return 'succeeded';
      } catch (err) {
        return `${(err as { code?: string }).code}: ${(err as Error).message}`;
      }
    };
    try {
      // First barrier: the role's transactions are read-only (a missing privilege may be noticed first).
      for (const sql of writes) expect(await failure(sql), sql).toMatch(/^(25006: cannot execute .* in a read-only transaction|42501: permission denied)/);
      // The real one: switched off by the session, the writes still lack the privilege.
      await reader.query('SET default_transaction_read_only = off');
      for (const sql of writes) expect(await failure(sql), sql).toMatch(/^42501: (permission denied|must be owner)/);
    } finally {
      await reader.end();
    }
  });

  it('the CLI pointed at the role fails cleanly and changes nothing', async () => {
    const before = await databaseChecksum(database.url);
    const feed = path.join(work.dir, 'feed.jsonl');
    writeGeneratedJsonl(feed, 2, 9);
    for (const args of [['ingest', feed], ['score', '--config', path.join(work.dir, 'none.json')], ['pin', String(ids.article), '--event', 'Evil']]) {
      const run = await runCli(args, { DATABASE_URL: readerUrl });
      expect(run.code, args.join(' ')).toBe(1);
      expectNoStackTrace(run.stdout, run.stderr);
      expect(run.stderr).not.toContain('reader-pw');
    }
    expect(await databaseChecksum(database.url)).toEqual(before);
  });

  describe('security headers and the Content-Security-Policy', () => {
    const NONCE_SCRIPT_SRC = /^'self' 'nonce-([A-Za-z0-9+/]{22}==)'$/;
    const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    const nonceOf = (csp: string | null | undefined) => NONCE_SCRIPT_SRC.exec(directives(csp ?? '').get('script-src') ?? '')?.[1];

    const expectHeaders = (res: Response, what: string) => {
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), what).toMatch(/^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/);
      expect(res.headers.get('x-frame-options'), what).toBe('DENY');
      expect(res.headers.get('x-powered-by'), what).toBeNull();
    };
    const expectPolicy = (res: Response, what: string) => {
      const csp = res.headers.get('content-security-policy') ?? '';
      const d = directives(csp);
      expect(d.get('default-src'), what).toBe("'self'");
      // Scripts from this origin, inline ones only with this response's nonce: no 'unsafe-inline', no 'strict-dynamic'.
      expect(d.get('script-src'), what).toMatch(NONCE_SCRIPT_SRC);
      expect(d.get('script-src-attr'), what).toBe("'none'");
      expect(d.get('style-src'), what).toBe("'self'");
      expect(d.get('img-src'), what).toBe("'self' data: blob:");
      expect(d.get('connect-src'), what).toBe("'self'");
      expect(d.get('object-src'), what).toBe("'none'");
      expect(d.get('frame-ancestors'), what).toBe("'none'");
      expect(d.get('base-uri'), what).toBe("'self'");
      expect(d.get('form-action'), what).toBe("'self'");
      // Nothing may widen the origin list: no wildcard, no other host, no eval, nothing inline for scripts.
      expect(csp, what).not.toMatch(/\*|https?:|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    };

    /** Every kind of response the proxy sees, with the status it must have. */
    const responses = () => [
      ...pages().map((url) => ({ url, status: 200 })),
      { url: '/no-such-page', status: 404 },
      { url: '/articles/999999999', status: 404 },
      { url: '/outlets?sort=bad', status: 400 },
      { url: '/charts/og', status: 200 },
      { url: '/icon.svg', status: 200 },
      { url: '/favicon.ico', status: 200 },
    ];

    it('are sent on every page and answer, the proxy\'s 400 and the gate\'s 405 included; static assets get all but the policy', async () => {
      for (const { url, status } of responses()) {
        const res = await fetch(`${app.url}${url}`);
        await res.arrayBuffer();
        expect(res.status, url).toBe(status);
        expectHeaders(res, url);
        expectPolicy(res, url);
      }
      const post = await fetch(`${app.url}/`, { method: 'POST' });
      await post.arrayBuffer();
      expect(post.status).toBe(405);
      expectHeaders(post, 'POST /');
      // The request gate answers it (scripts/request-gate.mjs): a plain-text page under a policy that allows nothing.
      const gated = directives(post.headers.get('content-security-policy') ?? '');
      expect(gated.get('default-src')).toBe("'none'");
      expect(gated.get('frame-ancestors')).toBe("'none'");
      expect(gated.has('script-src')).toBe(false);
      // Scripts and stylesheets are never documents, so no policy applies to them; the other headers still do.
      const html = await (await fetch(`${app.url}/`)).text();
      const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
      expect(asset).toBeTruthy();
      const res = await fetch(`${app.url}${asset}`);
      expect(res.status, asset).toBe(200);
      await res.arrayBuffer();
      expectHeaders(res, asset!);
    });

    it('carry a fresh nonce on every response, and every script Next writes has that response\'s nonce', async () => {
      const [a, b] = [await fetch(`${app.url}/no-such-page`), await fetch(`${app.url}/no-such-page`)];
      const nonce = nonceOf(a.headers.get('content-security-policy'));
      expect(nonce).toBeTruthy();
      expect(nonceOf(b.headers.get('content-security-policy'))).not.toBe(nonce);
      await b.arrayBuffer();
      // The not-found page too: a page prerendered at build time would have scripts without it.
      const scripts = (await a.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`);
    });

    /** A page that records every CSP violation (from before the page's own scripts run) and CSP console messages. */
    async function watchedPage(browser: Browser) {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
      const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      return { page, problems, violations };
    }

    it.runIf(browserAvailable)('in Chromium, every page loads without a CSP violation, and the client scripts run', async () => {
      const browser = await launchChromium();
      try {
        const { page, problems, violations } = await watchedPage(browser);
        for (const { url, status } of responses()) {
          const res = await page.goto(`${app.url}${url}`, { waitUntil: 'networkidle' });
          expect(res?.status(), url).toBe(status);
          expect(await violations(), url).toEqual([]);
          // Next's client runtime sets window.next once its scripts have run: the policy let them through.
          const nextPage = status !== 400 && !/\/og$|\.(svg|ico)$/.test(url);
          if (nextPage) expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), url).toBe('string');
        }
        // Client-side navigation loads more chunks and RSC data, and the table's sort runs in the page.
        await page.goto(`${app.url}/`, { waitUntil: 'networkidle' });
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outlets' }).click();
        await page.waitForURL(/\/outlets$/);
        await page.locator('th[data-col="sentiment.negative"] button').click();
        await page.waitForURL(/sort=sentiment\.negative(%3A|:)desc/);
        expect(await page.locator('th[data-col="sentiment.negative"]').getAttribute('aria-sort')).toBe('descending');
        const values = await page.locator('table.framing tbody tr').evaluateAll((rows, col) => {
          const idx = [...document.querySelectorAll('table.framing thead th[data-col]')].map((th) => th.getAttribute('data-col')).indexOf(col);
          return rows.map((r) => Number((r.children[idx] as HTMLElement).dataset.value));
        }, 'sentiment.negative');
        expect(values.length).toBeGreaterThan(1);
        expect(values).toEqual([...values].sort((x, y) => y - x));
        expect(await violations()).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    });

    it.runIf(browserAvailable)('in Chromium, a script without this response\'s nonce does not run, nor one from another origin', async () => {
      const browser = await launchChromium();
      try {
        const { page, violations } = await watchedPage(browser);
        const url = `${app.url}/articles/${ids.article}`;
        const earlier = await fetch(url);
        const asset = /\/_next\/static\/[^"']+\.js/.exec(await earlier.text())?.[0];
        const stale = nonceOf(earlier.headers.get('content-security-policy'));
        expect(asset).toBeTruthy();
        const ran = (what: string) => `(window.__ran ??= []).push(${JSON.stringify(what)})`;
        // What an escaping bug would let through: script elements in the HTML the server sent, under its real policy.
        // The one with this response's own nonce shows that an injected script would be seen running.
        await page.route(url, async (route) => {
          const res = await route.fetch();
          const nonce = nonceOf(res.headers()['content-security-policy']);
          expect(nonce).toBeTruthy();
          const injected = [`<script>${ran('no nonce')}</script>`, `<script nonce="${stale}">${ran('stale nonce')}</script>`, `<script nonce="${nonce}">${ran('this nonce')}</script>`].join('');
          await route.fulfill({ response: res, body: (await res.text()).replace(/<body[^>]*>/, (body) => body + injected) });
        });
        await page.goto(url, { waitUntil: 'networkidle' });
        // What a DOM-based injection would add once the page runs: an inline script, and the app's own chunk from
        // another origin (localhost is not 127.0.0.1).
        const other = app.url.replace('127.0.0.1', 'localhost');
        await page.evaluate(
          ({ code, src }) => {
            const inline = document.createElement('script');
            inline.textContent = code;
            const remote = document.createElement('script');
            remote.src = src;
            remote.onload = () => ((window as unknown as { __ran?: string[] }).__ran ??= []).push('other origin');
            document.body.append(inline, remote);
          },
          { code: ran('added later'), src: `${other}${asset}` },
        );
        await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length >= 4);
        expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toEqual(['this nonce']);
        expect((await violations()).sort()).toEqual(['script-src-elem inline', 'script-src-elem inline', 'script-src-elem inline', `script-src-elem ${other}${asset}`].sort());
        // The page itself still works: its own scripts ran.
        expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe('string');
      } finally {
        await browser.close();
      }
    });
  });
});
