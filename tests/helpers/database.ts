/**
 * Real databases for tests: a fresh database on the Postgres server named by DATABASE_URL (or the local server),
 * created for one test file and dropped after it; or an embedded one in a temporary folder.
 */
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase, type DatabaseHandle } from '@/lib/db/connection';

export const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** In CI a missing server is a failure, never a silent skip; on a laptop without one, the server tests skip. */
export async function requireServer(): Promise<boolean> {
  const ok = await serverReachable();
  if (!ok && process.env.CI) throw new Error(`Postgres at ${SERVER_URL} is unreachable, and CI needs it`);
  if (!ok) console.warn(`Postgres at ${SERVER_URL} is unreachable: skipping the server-database tests`);
  return ok;
}

export interface TestDatabase {
  url: string;
  /** A database on the server: the write operations take it as their Database (lib/db/write/transaction.ts). */
  kind: 'server';
  drop(): Promise<void>;
}

export async function createServerDatabase(): Promise<TestDatabase> {
  const name = `parallax_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    async drop() {
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A test scenario's database: its URL, the pool size it allows, and how to remove it. */
export interface ScenarioDatabase {
  url: string;
  poolMax: number;
  kind: DatabaseHandle['kind'];
  cleanup(): Promise<void>;
}

/** A fresh server database, as a scenario database. */
export async function serverScenario(): Promise<ScenarioDatabase> {
  const database = await createServerDatabase();
  return { url: database.url, poolMax: 4, kind: 'server', cleanup: database.drop };
}

/** A fresh embedded database (PGlite) in a temporary folder, served as the CLI serves it. */
export async function embeddedScenario(prefix = 'parallax-embedded-'): Promise<ScenarioDatabase> {
  const folder = tempDir(prefix);
  const handle = await openDatabase({ dataDir: folder.dir });
  return {
    url: handle.url,
    poolMax: handle.poolMax,
    kind: handle.kind,
    cleanup: async () => {
      await handle.close();
      folder.remove();
    },
  };
}
