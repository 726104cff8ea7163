/**
 * The one place that knows where the data lives.
 * - DATABASE_URL set: that Postgres server.
 * - otherwise: an embedded Postgres (PGlite) persisted in PARALLAX_DATA_DIR (default .parallax/pglite), served on
 *   a loopback port by the first process that opens it, so the CLI and the dashboard speak plain Postgres to it
 *   and run the same SQL as on a server. A second process finds the running one through a small lock file.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface DatabaseHandle {
  url: string;
  kind: 'server' | 'embedded';
  /** Connections the pool may open: the embedded server accepts only a few. */
  poolMax: number;
  /** Stops the embedded server if this process started it; a no-op otherwise. */
  close(): Promise<void>;
}

const EMBEDDED_CONNECTIONS = 8;

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PARALLAX_DATA_DIR ?? '.parallax/pglite');
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

export async function openDatabase(options: { dataDir?: string } = {}): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  // A process started by `parallax serve` on the embedded database gets its URL and a pool size that fits it.
  const poolMax = Number(process.env.PARALLAX_DB_POOL_MAX) || 10;
  if (url && !options.dataDir) return { url, kind: 'server', poolMax, close: async () => {} };
  return openEmbedded(options.dataDir ?? dataDir());
}

/**
 * The database for read paths (the dashboard): PARALLAX_READ_DATABASE_URL when set, a role that may only SELECT
 * (docs/SECURITY.md), so a bug or an injection in a page cannot change data; otherwise the same as openDatabase.
 */
export async function openReadDatabase(): Promise<DatabaseHandle> {
  const url = process.env.PARALLAX_READ_DATABASE_URL;
  if (url) return { url, kind: 'server', poolMax: Number(process.env.PARALLAX_DB_POOL_MAX) || 10, close: async () => {} };
  return openDatabase();
}

interface LockInfo {
  pid: number;
  port: number;
}

async function openEmbedded(dir: string): Promise<DatabaseHandle> {
  const pgdata = path.join(dir, 'pgdata');
  const lockFile = path.join(dir, 'server.json');
  const running = readLock(lockFile);
  if (running && processAlive(running.pid) && (await portOpen(running.port))) {
    return { url: embeddedUrl(running.port), kind: 'embedded', poolMax: 2, close: async () => {} };
  }
  mkdirSync(pgdata, { recursive: true });
  // Loaded lazily so that server deployments never load the WASM build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(pgdata);
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: EMBEDDED_CONNECTIONS });
  await server.start();
  writeFileSync(lockFile, JSON.stringify({ pid: process.pid, port } satisfies LockInfo));
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (readLock(lockFile)?.pid === process.pid) rmSync(lockFile, { force: true });
    await server.stop();
    await db.close();
  };
  return { url: embeddedUrl(port), kind: 'embedded', poolMax: 4, close };
}

function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

function readLock(file: string): LockInfo | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
