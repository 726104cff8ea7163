/**
 * The built dashboard served through a SELECT-only role (docs/SECURITY.md, run as written): every page reads
 * fine, every write through the role fails. The same app is checked for its security headers, and in Chromium
 * for Content-Security-Policy violations.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import { openReadDatabase } from '@/lib/db/connection';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/store';
import { scoreArticles } from '@/lib/db/scoring';
import { readCorpus } from '@/lib/ingest/corpus';
import { SERVER_URL, createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/seeds';
import { CHROMIUM, ROOT, databaseChecksum, expectNoStackTrace, launchChromium, startNext, writeGeneratedJsonl, type NextServer } from './shared';

const serverAvailable = await requireServer();
const built = existsSync(path.join(ROOT, '.next/BUILD_ID'));

/** The reader-role SQL of docs/SECURITY.md, with this test's role, password, database and owner swapped in. */
function readerRoleSql(role: string, password: string, database: string, owner: string): string[] {
  const doc = readFileSync(path.join(ROOT, 'docs/SECURITY.md'), 'utf8');
  const block = /<!-- reader-role[^>]*-->\s*```sql\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/SECURITY.md has no reader-role SQL block');
  return block
    .replace(/\bparallax_reader\b/g, role)
    .replace(/'change-me'/g, `'${password}'`)
    .replace(/DATABASE parallax\b/g, `DATABASE "${database}"`)
    .replace(/FOR ROLE parallax\b/g, `FOR ROLE "${owner}"`)
    .split('\n')
    .filter((l) => !l.startsWith('--'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

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
    await ingestArticles(db, (await readCorpus([DEMO_DIR])).articles);
    await scoreArticles(database.url);
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

  describe('security headers', () => {
    const expectSecurityHeaders = (res: Response, what: string) => {
      const csp = res.headers.get('content-security-policy') ?? '';
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
      expect(directives.get('default-src'), what).toBe("'self'");
      expect(directives.get('script-src'), what).toMatch(/^'self'( 'unsafe-inline')?$/);
      expect(directives.get('script-src-attr'), what).toBe("'none'");
      expect(directives.get('img-src'), what).toBe("'self' data: blob:");
      expect(directives.get('object-src'), what).toBe("'none'");
      expect(directives.get('frame-ancestors'), what).toBe("'none'");
      expect(directives.get('base-uri'), what).toBe("'self'");
      expect(directives.get('form-action'), what).toBe("'self'");
      // Nothing may widen the origin list: no wildcard, no other host, no eval.
      expect(csp, what).not.toMatch(/\*|https?:|'unsafe-eval'/);
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), what).toMatch(/^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/);
      expect(res.headers.get('x-frame-options'), what).toBe('DENY');
      expect(res.headers.get('x-powered-by'), what).toBeNull();
    };

    it('are sent on pages, on a 404 and on static assets', async () => {
      for (const page of [...pages(), '/no-such-page']) {
        const res = await fetch(`${app.url}${page}`);
        await res.arrayBuffer();
        expectSecurityHeaders(res, page);
      }
      const html = await (await fetch(`${app.url}/`)).text();
      const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
      expect(asset).toBeTruthy();
      for (const file of [asset!, '/icon.svg']) {
        const res = await fetch(`${app.url}${file}`);
        expect(res.status, file).toBe(200);
        await res.arrayBuffer();
        expectSecurityHeaders(res, file);
      }
    });

    it.runIf(existsSync(CHROMIUM) || process.env.CI)('cause no CSP violation in Chromium, and the client scripts run', async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __csp: string[] }).__csp = seen;
          document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        for (const path of ['/', '/charts', `/articles/${ids.article}`, '/outlets']) {
          await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
          const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
          expect(violations, path).toEqual([]);
          // Next's client runtime sets window.next once its scripts have run: the policy did not block them.
          expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), path).toBe('string');
        }
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    });

    it.runIf(existsSync(CHROMIUM) || process.env.CI)("needs 'unsafe-inline' for script elements and style attributes: stricter policies break the page", async () => {
      const browser = await launchChromium();
      try {
        for (const [strip, directive] of [
          [/script-src 'self' 'unsafe-inline'/, 'script-src'],
          [/style-src-attr 'unsafe-inline'/, 'style-src-attr'],
        ] as const) {
          const page = await browser.newPage();
          const seen: string[] = [];
          page.on('console', (m) => /Content Security Policy/i.test(m.text()) && seen.push(m.text()));
          // The same response with the stricter policy; the check above would report what this one does.
          await page.route(`${app.url}/charts`, async (route) => {
            const res = await route.fetch();
            const csp = (res.headers()['content-security-policy'] ?? '').replace(strip, `${directive} 'self'`);
            await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
          });
          await page.goto(`${app.url}/charts`, { waitUntil: 'networkidle' });
          expect(seen.join('\n'), directive).toMatch(new RegExp(`violates the following Content Security Policy directive '${directive} 'self''`));
          await page.close();
        }
      } finally {
        await browser.close();
      }
    });
  });
});
