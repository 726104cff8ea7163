/**
 * Proof that a change to the write side left what is stored unchanged: builds a fresh database on the local (or
 * DATABASE_URL) server, stores and scores the demo corpus and a synthetic one through the library's write
 * operations, and prints one digest per table (row count and a hash of every row, sorted, timestamps of when
 * the rows were written left out). Run it before and after a change and compare the two outputs:
 *
 *   npx tsx scripts/row-digest.ts > before.txt   # on the old commit
 *   npx tsx scripts/row-digest.ts > after.txt    # on the new one
 *   diff before.txt after.txt
 *
 * Steps: the demo (data/demo) ingested and scored (a full run); the synthetic scale corpus
 * (tests/helpers/scale-corpus.ts) and 2,000 benchmark articles (scripts/bench/_synthetic.ts) ingested and scored
 * (an incremental run); then `--full` (a full rescore replacing both runs). A digest is printed after each step.
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { readCorpus } from '@/lib/ingest/corpus';
import { readManifest } from '@/lib/ingest/manifest';
import { corpus as scaleCorpus } from '../tests/helpers/scale-corpus';
import { syntheticCorpus, syntheticSpans } from './bench/_synthetic';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** When a row was written, not what it holds. */
const WRITE_TIMES = new Set(['createdAt', 'startedAt', 'finishedAt']);

async function digest(url: string, step: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // Parent tables only: a partitioned table's rows are its partitions' rows.
    const tables = (
      await c.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
           AND NOT c.relispartition AND c.relname NOT LIKE '\\_%' ORDER BY 1`,
      )
    ).rows.map((r) => r.name);
    console.log(`## ${step}`);
    for (const table of tables) {
      const cols = (
        await c.query<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, [table])
      ).rows
        .map((r) => r.name)
        .filter((n) => !WRITE_TIMES.has(n));
      const select = cols.map((n) => `"${n}"`).join(', ');
      const { rows } = await c.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM (SELECT ${select} FROM "${table}") t ORDER BY 1`);
      const hash = createHash('sha256');
      for (const r of rows) hash.update(r.r + '\n');
      console.log(`${table.padEnd(20)} ${String(rows.length).padStart(8)} ${hash.digest('hex').slice(0, 16)}`);
    }
  } finally {
    await c.end();
  }
}

async function main() {
  const name = `rowdigest_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  try {
    await migrate(dbUrl);
    const db = { url: dbUrl, kind: 'server' as const };
    {
      const demo = path.resolve(import.meta.dirname, '..', 'data/demo');
      const read = await readCorpus([demo]);
      const manifest = readManifest(demo);
      await ingestArticles(db, read.articles, { aliases: manifest?.aliases ?? [] });
      await scoreArticles(db);
      await digest(dbUrl, 'demo, full run');
      await ingestArticles(db, scaleCorpus());
      await ingestArticles(db, syntheticCorpus({ size: 2000 }), { sentences: syntheticSpans });
      await scoreArticles(db);
      await digest(dbUrl, '+ scale corpus + 2000 synthetic, incremental run');
      await scoreArticles(db, { full: true });
      await digest(dbUrl, '--full rescore');
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
