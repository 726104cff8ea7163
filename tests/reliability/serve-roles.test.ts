/**
 * Least privilege for `parallax serve` on a Postgres server (docs/SECURITY.md, "The privilege model"), run as users
 * run it (scripts/bin.mjs): it refuses a database role that can write, and says why; through the documented
 * read-only role it serves every page, migrating only through the owner URL; and the dashboard's server process
 * never holds the owner's password (read from /proc/<pid>/environ).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/lib/db/connection';
import { readCorpus } from '@/lib/ingest/corpus';
import { createServerDatabase, requireServer, SERVER_URL, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/seeds';
import { seedDatabase } from '../e2e/support';
import { killGroup, readerRoleSql, ROOT, sleep, spawnCli } from './shared';

const serverAvailable = await requireServer();
const built = existsSync(path.join(ROOT, '.next/BUILD_ID'));
const onLinux = existsSync('/proc/self/environ');

/** The environment of every process running the dashboard server on `port`. */
function dashboardEnvironments(port: number): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('dashboard-server.mjs')) continue;
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8');
      if (env.split('\0').includes(`PORT=${port}`)) found.push(env);
    } catch {
      // gone, or not ours
    }
  }
  return found;
}

describe.runIf(serverAvailable && built && onLinux)('serve and database roles', () => {
  let database: TestDatabase;
  let empty: TestDatabase;
  const hex = randomBytes(4).toString('hex');
  const owner = `parallax_owner_${hex}`;
  const reader = `parallax_reader_${hex}`;
  const ownerPassword = `owner-secret-${hex}`;
  let ownerUrl: string;
  let readerUrl: string;
  /** Nothing but what the test names: no DATABASE_URL of the machine running the tests. */
  const env = (vars: Record<string, string>) => ({ DATABASE_URL: undefined, PARALLAX_READ_DATABASE_URL: undefined, PARALLAX_MIGRATE_URL: undefined, PGPASSWORD: undefined, ...vars });
  const withRole = (url: string, role: string, password: string) => {
    const u = new URL(url);
    u.username = role;
    u.password = password;
    return u.toString();
  };

  beforeAll(async () => {
    database = await createServerDatabase();
    empty = await createServerDatabase();
    const dbName = new URL(database.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${owner} LOGIN PASSWORD '${ownerPassword}'`);
      await admin.query(`ALTER DATABASE "${dbName}" OWNER TO ${owner}`);
    } finally {
      await admin.end();
    }
    ownerUrl = withRole(database.url, owner, ownerPassword);
    // The owner creates the schema and the data, as `parallax ingest` and `score` would.
    await seedDatabase(ownerUrl, (await readCorpus([DEMO_DIR])).articles);
    const admin2 = new pg.Client({ connectionString: database.url });
    await admin2.connect();
    try {
      for (const statement of readerRoleSql(reader, 'reader-pw', dbName, owner)) await admin2.query(statement);
      await admin2.query(`GRANT CONNECT ON DATABASE "${new URL(empty.url).pathname.slice(1)}" TO ${reader}`);
    } finally {
      await admin2.end();
    }
    readerUrl = withRole(database.url, reader, 'reader-pw');
  });
  afterAll(async () => {
    await database?.drop();
    await empty?.drop();
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${reader}`).catch(() => {});
    await admin.query(`DROP ROLE IF EXISTS ${owner}`).catch(() => {});
    await admin.end();
  });

  it('refuses a role that can write (the owner, a superuser), says why, and prints no password', async () => {
    for (const [url, why] of [
      [ownerUrl, `"${owner}" can write: it`],
      [database.url, 'is a superuser'],
    ]) {
      const r = await runCli(['serve', '--port', String(await freePort())], env({ DATABASE_URL: url }));
      expect(r.code, r.stdout + r.stderr).not.toBe(0);
      expect(r.stderr).toContain('refusing to serve');
      expect(r.stderr).toContain(why);
      expect(r.stderr).toContain('PARALLAX_READ_DATABASE_URL');
      expect(r.stderr).toContain('--allow-owner');
      expect(r.stdout + r.stderr).not.toContain(ownerPassword);
    }
    expect((await runCli(['serve', '--port', String(await freePort())], env({ DATABASE_URL: ownerUrl }))).stderr).toMatch(/owns \d+ table/);
  });

  it('never migrates through the read URL: on an empty database it says how to migrate instead', async () => {
    const r = await runCli(['serve', '--port', String(await freePort())], env({ DATABASE_URL: withRole(empty.url, reader, 'reader-pw') }));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/needs \d+ migration\(s\)/);
    expect(r.stderr).toContain('npx parallax migrate');
    expect(r.stderr).not.toMatch(/read-only transaction|permission denied/);
  });

  it('given only the reader’s URL (a dashboard host), serves that server, never an embedded database', async () => {
    const r = await runCli(['serve', '--port', String(await freePort())], env({ PARALLAX_READ_DATABASE_URL: withRole(empty.url, reader, 'reader-pw') }));
    expect(r.code).not.toBe(0);
    // The reader's (empty) database was checked, by reading: it says how to migrate it.
    expect(r.stderr).toMatch(/needs \d+ migration\(s\)/);
    expect(r.stdout + r.stderr).not.toMatch(/embedded/i);
  });

  it('serves every page through the read-only role, and the dashboard process holds no owner password', { timeout: 600_000 }, async () => {
    const port = await freePort();
    // The usual setup: the owner URL for the CLI, the reader's for the dashboard.
    const serve = spawnCli(['serve', '--port', String(port)], env({ DATABASE_URL: ownerUrl, PARALLAX_READ_DATABASE_URL: readerUrl }));
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; ; i++) {
        const status = await fetch(`${base}/icon.svg`).then((r) => r.status, () => 0);
        if (status === 200) break;
        expect(serve.child.exitCode, `serve exited:\n${serve.output()}`).toBeNull();
        expect(i, `serve did not start:\n${serve.output()}`).toBeLessThan(600);
        await sleep(500);
      }
      for (const page of ['/', '/outlets', '/charts', '/methodology']) {
        const res = await fetch(`${base}${page}`);
        const html = await res.text();
        expect(res.status, page).toBe(200);
        expect(html, page).not.toMatch(/database is unreachable|Something went wrong/);
      }
      // The request gate is in front of it (TRACE used to be a 500).
      expect((await fetch(`${base}/`, { method: 'OPTIONS' })).status).toBe(405);
      const envs = dashboardEnvironments(port);
      expect(envs.length).toBeGreaterThan(0);
      for (const e of envs) {
        expect(e).not.toContain(ownerPassword);
        expect(e).not.toContain(owner);
        expect(e.split('\0')).toContain(`DATABASE_URL=${readerUrl}`);
        expect(e.split('\0')).toContain(`PARALLAX_READ_DATABASE_URL=${readerUrl}`);
      }
      expect(serve.output()).not.toContain(ownerPassword);
    } finally {
      killGroup(serve.child, 'SIGINT');
    }
    expect(await serve.exited).toBe(0);
  });

  it('serves through the owner with --allow-owner, saying so', async () => {
    const port = await freePort();
    const serve = spawnCli(['serve', '--port', String(port), '--allow-owner'], env({ DATABASE_URL: ownerUrl }));
    try {
      for (let i = 0; ; i++) {
        const status = await fetch(`http://127.0.0.1:${port}/outlets`).then((r) => r.status, () => 0);
        if (status === 200) break;
        expect(serve.child.exitCode, `serve exited:\n${serve.output()}`).toBeNull();
        expect(i, `serve did not start:\n${serve.output()}`).toBeLessThan(600);
        await sleep(500);
      }
      expect(serve.output()).toMatch(/notice: --allow-owner: the dashboard's database role "parallax_owner_\w+" can write/);
    } finally {
      killGroup(serve.child, 'SIGINT');
    }
    expect(await serve.exited).toBe(0);
  });
});
