/**
 * Several connections on the embedded database's one session (lib/db/embedded/session-queue.ts): extended-protocol
 * queries, transactions and a dropped connection, all at once. With pglite-socket's own queue, concurrent
 * parameterised queries bind to each other's statements (electric-sql/pglite#1046).
 */
import { PGlite } from '@electric-sql/pglite';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSession } from '@/lib/db/embedded/open';
import { BackendTail } from '@/lib/db/embedded/session-queue';

describe('connections sharing the embedded session', () => {
  let db: PGlite;
  let stop: () => Promise<void>;
  let url: string;
  let portNumber = 0;
  const port = () => portNumber;

  beforeAll(async () => {
    db = await PGlite.create();
    await db.exec('CREATE TABLE counter (n int); INSERT INTO counter VALUES (0); CREATE TABLE item (k text PRIMARY KEY, v int)');
    const { server, port } = await serveSession(db);
    stop = () => server.stop();
    url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    portNumber = port;
  });
  afterAll(async () => {
    await stop?.();
    await db?.close();
  });

  const client = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  };

  it('answers each connection its own parameterised queries, never another’s', async () => {
    const clients = await Promise.all([client(), client(), client(), client()]);
    try {
      const results = await Promise.all(
        clients.map(async (c, k) => {
          const wrong: string[] = [];
          for (let i = 0; i < 150; i++) {
            // Different shapes per connection: a bind to another's unnamed statement fails or returns the wrong column.
            if (k % 2 === 0) {
              const r = await c.query<{ sum: number }>('SELECT $1::int + $2::int AS sum', [i, k]);
              if (r.rows[0]?.sum !== i + k) wrong.push(`${k}:${i}`);
            } else {
              const r = await c.query<{ t: string }>('SELECT $1::text || $2::text AS t', [`c${k}`, `-${i}`]);
              if (r.rows[0]?.t !== `c${k}-${i}`) wrong.push(`${k}:${i}`);
            }
          }
          return wrong;
        }),
      );
      expect(results.flat()).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it('keeps an extended query whole: another connection cannot replace its statement between Parse and Bind', async () => {
    // At the protocol level, so the interleaving is certain: A parses, B runs a whole query, then A binds and executes.
    const a = await RawClient.open(port());
    const b = await RawClient.open(port());
    a.send(parse("SELECT 'from A'::text AS who"));
    await new Promise((r) => setTimeout(r, 200));
    b.send(parse("SELECT 'from B'::text AS who"), bindExecute(), SYNC_MSG);
    await new Promise((r) => setTimeout(r, 200));
    a.send(bindExecute(), SYNC_MSG);
    expect(await a.rows()).toEqual(['from A']);
    expect(await b.rows()).toEqual(['from B']);
    a.close();
    b.close();
  });

  it('runs transactions one at a time: no lost update', async () => {
    const clients = await Promise.all([client(), client(), client()]);
    try {
      await Promise.all(
        clients.map(async (c) => {
          for (let i = 0; i < 20; i++) {
            await c.query('BEGIN');
            const { rows } = await c.query<{ n: number }>('SELECT n FROM counter');
            await c.query('UPDATE counter SET n = $1', [rows[0].n + 1]);
            await c.query('COMMIT');
          }
        }),
      );
      const c = await client();
      expect((await c.query<{ n: number }>('SELECT n FROM counter')).rows[0].n).toBe(60);
      await c.end();
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it('rolls back the transaction of a connection that goes away, and serves the others', async () => {
    const gone = await client();
    gone.on('error', () => {});
    await gone.query('BEGIN');
    await gone.query('INSERT INTO item VALUES ($1, $2)', ['half-written', 1]);
    const other = await client();
    // Waits for the open transaction, then runs once the dead connection's work is rolled back.
    const waiting = other.query<{ n: string }>('SELECT count(*) AS n FROM item');
    (gone as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows[0].n).toBe('0');
    await other.query('INSERT INTO item VALUES ($1, $2)', ['kept', 2]);
    expect((await other.query<{ k: string }>('SELECT k FROM item')).rows.map((r) => r.k)).toEqual(['kept']);
    await other.end();
  });

  it('follows the server’s messages across chunks to find ReadyForQuery', () => {
    const tail = new BackendTail();
    // CommandComplete "SELECT 1" then ReadyForQuery 'T', split mid-message.
    const bytes = [0x43, 0, 0, 0, 13, ...Buffer.from('SELECT 1\0'), 0x5a, 0, 0, 0, 5, 0x54];
    tail.push(new Uint8Array(bytes.slice(0, 7)));
    tail.push(new Uint8Array(bytes.slice(7, 16)));
    expect(tail.idle).toBe(false);
    tail.push(new Uint8Array(bytes.slice(16)));
    expect(tail.lastType).toBe(0x5a);
    expect(tail.idle).toBe(false); // in a transaction
    tail.push(new Uint8Array([0x5a, 0, 0, 0, 5, 0x49]));
    expect(tail.idle).toBe(true);
  });
});

// --- A minimal frontend for the protocol test: startup, Parse, Bind + Execute, Sync; reads DataRows until ReadyForQuery.
function message(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), len, body]);
}
const cstr = (s: string) => Buffer.from(`${s}\0`);
function parse(sql: string): Buffer {
  return message('P', Buffer.concat([cstr(''), cstr(sql), Buffer.from([0, 0])]));
}
function bindExecute(): Buffer {
  const bind = message('B', Buffer.concat([cstr(''), cstr(''), Buffer.from([0, 0, 0, 0, 0, 0])]));
  const execute = message('E', Buffer.concat([cstr(''), Buffer.from([0, 0, 0, 0])]));
  return Buffer.concat([bind, execute]);
}
const SYNC_MSG = message('S', Buffer.alloc(0));

class RawClient {
  private buf = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  private constructor(private socket: net.Socket) {
    socket.on('data', (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (const w of this.waiters.splice(0)) w();
    });
  }
  static async open(port: number): Promise<RawClient> {
    const socket = net.connect({ host: '127.0.0.1', port });
    await new Promise((r) => socket.once('connect', r));
    const c = new RawClient(socket);
    const params = Buffer.concat([cstr('user'), cstr('postgres'), cstr('database'), cstr('postgres'), Buffer.from([0])]);
    const len = Buffer.alloc(8);
    len.writeInt32BE(params.length + 8);
    len.writeInt32BE(196608, 4);
    socket.write(Buffer.concat([len, params]));
    await c.rows();
    return c;
  }
  send(...parts: Buffer[]): void {
    this.socket.write(Buffer.concat(parts));
  }
  /** Messages up to the next ReadyForQuery; returns the first column of each DataRow. */
  async rows(): Promise<string[]> {
    const out: string[] = [];
    for (;;) {
      while (this.buf.length >= 5) {
        const type = String.fromCharCode(this.buf[0]);
        const len = this.buf.readInt32BE(1);
        if (this.buf.length < 1 + len) break;
        const body = this.buf.subarray(5, 1 + len);
        this.buf = this.buf.subarray(1 + len);
        if (type === 'D') out.push(body.subarray(6, 6 + body.readInt32BE(2)).toString());
        if (type === 'E') throw new Error(`server error: ${body.toString()}`);
        if (type === 'Z') return out;
      }
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }
  close(): void {
    this.socket.destroy();
  }
}
