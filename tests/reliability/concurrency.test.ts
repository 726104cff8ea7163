/**
 * Two writers at once, several times over, through the real CLI: two ingests, two scoring runs, an ingest and a
 * scoring run, two first-time migrations. The advisory locks in lib/db must queue them: no duplicate row, no
 * deadlock (each pair must finish within a time limit), and every pair both succeed.
 */
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli, type CliResult } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/seeds';
import { expectNoStackTrace, within, writeGeneratedJsonl } from './shared';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { MIGRATIONS_DIR } from '@/lib/db/migrate';

const serverAvailable = await requireServer();
const ROUNDS = 2;
/** Runs with scoring are the slow ones: fewer rounds keep the suite within its time budget. */
const SCORE_ROUNDS = 2;
const MIXED_ROUNDS = 1;
const PAIR_LIMIT_MS = 90_000;

describe.runIf(serverAvailable)('two ingests or scoring runs at once', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let client: pg.Client;
  const work = tempDir('parallax-concurrent-');

  beforeAll(async () => {
    database = await createServerDatabase();
    env = { DATABASE_URL: database.url };
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
    work.remove();
  });

  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);

  async function pair(what: string, a: string[], b: string[]): Promise<[CliResult, CliResult]> {
    const results = await within(PAIR_LIMIT_MS, what, Promise.all([runCli(a, env), runCli(b, env)]));
    for (const r of results) {
      expect(r.code, `${what}:\n${r.stderr}`).toBe(0);
      expectNoStackTrace(r.stdout, r.stderr);
    }
    return results;
  }

  async function expectNoDuplicates() {
    expect(await count(`SELECT count(*) - count(DISTINCT "contentHash") AS n FROM "Article"`)).toBe(0);
    expect(await count(`SELECT count(*) - count(DISTINCT slug) AS n FROM "Outlet"`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM "ActorAlias" GROUP BY "actorId", alias HAVING count(*) > 1) d`)).toBe(0);
    // Readers never see a running run.
    expect(await count(`SELECT count(*) AS n FROM "ScoringRun" WHERE status <> 'complete'`)).toBe(0);
    // Each article is scored at most once per metric: a full rescore replaces older runs, an incremental one adds the rest.
    expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM "ArticleScore" GROUP BY "articleId", metric HAVING count(*) > 1) d`)).toBe(0);
  }

  it(`migrates and ingests the same folder from two processes on a fresh database, ${ROUNDS} times`, async () => {
    // Round 1 starts on an empty database, so both processes also race to apply the migrations.
    let expected = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const feed = path.join(work.dir, `feed-${round}.jsonl`);
      writeGeneratedJsonl(feed, 6, 100 + round);
      const [a, b] = await pair(`ingest round ${round}`, ['ingest', feed], ['ingest', feed]);
      expected += 6;
      // One stored all six, the other found them stored.
      const stored = [a, b].map((r) => Number(/stored: (\d+) new articles/.exec(r.stdout)?.[1]));
      expect(stored.sort()).toEqual([0, 6]);
      expect(await count(`SELECT count(*) AS n FROM "Article"`)).toBe(expected);
      await expectNoDuplicates();
    }
    // Each migration applied once, although two processes raced to apply them.
    const migrations = readdirSync(MIGRATIONS_DIR).filter((d) => existsSync(path.join(MIGRATIONS_DIR, d, 'migration.sql')));
    expect(await count(`SELECT count(*) AS n FROM "_prisma_migrations"`)).toBe(migrations.length);
    expect(await count(`SELECT count(DISTINCT migration_name) AS n FROM "_prisma_migrations"`)).toBe(migrations.length);
  });

  it(`runs two scoring runs at once, ${SCORE_ROUNDS} times (a changed configuration forces full rescores)`, async () => {
    const articles = await count(`SELECT count(*) AS n FROM "Article"`);
    for (let round = 0; round < SCORE_ROUNDS; round++) {
      const config = path.join(work.dir, `config-${round}.json`);
      writeFileSync(config, JSON.stringify({ aliases: [{ actor: 'russia', alias: `the Bear ${round}` }] }));
      const [a, b] = await pair(`score round ${round}`, ['score', '--config', config], ['score', '--config', config]);
      // The first scores everything; the second, queued behind it, finds nothing left to score.
      const outputs = [a.stdout, b.stdout].sort();
      expect(outputs[0]).toMatch(/score: every article is already scored/);
      expect(outputs[1]).toMatch(new RegExp(`score: run \\d+ scored ${articles} articles`));
      await expectNoDuplicates();
      expect(await count(`SELECT count(DISTINCT "articleId") AS n FROM "ArticleScore"`)).toBe(articles);
    }
  });

  it(`runs an ingest and a scoring run at once, ${MIXED_ROUNDS} time(s), then two ingests and a scoring run`, async () => {
    for (let round = 0; round < MIXED_ROUNDS; round++) {
      const feed = path.join(work.dir, `mixed-${round}.jsonl`);
      writeGeneratedJsonl(feed, 4, 200 + round);
      const before = await count(`SELECT count(*) AS n FROM "Article"`);
      await pair(`ingest + score round ${round}`, ['ingest', feed], ['score']);
      expect(await count(`SELECT count(*) AS n FROM "Article"`)).toBe(before + 4);
      await expectNoDuplicates();
    }
    const three = await within(
      PAIR_LIMIT_MS,
      'three writers',
      Promise.all([runCli(['ingest', DEMO_DIR], env), runCli(['ingest', DEMO_DIR], env), runCli(['score'], env)]),
    );
    for (const r of three) expect(r.code, r.stderr).toBe(0);
    await expectNoDuplicates();
    // Whatever the order was, one more run leaves every article scored exactly once.
    const last = await within(PAIR_LIMIT_MS, 'final score', runCli(['score'], env));
    expect(last.code, last.stderr).toBe(0);
    await expectNoDuplicates();
    expect(await count(`SELECT count(*) AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleScore" s WHERE s."articleId" = a.id)`)).toBe(0);
  });
});
