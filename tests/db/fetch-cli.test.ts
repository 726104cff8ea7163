/**
 * `parallax fetch` as a user runs it, against a news site the test serves on 127.0.0.1 (never the internet): a URL
 * list, an RSS feed and a Media Cloud-style CSV export in one run, with every outcome the issue lists asserted from
 * the summary, the database and the site's own request log; then a second run served from the cache.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/cli';
import { ARTICLES, startTestSite, type TestSite } from '../helpers/web-server';

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('parallax fetch, as a user runs it, against a local site', () => {
  let site: TestSite;
  let database: TestDatabase;
  let db: Db;
  let env: Record<string, string>;
  const work = tempDir('parallax-fetch-');
  const cache = path.join(work.dir, 'cache');
  let args: string[];

  beforeAll(async () => {
    site = await startTestSite({ slowMs: 5000 });
    database = await createServerDatabase();
    env = { DATABASE_URL: database.url };
    db = createClient(database.url, 2);
    const o = site.origin;
    writeFileSync(
      path.join(work.dir, 'urls.txt'),
      [
        '# stories to collect',
        `${o}/news/harbour-bridge`,
        `${o}/news/harbour-bridge?utm_source=newsletter   # the same story, tracked`,
        `${o}/amp/news/harbour-bridge`,
        `${o}/private/memo`,
        `${o}/busy`,
        `${o}/loop/a`,
        `${o}/slow`,
        `${o}/huge`,
        `${o}/report.pdf`,
        `${o}/moved`,
        '',
      ].join('\n'),
    );
    // Media Cloud's story-list export columns.
    writeFileSync(
      path.join(work.dir, 'export.csv'),
      [
        'id,indexed_date,language,media_name,media_url,publish_date,title,url',
        `101,2024-03-09 10:00:00,en,Evening Test Post,eveningtestpost.example,2024-03-08 20:15:00,Council votes to keep the night bus,${o}/council-vote`,
        `102,2024-03-09 10:00:00,en,testgazette.example,testgazette.example,2024-03-06 18:45:00,River festival draws record crowds,${o}/print/news/river-festival`,
        '',
      ].join('\n'),
    );
    // A short back-off keeps the retried timeout quick; the contact goes into the User-Agent.
    writeFileSync(path.join(work.dir, 'parallax.config.json'), JSON.stringify({ fetch: { contact: 'tester@example.org', backoffMs: 200 } }));
    args = ['fetch', 'urls.txt', `${o}/feed.xml`, 'export.csv', '--allow-private', '--delay', '0', '--timeout', '1', '--retries', '1', '--cache', cache];
  });
  afterAll(async () => {
    await site?.close();
    await db?.$disconnect();
    await database?.drop();
    work.remove();
  });

  it('refuses a loopback address without --allow-private, sending nothing', async () => {
    const list = path.join(work.dir, 'private.txt');
    writeFileSync(list, `${site.origin}/news/harbour-bridge\n`);
    const run = await runCli(['fetch', list, '--dry-run', '--cache', cache], env, work.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 skipped by robots.txt, 1 failed/);
    expect(run.stdout).toMatch(/requests: 0 to 0 host/);
    expect(run.stdout).toMatch(/127\.0\.0\.1 is at 127\.0\.0\.1, a private, loopback or reserved address; pass --allow-private/);
    expect(site.requests).toEqual([]);
  });

  it('fetches a URL list, a feed and a CSV export, reports every outcome, and stores the articles in one ingest', async () => {
    const run = await runCli(args, env, work.dir);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(run.stderr).toMatch(/urls\.txt: read as a URL list, 10 URL\(s\)/);
    expect(run.stderr).toMatch(/feed\.xml: read as a feed \("Test Gazette"\), 3 URL\(s\)/);
    expect(run.stderr).toMatch(/export\.csv: read as a CSV export, 2 URL\(s\)/);
    expect(out).toMatch(/fetch: 15 URLs from 3 input\(s\) in [\d.]+ s: 5 fetched, 0 from the cache .*1 skipped by robots\.txt, 4 failed, 5 duplicates/);
    // Each way a fetch goes wrong, with its reason, and the run went on.
    expect(out).toMatch(/\/loop\/a \(urls\.txt:7\): redirect loop: .*\/loop\/a → .*\/loop\/b → .*\/loop\/a/);
    expect(out).toMatch(/\/slow \(urls\.txt:8\): timed out after 1 s \(2 attempts\)/);
    expect(out).toMatch(/\/huge \(urls\.txt:9\): the page is over the 5\.0 MB cap/);
    expect(out).toMatch(/\/report\.pdf \(urls\.txt:10\): not an HTML page \(application\/pdf\)/);
    expect(out).toMatch(/skipped by robots\.txt: 1 × disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/);
    expect(out).toMatch(/duplicates: 5 \(2 same URL, 2 same canonical URL, 1 same text\)/);
    expect(out).toMatch(/retries: 2 \(1 after waiting as Retry-After asked, 1 after back-off\)/);
    expect(run.stderr).toMatch(/amp\/news\/harbour-bridge: same canonical URL \(http:\/\/127\.0\.0\.1:\d+\/news\/harbour-bridge\) as http:\/\/127\.0\.0\.1:\d+\/news\/harbour-bridge; kept once/);
    expect(run.stderr).toMatch(/print\/news\/river-festival: same text as http:\/\/127\.0\.0\.1:\d+\/news\/river-festival\?utm_source=rss; kept once/);
    expect(out).toMatch(/stored: 5 new articles/);

    const articles = await db.article.findMany({ include: { outlet: true }, orderBy: { publishedAt: 'asc' } });
    const o = site.origin;
    expect(articles.map((a) => [a.url, a.title, a.outlet.name, a.publishedAt?.toISOString()])).toEqual([
      [`${o}/news/harbour-bridge`, ARTICLES['/news/harbour-bridge'].title, 'Test Gazette', '2024-03-04T09:30:00.000Z'],
      // Reached through the 301 at /moved; the feed's copy of the same page is the canonical duplicate.
      [`${o}/news/school-meals`, ARTICLES['/news/school-meals'].title, 'Test Gazette', '2024-03-05T12:00:00.000Z'],
      // The feed's link, its tracking parameter dropped; the feed's date.
      [`${o}/news/river-festival`, ARTICLES['/news/river-festival'].title, 'Test Gazette', '2024-03-06T18:45:00.000Z'],
      [`${o}/busy`, 'Ferry timetable changes for the holiday weekend', 'Test Gazette', '2024-03-07T08:00:00.000Z'],
      // The export's media_name names the outlet; its publish_date (no zone) is read as UTC.
      [`${o}/council-vote`, 'Council votes to keep the night bus', 'Evening Test Post', '2024-03-08T20:15:00.000Z'],
    ]);
    const harbour = articles[0];
    expect(harbour.sourceFile).toBe(`${o}/news/harbour-bridge`);
    expect(harbour.body.startsWith('The harbour bridge reopened to traffic on Monday morning')).toBe(true);
    // Page furniture is cut with its reason: the menu, the byline, the related list, the copyright line.
    expect(harbour.body).not.toMatch(/Most read|Robin Example|All rights reserved|Business/);
    const reasons = (harbour.removedLines as Array<{ text: string; reason: string }>).map((r) => `${r.reason}: ${r.text}`);
    expect(reasons).toContain('byline: By Robin Example');

    // What the site saw: robots.txt read once, the disallowed page never asked for, the 429 retried once, the
    // slow page tried twice, the huge page once, one request at a time, and a User-Agent naming Parallax and the contact.
    expect(site.hits('/robots.txt')).toHaveLength(1);
    expect(site.hits('/private/memo')).toHaveLength(0);
    expect(site.hits('/busy').map((r) => r.status)).toEqual([429, 200]);
    expect(site.hits('/slow')).toHaveLength(2);
    expect(site.hits('/huge')).toHaveLength(1);
    expect(site.maxInFlight()).toBe(1);
    for (const r of site.requests) expect(r.headers['user-agent']).toMatch(/^Parallax\/[\d.]+ \(media-bias research; \+tester@example\.org\)$/);
  });

  it('a second run is served from the cache: conditional requests, 304s, nothing stored twice', async () => {
    const before = site.requests.length;
    const count = await db.article.count();
    const run = await runCli(args, env, work.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 fetched, 5 from the cache \(5 unchanged since the last run, 0 still fresh\)/);
    expect(run.stdout).toMatch(/stored: 0 new articles.*5 already stored/);
    expect(await db.article.count()).toBe(count);
    const pages = site.requests.slice(before).filter((r) => ARTICLES[r.path] || ['/busy', '/council-vote', '/amp/news/harbour-bridge', '/print/news/river-festival', '/feed.xml'].includes(r.path));
    expect(pages.length).toBeGreaterThan(0);
    for (const r of pages) {
      expect(r.headers['if-none-match'], r.path).toMatch(/^"[0-9a-f]+"$/);
      expect(r.status, r.path).toBe(304);
    }
  });

  it('--since leaves out what was published before, --dry-run --json prints the reports alone and stores nothing', async () => {
    const count = await db.article.count();
    const run = await runCli([...args, '--since', '2024-03-06', '--dry-run', '--json'], env, work.dir);
    expect(run.code, run.stderr).toBe(0);
    const reports = JSON.parse(run.stdout) as Array<{ file: string; title: string; date: string }>;
    expect(reports.map((r) => r.title)).toEqual(['Ferry timetable changes for the holiday weekend', ARTICLES['/news/river-festival'].title, 'Council votes to keep the night bus']);
    expect(run.stderr).toMatch(/4 before --since/);
    expect(await db.article.count()).toBe(count);
  });
});
