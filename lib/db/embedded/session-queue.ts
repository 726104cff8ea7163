/**
 * Schedules the messages of several socket connections onto PGlite's single session.
 *
 * pglite-socket 0.2.17/0.2.18 schedules message by message and keeps a connection's turn only while
 * `isInTransaction()`. That is not enough (electric-sql/pglite issues #1046 and #977): an extended-protocol query
 * (Parse, Bind, Execute, Sync) is not in a transaction between its messages, so two connections' queries interleave
 * and one binds to the other's unnamed statement (wrong rows or bind errors); a COPY in progress is not a transaction
 * either; and one thrown error stops its queue for good. This queue keeps the session for a connection from its first
 * message until the server says ReadyForQuery with status Idle: a whole query, a whole transaction, a whole COPY. When
 * a connection goes away while it holds the session, whatever it left open (a COPY, an error awaiting Sync, a
 * transaction) is ended and rolled back before anyone else gets a turn.
 *
 * A connection's startup message is answered at once even while another connection holds the session (PGlite answers
 * it without touching the session's state, transaction included), so a second command connects at once and its first
 * statement waits for its turn, instead of its connect timing out behind a long scoring run.
 *
 * It replaces the server's own queue object (same method names, see open.ts); the versions are pinned in package.json.
 */
import type { PGlite } from '@electric-sql/pglite';

interface Item {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
}

const READY_FOR_QUERY = 0x5a; // 'Z'
const COPY_IN_RESPONSE = 0x47; // 'G'
const IDLE = 0x49; // 'I'

/** Follows the backend's messages across output chunks: the type of the last one, and ReadyForQuery's status. */
export class BackendTail {
  private header = new Uint8Array(5);
  private have = 0;
  private bodyLeft = 0;
  lastType = 0;
  status = 0;

  push(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - i);
        // ReadyForQuery's body is its one status byte.
        if (this.lastType === READY_FOR_QUERY && take > 0) this.status = chunk[i + take - 1];
        this.bodyLeft -= take;
        i += take;
        continue;
      }
      this.header[this.have++] = chunk[i++];
      if (this.have === 5) {
        this.lastType = this.header[0];
        this.bodyLeft = ((this.header[1] << 24) | (this.header[2] << 16) | (this.header[3] << 8) | this.header[4]) - 4;
        this.have = 0;
        if (this.lastType === READY_FOR_QUERY) this.status = 0;
      }
    }
  }

  /** The session is back to idle, outside any transaction: another connection may have it. */
  get idle(): boolean {
    return this.lastType === READY_FOR_QUERY && this.bodyLeft === 0 && this.status === IDLE;
  }
}

/** A startup message: no type byte, its length then protocol version 3.0. */
function isStartup(message: Uint8Array): boolean {
  return message.length >= 8 && message[4] === 0 && message[5] === 3 && message[6] === 0 && message[7] === 0;
}

const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/** A message with a type byte and a NUL-terminated string body (Query 'Q', CopyFail 'f'). */
function stringMessage(type: number, text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(1 + 4 + body.length + 1);
  const len = 4 + body.length + 1;
  out[0] = type;
  out[1] = (len >>> 24) & 0xff;
  out[2] = (len >>> 16) & 0xff;
  out[3] = (len >>> 8) & 0xff;
  out[4] = len & 0xff;
  out.set(body, 5);
  return out;
}

function simpleQuery(sql: string): Uint8Array {
  return stringMessage(0x51, sql); // 'Q'
}

function copyFail(reason: string): Uint8Array {
  return stringMessage(0x66, reason); // 'f'
}

export class SessionQueue {
  private queue: Item[] = [];
  private pumping = false;
  /** The connection that holds the session until it is idle again, or null. */
  private holder: number | null = null;
  private tail = new BackendTail();

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.pump();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  /** Drops the queued messages of a connection that went away. */
  clearQueueForHandler(handlerId: number): void {
    const keep: Item[] = [];
    for (const item of this.queue) {
      if (item.handlerId === handlerId) item.reject(new Error('connection closed'));
      else keep.push(item);
    }
    this.queue = keep;
  }

  /** A connection went away: if it held the session, end what it left open, then let the others in. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.holder !== handlerId) return;
    await this.db.runExclusive(async () => {
      const discard = { onRawData: () => {} };
      try {
        if (this.tail.lastType === COPY_IN_RESPONSE) await this.db.execProtocolRawStream(copyFail('client connection closed'), discard);
        // Ends an extended query left without its Sync (and the error state that waits for one).
        await this.db.execProtocolRawStream(SYNC, discard);
        // At the protocol level too: db.exec would wait for the lock held here.
        if (this.db.isInTransaction()) await this.db.execProtocolRawStream(simpleQuery('ROLLBACK'), discard);
      } catch {
        // The session is reset as far as it can be; the next connection's statements will say if it is not.
      }
    });
    this.holder = null;
    this.tail = new BackendTail();
    void this.pump();
  }

  private next(): Item | undefined {
    if (this.holder === null) return this.queue.shift();
    const i = this.queue.findIndex((q) => q.handlerId === this.holder || isStartup(q.message));
    return i === -1 ? undefined : this.queue.splice(i, 1)[0];
  }

  /** Answers a startup message; its ReadyForQuery says Idle, the new connection's own state, whatever the session's. */
  private async startup(item: Item): Promise<void> {
    const chunks: Uint8Array[] = [];
    try {
      await this.db.runExclusive(() => this.db.execProtocolRawStream(item.message, { onRawData: (d: Uint8Array) => void chunks.push(d.slice()) }));
    } catch (err) {
      item.reject(err);
      return;
    }
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    if (out.length >= 6 && out[out.length - 6] === READY_FOR_QUERY) out[out.length - 1] = IDLE;
    item.onData(out);
    item.resolve(out.length);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        if (isStartup(item.message)) {
          await this.startup(item);
          continue;
        }
        this.holder = item.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                this.tail.push(data);
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (err) {
          // One failed message fails its connection's request, never the queue.
          item.reject(err);
        }
        if (this.tail.idle) this.holder = null;
      }
    } finally {
      this.pumping = false;
    }
  }
}
