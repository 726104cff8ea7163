/**
 * The one place that knows where the data lives.
 * - DATABASE_URL set: that Postgres server.
 * - otherwise: an embedded Postgres (PGlite) persisted in PARALLAX_DATA_DIR (default .parallax/pglite). One process
 *   owns the folder and serves it on a loopback port; every other parallax process talks to it there, so the CLI and
 *   the dashboard speak plain Postgres and run the same SQL as on a server (lib/db/embedded/open.ts has the rules).
 */
import net from 'node:net';
import path from 'node:path';
import { openEmbedded, type EmbeddedOptions } from './embedded/open';

export interface DatabaseHandle {
  url: string;
  kind: 'server' | 'embedded';
  /** Connections the pool may open: the embedded server accepts only a few. */
  poolMax: number;
  /** Stops the embedded server if this process started it (after other processes using it are done); a no-op otherwise. */
  close(): Promise<void>;
}

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PARALLAX_DATA_DIR ?? '.parallax/pglite');
}

/** The URL without its credentials (user info and any password-like query parameter), for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) {
      if (/pass|secret|token|key|sslcert|sslkey/i.test(key)) u.searchParams.set(key, '***');
    }
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

/** Redacts every postgres URL inside a message (driver errors sometimes quote the connection string). */
export function redactUrls(text: string): string {
  return text.replace(/postgres(?:ql)?:\/\/[^\s'"<>]+/gi, (u) => redactUrl(u));
}

export interface OpenOptions extends EmbeddedOptions {
  /** An embedded database in this folder, whatever DATABASE_URL says (tests). */
  dataDir?: string;
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  // A process started by `parallax serve` on the embedded database gets its URL and a pool size that fits it.
  const poolMax = Number(process.env.PARALLAX_DB_POOL_MAX) || 10;
  if (url && !options.dataDir) return { url, kind: 'server', poolMax, close: async () => {} };
  const handle = await openEmbedded(options.dataDir ?? dataDir(), options);
  return { url: handle.url, kind: 'embedded', poolMax: handle.poolMax, close: handle.close };
}

/**
 * The database for read paths (the dashboard): PARALLAX_READ_DATABASE_URL when set, a role that may only SELECT
 * (docs/SECURITY.md), so a bug or an injection in a page cannot change data; otherwise the same as openDatabase.
 */
export async function openReadDatabase(): Promise<DatabaseHandle> {
  const url = process.env.PARALLAX_READ_DATABASE_URL;
  if (url) return { url, kind: 'server', poolMax: Number(process.env.PARALLAX_DB_POOL_MAX) || 10, close: async () => {} };
  return openDatabase({ role: 'serve', command: 'dashboard' });
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
