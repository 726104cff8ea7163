/** Fresh databases for the database benchmarks: `bench_*` on the local (or DATABASE_URL) server, dropped after. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createClient, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  kind: 'server';
  db: Db;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A migrated database named bench_<label>_<pid>_<random> (identifiers from code and hex only). */
export async function benchDatabase(label: string): Promise<BenchDatabase> {
  const name = `bench_${label.replace(/[^a-z0-9]/g, '')}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const db = createClient(url.toString(), 4);
  return {
    name,
    url: url.toString(),
    kind: 'server',
    db,
    async drop() {
      await db.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
