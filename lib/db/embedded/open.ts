/**
 * Opening the embedded database (PGlite in a folder) so that any number of parallax processes can use it at once,
 * with one process, the owner, holding the files:
 * - the first process takes the owner lock (lock.ts), opens PGlite and serves it on a loopback port;
 * - a command that finds an owner serving connects through its port (a "guest"): serve in one terminal and ingest or
 *   score in another just work, and their writes queue on the one session (session-queue.ts);
 * - `serve` is long-lived, so it never runs as a guest of a short command: it waits for that command to finish and then
 *   owns the folder (a short owner lingers until its guests are done, and a dashboard is never done);
 * - an owner that finishes its own work waits for its guests before it closes; a guest holds one idle connection
 *   for its whole life, which is how the owner knows it is there;
 * - a lock left by a process that died (SIGKILL, power cut) is detected by its PID and removed.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { breakStaleLock, ownerGone, readOwner, tryLock, type OwnerInfo, type OwnerLock } from './lock';
import { SessionQueue } from './session-queue';

export interface EmbeddedOptions {
  role?: OwnerInfo['role'];
  /** The command, for other processes' messages ("ingest", "score"…). */
  command?: string;
  /** Told once when this process has to wait for another, and when an owner waits for its guests. */
  onWait?: (message: string) => void;
}

export interface EmbeddedHandle {
  url: string;
  role: 'owner' | 'guest';
  poolMax: number;
  close(): Promise<void>;
}

/** Connections the owner accepts: its own pool, the dashboard's, and a few guests with their presence connection. */
const MAX_CONNECTIONS = 32;
const OWNER_POOL = 4;
const GUEST_POOL = 2;
const POLL_MS = 150;
/** After saying it is closing, an owner gives a guest that had just read "ready" this long to connect. */
const CLOSING_GRACE_MS = 300;

export function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describe(info: OwnerInfo): string {
  return `parallax ${info.command} (pid ${info.pid}${info.host ? ` on ${info.host}` : ''})`;
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdirSync never returns on a path where the kernel answers ENOENT
 * to a parent that exists (a folder under /proc, say).
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !existsSync(d); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** A clear error for a data folder that cannot be created or written, instead of PGlite's "failed to initialize". */
export function checkDataDir(dir: string): void {
  try {
    makeDirs(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`cannot create the data folder ${dir} (${code}): create it or set PARALLAX_DATA_DIR to a folder you can write`);
  }
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch {
    throw new Error(`the data folder ${dir} is not writable: every command needs to write there (even reading takes the owner lock); fix its permissions or set PARALLAX_DATA_DIR`);
  }
  const pgdata = path.join(dir, 'pgdata');
  if (existsSync(pgdata)) {
    try {
      accessSync(pgdata, constants.R_OK | constants.W_OK | constants.X_OK);
    } catch {
      throw new Error(`the database folder ${pgdata} is not writable: fix its permissions`);
    }
  }
}

/** Folders this process owns: a second open in the same process (a dev server reloading a module) shares them. */
const ownedHere = new Map<string, { handle: Promise<EmbeddedHandle>; refs: number }>();

export async function openEmbedded(dir: string, options: EmbeddedOptions = {}): Promise<EmbeddedHandle> {
  const key = path.resolve(dir);
  let entry = ownedHere.get(key);
  if (!entry) {
    entry = { handle: openShared(key, options), refs: 0 };
    ownedHere.set(key, entry);
    entry.handle.catch(() => ownedHere.delete(key));
  }
  entry.refs++;
  const shared = entry;
  const handle = await shared.handle;
  let closed = false;
  return {
    ...handle,
    close: async () => {
      if (closed) return;
      closed = true;
      if (--shared.refs > 0) return;
      ownedHere.delete(key);
      await handle.close();
    },
  };
}

async function openShared(dir: string, options: EmbeddedOptions): Promise<EmbeddedHandle> {
  const role = options.role ?? 'command';
  const command = options.command ?? 'command';
  checkDataDir(dir);
  let told = false;
  const wait = (message: string) => {
    if (!told) options.onWait?.(message);
    told = true;
  };
  for (;;) {
    const lock = tryLock(dir, { command, role, state: 'starting' });
    if (lock) return own(dir, lock, options);
    const { info, exists } = readOwner(dir);
    if (!exists) continue;
    if (info === null || ownerGone(info)) {
      // A lock without a live owner: left by a process that was killed. Removed safely, then try again.
      if (!breakStaleLock(dir)) await sleep(POLL_MS);
      continue;
    }
    if (role === 'command' && info.state === 'ready' && info.port) {
      const guest = await joinOwner(info.port);
      if (guest) return guest;
    }
    wait(
      role === 'serve' && info.role === 'command'
        ? `another parallax command is using ${dir}: ${describe(info)}; the dashboard starts when it has finished…`
        : `another parallax command is using ${dir}: ${describe(info)}; waiting…`,
    );
    await sleep(POLL_MS);
  }
}

/** Connects through a serving owner; null if it has just closed (the caller looks again). */
async function joinOwner(port: number): Promise<EmbeddedHandle | null> {
  const url = embeddedUrl(port);
  const presence = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await presence.connect();
    await presence.query('SELECT 1');
  } catch {
    await presence.end().catch(() => {});
    return null;
  }
  // The owner may stop serving while we run (it was killed): the presence connection's error must not crash us;
  // our own queries fail and say so.
  presence.on('error', () => {});
  return {
    url,
    role: 'guest',
    poolMax: GUEST_POOL,
    close: async () => {
      await presence.end().catch(() => {});
    },
  };
}

/** Serves a PGlite session on a free loopback port, its connections scheduled by SessionQueue. */
export async function serveSession(db: import('@electric-sql/pglite').PGlite) {
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
  // The server's own queue interleaves connections (see session-queue.ts): replace it before anyone connects.
  (server as unknown as { queryQueue: SessionQueue }).queryQueue = new SessionQueue(db);
  await server.start();
  return { server, port: Number(server.getServerConn().split(':').pop()) };
}

async function own(dir: string, lock: OwnerLock, options: EmbeddedOptions): Promise<EmbeddedHandle> {
  let db: import('@electric-sql/pglite').PGlite | null = null;
  let server: import('@electric-sql/pglite-socket').PGLiteSocketServer | null = null;
  try {
    const pgdata = path.join(dir, 'pgdata');
    makeDirs(pgdata);
    // Loaded lazily so that server deployments never load the WASM build.
    const { PGlite } = await import('@electric-sql/pglite');
    try {
      db = await PGlite.create(pgdata);
    } catch (err) {
      throw new Error(
        `cannot open the embedded database in ${pgdata}: ${(err as Error).message}. If the folder is damaged, run \`npx parallax doctor\`; to start afresh, move the folder away and ingest again`,
      );
    }
    const served = await serveSession(db);
    server = served.server;
    const port = served.port;
    lock.update({ state: 'ready', port });
  } catch (err) {
    await server?.stop().catch(() => {});
    await db?.close().catch(() => {});
    lock.release();
    throw err;
  }
  const openDb = db;
  const openServer = server;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      // Guests (other commands, the dashboard) may still be working through us: wait until none is connected.
      const since = Date.now();
      for (let told = false; ; ) {
        const guests = openServer.getStats().activeConnections;
        if (guests === 0) {
          lock.update({ state: 'closing' });
          await sleep(CLOSING_GRACE_MS);
          if (openServer.getStats().activeConnections === 0) break;
          lock.update({ state: 'ready' });
          continue;
        }
        // Our own connections take a moment to go once closed: announce only a wait that lasts.
        if (!told && Date.now() - since > 1_000) {
          options.onWait?.(`waiting for ${guests} connection(s) of other parallax commands using ${dir} to finish…`);
          told = true;
        }
        await sleep(POLL_MS);
      }
      await openServer.stop();
      await openDb.close();
      lock.release();
    })());
  const url = embeddedUrl(Number(lock.info.port));
  return { url, role: 'owner', poolMax: OWNER_POOL, close };
}
