/**
 * SIGKILL in the middle of a scoring run (and of an ingest): the previous complete state stays visible, byte for
 * byte, no half-written run is ever visible, and the next run completes. Kill points are seeded fractions of how
 * long a full run holds the write lock on this machine, and every kill is checked to land inside the transaction.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { WRITE_LOCK } from '@/lib/db/write/transaction';
import { readCorpus } from '@/lib/ingest/corpus';
import { createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/seeds';
import { databaseChecksum, expectNoStackTrace, killGroup, rng, sleep, spawnCli, writeGeneratedJsonl } from './shared';

const serverAvailable = await requireServer();
const KILLS = 4;
const INGEST_KILLS = 2;

describe.runIf(serverAvailable)('SIGKILL during scoring and ingest', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let admin: pg.Client;
  const work = tempDir('parallax-kill-');
  const random = rng(4242);
  let killed = 0;

  beforeAll(async () => {
    database = await createServerDatabase();
    env = { DATABASE_URL: database.url };
    await migrate(database.url);
    // The demo plus generated articles: enough that a full rescore takes a while.
    writeGeneratedJsonl(path.join(work.dir, 'generated.jsonl'), 20, 1);
    const corpus = await readCorpus([DEMO_DIR, path.join(work.dir, 'generated.jsonl')]);
    const db = createClient(database.url, 2);
    expect((await ingestArticles(database, corpus.articles)).inserted).toBe(25);
    await db.$disconnect();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await database?.drop();
    work.remove();
    console.log(`kill test: ${killed} runs killed mid-transaction, data lost: none`);
  });

  /** True while some transaction of this database holds the ingest/scoring advisory lock. */
  async function writeLockHeld(): Promise<boolean> {
    const r = await admin.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = $1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [WRITE_LOCK],
    );
    return r.rows[0].n > 0;
  }

  async function waitForLock(exited: () => boolean): Promise<number> {
    const started = Date.now();
    while (!(await writeLockHeld())) {
      if (exited()) throw new Error('the command exited before it took the write lock');
      if (Date.now() - started > 60_000) throw new Error('the command never took the write lock');
      await sleep(20);
    }
    return Date.now();
  }

  async function runs() {
    return (await admin.query<{ id: number; status: string }>(`SELECT id, status FROM "ScoringRun" ORDER BY id`)).rows;
  }

  /** Every stored offset points at exactly the text stored with it. */
  async function expectOffsetsValid() {
    const bodies = new Map((await admin.query<{ id: number; body: string }>(`SELECT id, body FROM "Article"`)).rows.map((a) => [a.id, a.body]));
    for (const table of ['Marker', 'ActorMention', 'Sentence']) {
      const rows = (await admin.query<{ articleId: number; start: number; end: number; text: string }>(`SELECT "articleId", start, "end", text FROM "${table}"`)).rows;
      expect(rows.length, table).toBeGreaterThan(0);
      const bad = rows.filter((m) => bodies.get(m.articleId)?.slice(m.start, m.end) !== m.text);
      expect(bad.slice(0, 3), `${table}: ${bad.length} rows whose offsets do not match their text`).toEqual([]);
    }
  }

  /** Starts `parallax …`, waits until its transaction holds the write lock, kills it after `fraction` of `holdMs`. */
  async function killMidTransaction(args: string[], fraction: number, holdMs: number) {
    const run = spawnCli(args, env);
    let done = false;
    void run.exited.then(() => (done = true));
    await waitForLock(() => done);
    await sleep(Math.round(fraction * holdMs));
    // Still inside: the lock is held and the command has not finished on its own.
    expect(done, `finished before the kill:\n${run.output()}`).toBe(false);
    expect(await writeLockHeld()).toBe(true);
    killGroup(run.child);
    await run.exited;
    killed++;
    expectNoStackTrace(run.output());
  }

  it(`keeps the previous complete run through ${KILLS} kills of a full rescore, then the next run completes`, async () => {
    // The baseline run, timed: how long its transaction holds the lock sets the window the kills fall in.
    const first = spawnCli(['score'], env);
    let firstDone = false;
    void first.exited.then(() => (firstDone = true));
    const lockedAt = await waitForLock(() => firstDone);
    expect(await first.exited, first.output()).toBe(0);
    const holdMs = Date.now() - lockedAt;
    console.log(`kill test: a full scoring run holds the write lock for ${holdMs} ms`);
    const [complete] = await runs();
    expect(complete.status).toBe('complete');
    await expectOffsetsValid();
    const before = await databaseChecksum(database.url);

    for (let k = 0; k < KILLS; k++) {
      // A new alias changes the configuration hash: the run rescores every article and would replace run 1.
      const config = path.join(work.dir, `config-${k}.json`);
      writeFileSync(config, JSON.stringify({ aliases: [{ actor: 'china', alias: `the Dragon ${k}` }] }));
      const fraction = 0.05 + 0.6 * random();
      await killMidTransaction(['score', '--config', config], fraction, holdMs);
      // Nothing of the killed run is visible: the same single complete run, every row as it was.
      expect(await runs()).toEqual([complete]);
      expect(await databaseChecksum(database.url)).toEqual(before);
    }

    const config = path.join(work.dir, 'config-final.json');
    writeFileSync(config, JSON.stringify({ aliases: [{ actor: 'china', alias: 'the Dragon' }] }));
    const next = await runCli(['score', '--config', config], env);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/replacing 1 older run/);
    const after = await runs();
    expect(after).toHaveLength(1);
    expect(after[0].id).toBeGreaterThan(complete.id);
    expect(after[0].status).toBe('complete');
    // The same articles and rules (the alias occurs nowhere): the same number of rows in every score table.
    const now = await databaseChecksum(database.url);
    for (const table of ['ArticleScore', 'SentenceScore', 'Marker', 'OutletScore', 'ActorMention', 'Article', 'Sentence']) {
      expect(now[table].split(':')[0], table).toBe(before[table].split(':')[0]);
    }
    await expectOffsetsValid();
  });

  it(`leaves the stored corpus as it was through ${INGEST_KILLS} kills of an ingest`, async () => {
    const feed = path.join(work.dir, 'more.jsonl');
    writeGeneratedJsonl(feed, 10, 2);
    const before = await databaseChecksum(database.url);
    // An ingest holds the lock for a shorter time than scoring; kill early in it.
    for (let k = 0; k < INGEST_KILLS; k++) {
      await killMidTransaction(['ingest', feed], 0.02 + 0.1 * random(), 1000);
      expect(await databaseChecksum(database.url)).toEqual(before);
    }
    const done = await runCli(['ingest', feed], env);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/stored: 10 new articles/);
  });
});
