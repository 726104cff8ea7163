/**
 * The default path: no DATABASE_URL, the embedded database in a folder, several commands at once through the real
 * CLI. Two ingests, two scoring runs, the dashboard serving while ingest and score run, a SIGKILLed owner: nothing
 * lost, nothing duplicated, no error left behind, and the next command works. Outcomes only, never times.
 */
import { closeSync, existsSync, openSync, readdirSync, writeSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, openDatabase } from '@/lib/db/connection';
import { LOCK_FILE } from '@/lib/db/embedded/lock';
import { runCli, type CliResult } from '../helpers/cli';
import { tempDir } from '../helpers/database';
import { expectNoStackTrace, killGroup, sleep, spawnCli, writeGeneratedJsonl } from './shared';

const INGEST_ROUNDS = 3;
/** Each test runs the CLI several times on a fresh embedded database: give it room on a busy machine (no time is asserted). */
const LONG = { timeout: 900_000 };
const SCORE_ROUNDS = 2;

const work = tempDir('parallax-embedded-cli-');
afterAll(() => work.remove());

/** A fresh data folder and the environment that points the CLI at it (and away from any server). */
function folder(name: string) {
  const dir = path.join(work.dir, name);
  return { dir, env: { DATABASE_URL: undefined, PARALLAX_READ_DATABASE_URL: undefined, PARALLAX_DATA_DIR: dir } };
}

/** Reads the folder's database between commands (this process owns it meanwhile, then lets go). */
async function inspect<T>(dir: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ dataDir: dir });
  const client = new pg.Client({ connectionString: handle.url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
    await handle.close();
  }
}

const count = (c: pg.Client, sql: string) => c.query<{ n: string }>(sql).then((r) => Number(r.rows[0].n));

async function expectConsistent(dir: string, articles: number) {
  await inspect(dir, async (c) => {
    expect(await count(c, `SELECT count(*) AS n FROM "Article"`)).toBe(articles);
    expect(await count(c, `SELECT count(*) - count(DISTINCT "contentHash") AS n FROM "Article"`)).toBe(0);
    expect(await count(c, `SELECT count(*) - count(DISTINCT slug) AS n FROM "Outlet"`)).toBe(0);
    expect(await count(c, `SELECT count(*) AS n FROM "Sentence" s WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a.id = s."articleId")`)).toBe(0);
    expect(await count(c, `SELECT count(*) AS n FROM "ScoringRun" WHERE status <> 'complete'`)).toBe(0);
    expect(await count(c, `SELECT count(*) AS n FROM (SELECT 1 FROM "ArticleScore" GROUP BY "articleId", metric HAVING count(*) > 1) d`)).toBe(0);
  });
}

function ok(r: CliResult, what: string) {
  expect(r.code, `${what}:\n${r.stdout}\n${r.stderr}`).toBe(0);
  expectNoStackTrace(r.stdout, r.stderr);
  expect(r.stderr, what).not.toMatch(/XX00\d|right sibling|ON CONFLICT|corrupt|damaged/i);
}

const stored = (r: CliResult) => Number(/stored: (\d+) new articles/.exec(r.stdout)?.[1]);

describe('commands at once on the embedded database', LONG, () => {
  it(`two ingests of the same file at once, ${INGEST_ROUNDS} rounds: each article stored once, the folder healthy`, async () => {
    const { dir, env } = folder('ingest');
    let expected = 0;
    for (let round = 0; round < INGEST_ROUNDS; round++) {
      const feed = path.join(work.dir, `ingest-${round}.jsonl`);
      writeGeneratedJsonl(feed, 8, 500 + round);
      const [a, b] = await Promise.all([runCli(['ingest', feed], env), runCli(['ingest', feed], env)]);
      ok(a, `round ${round} a`);
      ok(b, `round ${round} b`);
      expect([stored(a), stored(b)].sort((x, y) => x - y)).toEqual([0, 8]);
      expected += 8;
      await expectConsistent(dir, expected);
      expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    }
    // And the next command works.
    const extra = path.join(work.dir, 'ingest-extra.jsonl');
    writeGeneratedJsonl(extra, 3, 599);
    const next = await runCli(['ingest', extra], env);
    ok(next, 'next ingest');
    expect(stored(next)).toBe(3);
  });

  it(`two scoring runs at once, ${SCORE_ROUNDS} rounds: one complete run, every article scored once`, async () => {
    const { dir, env } = folder('score');
    const feed = path.join(work.dir, 'score.jsonl');
    writeGeneratedJsonl(feed, 12, 700);
    ok(await runCli(['ingest', feed], env), 'ingest');
    for (let round = 0; round < SCORE_ROUNDS; round++) {
      const args = round === 0 ? ['score'] : ['score', '--full'];
      const [a, b] = await Promise.all([runCli(args, env), runCli(args, env)]);
      ok(a, `round ${round} a`);
      ok(b, `round ${round} b`);
      await expectConsistent(dir, 12);
      await inspect(dir, async (c) => {
        expect(await count(c, `SELECT count(*) AS n FROM "ScoringRun"`)).toBe(1);
        expect(await count(c, `SELECT count(DISTINCT "articleId") AS n FROM "ArticleScore"`)).toBe(12);
      });
    }
  });

  it('serve runs while ingest and score run: both land, the dashboard shows them, and stopping it loses nothing', async () => {
    const { dir, env } = folder('serve');
    const port = await freePort();
    const serve = spawnCli(['serve', '--port', String(port)], env);
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; ; i++) {
        const status = await fetch(`${base}/icon.svg`).then((r) => r.status, () => 0);
        if (status === 200) break;
        expect(i, `serve did not start:\n${serve.output()}`).toBeLessThan(600);
        await sleep(500);
      }
      const feedA = path.join(work.dir, 'serve-a.jsonl');
      const feedB = path.join(work.dir, 'serve-b.jsonl');
      writeGeneratedJsonl(feedA, 6, 801, ['Served Wire']);
      writeGeneratedJsonl(feedB, 6, 802, ['Served Daily']);
      const [a, b, s] = await Promise.all([runCli(['ingest', feedA], env), runCli(['ingest', feedB], env), runCli(['score'], env)]);
      ok(a, 'ingest a');
      ok(b, 'ingest b');
      ok(s, 'score');
      expect(stored(a) + stored(b)).toBe(12);
      ok(await runCli(['score'], env), 'score after');
      const page = await fetch(`${base}/outlets`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Served Wire');
      expect(html).toContain('Served Daily');
    } finally {
      // A supervisor (docker stop, systemd, kill <pid>) signals the launcher alone: it passes SIGTERM on to the CLI,
      // which stops the dashboard and the embedded server cleanly (Ctrl+C, to the whole group: serve-roles.test.ts).
      serve.child.kill('SIGTERM');
    }
    expect(await serve.exited).toBe(0);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    await expectConsistent(dir, 12);
    const after = await runCli(['score'], env);
    ok(after, 'score after serve stopped');
    expect(after.stdout).toContain('every article is already scored');
  });

  it('a SIGKILLed owner leaves a stale lock that the next command clears, and nothing half-written', async () => {
    const { dir, env } = folder('killed');
    const small = path.join(work.dir, 'killed-small.jsonl');
    writeGeneratedJsonl(small, 4, 901);
    ok(await runCli(['ingest', small], env), 'first ingest');
    const big = path.join(work.dir, 'killed-big.jsonl');
    writeGeneratedJsonl(big, 400, 902);
    const victim = spawnCli(['ingest', big], env);
    // Killed once it owns the folder and is storing (its transaction open).
    for (let i = 0; !/reading|stored|schema/.test(victim.output()); i++) {
      expect(i, victim.output()).toBeLessThan(1200);
      await sleep(100);
    }
    await sleep(300);
    killGroup(victim.child, 'SIGKILL');
    await victim.exited;
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    const next = await runCli(['ingest', small], env);
    ok(next, 'ingest after the kill');
    expect(stored(next)).toBe(0);
    // Either the killed ingest committed before the kill or nothing of it is there.
    const articles = await inspect(dir, (c) => count(c, `SELECT count(*) AS n FROM "Article"`));
    expect([4, 404]).toContain(articles);
    await expectConsistent(dir, articles);
  });
});

describe('the data folder', LONG, () => {
  it('a damaged index stops commands with a way out; the doctor finds it and --repair mends it', async () => {
    const { dir, env } = folder('damaged');
    const feed = path.join(work.dir, 'damaged.jsonl');
    writeGeneratedJsonl(feed, 8, 950);
    ok(await runCli(['ingest', feed], env), 'ingest');
    const file = await inspect(dir, async (c) => (await c.query<{ p: string }>(`SELECT pg_relation_filepath('"Article_contentHash_key"') AS p`)).rows[0].p);
    // Garbage over the index's first leaf page, as a disk fault would leave it.
    const fd = openSync(path.join(dir, 'pgdata', file), 'r+');
    writeSync(fd, Buffer.alloc(600, 0x7f), 0, 600, 8192 + 100);
    closeSync(fd);
    const more = path.join(work.dir, 'damaged-more.jsonl');
    writeGeneratedJsonl(more, 4, 951);
    const stopped = await runCli(['ingest', more], env);
    expect(stopped.code).toBe(1);
    expectNoStackTrace(stopped.stdout, stopped.stderr);
    expect(stopped.stderr).toMatch(/is damaged .*\n.*Nothing more was written. Run `npx parallax doctor`/s);
    const check = await runCli(['doctor'], env);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('damaged index public."Article_contentHash_key"');
    expect(check.stdout).not.toMatch(/damaged index public\."(?!Article_contentHash_key)/);
    const repair = await runCli(['doctor', '--repair'], env);
    ok(repair, 'doctor --repair');
    expect(repair.stdout).toContain('repaired: no damage left');
    expect(readdirSync(dir).some((f) => f.startsWith('pgdata.backup-'))).toBe(true);
    const after = await runCli(['ingest', more], env);
    ok(after, 'ingest after the repair');
    expect(stored(after)).toBe(4);
    await expectConsistent(dir, 12);
  });

  it('says clearly when it cannot be created or written', async () => {
    const missing = await runCli(['score'], { DATABASE_URL: undefined, PARALLAX_DATA_DIR: '/proc/parallax-cannot-exist/pglite' });
    expect(missing.code).toBe(1);
    expectNoStackTrace(missing.stdout, missing.stderr);
    expect(missing.stderr).toMatch(/cannot create the data folder \/proc\/parallax-cannot-exist\/pglite/);
  });
});
