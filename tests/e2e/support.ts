/** Shared by the e2e tests that hammer or attack the built app: the browser, bounded concurrency, a seeded demo app. */
import type { Browser } from 'playwright-core';
import { createClient, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/store';
import { scoreArticles } from '@/lib/db/scoring';
import type { ArticleInput } from '@/lib/ingest/types';
import { createServerDatabase } from '../helpers/database';
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
  const db = createClient(url, 2);
  try {
    await ingestArticles(db, articles);
    await scoreArticles(url);
  } finally {
    await db.$disconnect();
  }
}

export interface SeededApp {
  app: RunningApp;
  browser: Browser;
  /** Stops the app and the browser and drops the database. */
  close(): Promise<void>;
}

/**
 * A fresh server database seeded with `articles` (read by `inspect` for the ids a test needs), the built app on it
 * and Chromium. Whatever started is stopped again if a later step fails.
 */
export async function seededAppAndBrowser(articles: ArticleInput[], inspect: (db: Db) => Promise<void> = async () => {}): Promise<SeededApp> {
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
      await inspect(db);
    } finally {
      await db.$disconnect();
    }
    [app, browser] = await Promise.all([startApp(database.url), launchChromium()]);
    return { app, browser, close };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}

/** A stack frame as Node prints it ("at fn (file:1:2)"): users must never see one. */
export const STACK_FRAME = /\bat (async )?\S+ \(?\S+:\d+:\d+\)?/;
