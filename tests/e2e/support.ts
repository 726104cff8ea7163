/** Shared by the e2e tests that hammer or attack the built app: the browser, bounded concurrency, a seeded demo app. */
import net from 'node:net';
import type { Browser } from 'playwright-core';
import { createClient, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import type { ArticleInput } from '@/lib/ingest/types';
import { createServerDatabase, type TestDatabase } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';

export { browserAvailable, launchChromium } from '../helpers/browser';

/** fn over items, at most `limit` at a time, results in input order. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Schema, articles and a scoring run, the way the CLI stores them. */
export async function seedDatabase(url: string, articles: ArticleInput[]): Promise<void> {
  await migrate(url);
  const database = { url, kind: 'server' as const };
  await ingestArticles(database, articles);
  await scoreArticles(database);
}

export interface SeededApp {
  app: RunningApp;
  browser: Browser;
  /** Stops the app and the browser and drops the database. */
  close(): Promise<void>;
}

/**
 * A fresh server database seeded with `articles` (read by `inspect` for the ids a test needs), the built app on it
 * (with `appEnv` in its environment) and Chromium. Whatever started is stopped again if a later step fails.
 */
export async function seededAppAndBrowser(articles: ArticleInput[], inspect: (db: Db, database: TestDatabase) => Promise<void> = async () => {}, appEnv: Record<string, string> = {}): Promise<SeededApp> {
  const database = await createServerDatabase();
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app?.stop();
    await database.drop();
  };
  try {
    await seedDatabase(database.url, articles);
    const db = createClient(database.url, 2);
    try {
      await inspect(db, database);
    } finally {
      await db.$disconnect();
    }
    [app, browser] = await Promise.all([startApp(database.url, appEnv), launchChromium()]);
    return { app, browser, close };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}

/** A stack frame as Node prints it ("at fn (file:1:2)"): users must never see one. */
export const STACK_FRAME = /\bat (async )?\S+ \(?\S+:\d+:\d+\)?/;

export interface RawAnswer {
  /** The status line's code, or 0 when the server closed (or went silent) without one. */
  status: number;
  /** Header names lower-cased; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `request` byte for byte on a fresh TCP connection (no client library that would fix up or refuse it) and
 * reads until the server closes or `timeoutMs` passes. Chunked bodies come back undecoded, which is enough to search.
 */
export function rawRequest(url: string, request: string | Buffer, timeoutMs = 30_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: hostname, port: Number(port) });
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n/.exec(text);
      if (!m) return resolve({ status: 0, headers: {}, body: text });
      const end = text.indexOf('\r\n\r\n');
      const headers: Record<string, string> = {};
      for (const line of text.slice(m[0].length, end < 0 ? undefined : end).split('\r\n')) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const raw = end < 0 ? '' : text.slice(end + 4);
      const body = /chunked/i.test(headers['transfer-encoding'] ?? '') ? unchunk(raw) : raw;
      resolve({ status: Number(m[1]), headers, body: Buffer.from(body, 'latin1').toString('utf8') });
    };
    const timer = setTimeout(done, timeoutMs);
    const head = (typeof request === 'string' ? request : request.toString('latin1')).startsWith('HEAD ');
    // Done at the end of the first response, so a kept-alive connection need not time out.
    const complete = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return false;
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1]);
      if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) return true;
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end))?.[1];
      if (length !== undefined) return text.length - end - 4 >= Number(length);
      return /\r\ntransfer-encoding:[^\r]*chunked/i.test(text.slice(0, end)) && text.endsWith('\r\n0\r\n\r\n');
    };
    socket.on('data', (d) => {
      chunks.push(d);
      if (complete()) done();
    });
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', done);
    socket.write(request);
  });
}

/** A chunked body's data (as far as it arrived). */
function unchunk(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', at);
    if (eol < 0) return out;
    const size = parseInt(raw.slice(at, eol), 16);
    if (!(size > 0)) return out;
    out += raw.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}
