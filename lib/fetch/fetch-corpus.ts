/**
 * `parallax fetch` without the printing: inputs to article URLs, each URL fetched politely (./fetch-url.ts), each
 * page read by ingest's HTML reader, duplicates dropped (the same URL given twice, the same canonical URL, the
 * same text), and the articles returned as a CorpusResult for the same validation and single-transaction store as
 * `parallax ingest`. Every URL ends with one outcome; a failure never stops the run.
 */
import type { CorpusResult } from '@/lib/ingest/corpus';
import { contentHash } from '@/lib/ingest/hash';
import { issue, type IngestIssue } from '@/lib/ingest/issues';
import { parseDateValue } from '@/lib/ingest/metadata';
import { HttpCache } from './cache';
import { urlKey } from './canonical';
import type { FetchSettings } from './config';
import { Fetcher, type FailureReason, type FetchResult, type RetryNote } from './fetch-url';
import { createHttpClient } from './http';
import { pageArticle } from './page-article';
import { resolveInputs, type ResolvedInputs } from './resolve-inputs';
import type { FetchTarget } from './types';

export type Outcome = 'fetched' | 'cached' | 'robots' | 'failed' | 'duplicate' | 'too-old';

export interface PageOutcome {
  target: FetchTarget;
  outcome: Outcome;
  /** Why it failed, was skipped or is a duplicate. */
  detail?: string;
  reason?: FailureReason;
  cache?: 'fresh' | 'revalidated';
  finalUrl?: string;
  retries: RetryNote[];
}

export interface FetchProgress {
  done: number;
  total: number;
  fetched: number;
  cached: number;
  failed: number;
}

export interface FetchRunOptions {
  settings: FetchSettings;
  /** --outlet: for pages nothing else names an outlet for. */
  outlet?: string;
  /** --since: articles published before this are left out (undated ones are kept). */
  since?: Date;
  onProgress?: (p: FetchProgress) => void;
  /** Called once the inputs are read, before any page is fetched (errors there stop the run). */
  onInputs?: (inputs: ResolvedInputs) => void;
}

export interface FetchRun {
  corpus: CorpusResult;
  pages: PageOutcome[];
  inputs: ResolvedInputs['inputs'];
  /** Problems with the inputs themselves (a bad line, a feed that could not be read). */
  inputIssues: IngestIssue[];
  /** Requests made per host: count, and the first and last start times (ms). */
  requests: Array<{ host: string; count: number; first: number; last: number }>;
  seconds: number;
  /** Responses the cache could not store (the pages themselves were fetched). */
  cacheErrors: string[];
}

function dateOf(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const d = parseDateValue(value) ?? new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export async function fetchCorpus(args: string[], options: FetchRunOptions): Promise<FetchRun> {
  const started = Date.now();
  const { settings } = options;
  const http = createHttpClient(settings);
  const cache = settings.cacheDir ? new HttpCache(settings.cacheDir) : null;
  const fetcher = new Fetcher(settings, http, cache);
  try {
    const resolved = await resolveInputs(args, fetcher);
    options.onInputs?.(resolved);
    const pages: PageOutcome[] = [];
    // Per URL: how the fetch ended and, for a page, what ingest read from it (the page itself is not kept: a
    // long list would otherwise hold every page in memory until the end).
    const slots: Array<{ got: FetchResult; read?: ReturnType<typeof pageArticle> } | null> = [];

    // The same article URL given twice (with tracking parameters, with and without www.) is fetched once.
    const firstByKey = new Map<string, FetchTarget>();
    const todo: number[] = [];
    for (const target of resolved.targets) {
      const i = pages.length;
      const key = urlKey(target.url);
      const first = firstByKey.get(key);
      const stated = dateOf(target.date);
      if (first) pages.push({ target, outcome: 'duplicate', detail: `same URL as ${first.from}`, retries: [] });
      else if (options.since && stated && stated < options.since) pages.push({ target, outcome: 'too-old', detail: `published ${stated.toISOString().slice(0, 10)}, before --since`, retries: [] });
      else {
        firstByKey.set(key, target);
        pages.push({ target, outcome: 'failed', retries: [] });
        todo.push(i);
      }
      slots.push(null);
    }

    // Hosts in parallel, each host's URLs in order (the host gate spaces them out).
    const byHost = new Map<string, number[]>();
    for (const i of todo) {
      const host = new URL(pages[i].target.url).host;
      byHost.set(host, [...(byHost.get(host) ?? []), i]);
    }
    const queue = [...byHost.values()];
    const progress: FetchProgress = { done: pages.length - todo.length, total: pages.length, fetched: 0, cached: 0, failed: 0 };
    options.onProgress?.(progress);
    const worker = async () => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (const i of group) {
          const { target } = pages[i];
          let got: FetchResult;
          let read: ReturnType<typeof pageArticle> | undefined;
          try {
            got = resolved.prefetched.get(target.url) ?? (await fetcher.fetch(target.url, 'page'));
            if (got.ok) read = pageArticle(got, target, { outlet: options.outlet, maxBytes: settings.maxBytes });
          } catch (err) {
            // Not something a server did (a full disk under the cache, a bug): this URL fails, the run goes on.
            got = { ok: false, url: target.url, finalUrl: target.url, reason: 'error', detail: `failed unexpectedly: ${(err as Error).message}`, retries: [] };
          }
          if (got.ok) got = { ...got, body: Buffer.alloc(0) };
          slots[i] = { got, read };
          progress.done++;
          if (!got.ok) progress.failed++;
          else if (got.cache) progress.cached++;
          else progress.fetched++;
          options.onProgress?.(progress);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.hosts, queue.length) }, worker));

    // Pages to articles, in input order, so which copy of a duplicate is kept never depends on timing.
    const corpus: CorpusResult = { articles: [], issues: [], reports: [] };
    const byCanonical = new Map<string, string>();
    const byText = new Map<string, string>();
    for (const [i, slot] of slots.entries()) {
      if (!slot) continue;
      const { got, read } = slot;
      const page = pages[i];
      page.retries = got.retries;
      page.finalUrl = got.finalUrl;
      if (!got.ok) {
        Object.assign(page, { outcome: got.reason === 'robots' ? 'robots' : 'failed', detail: got.detail, reason: got.reason });
        continue;
      }
      Object.assign(page, { outcome: got.cache ? 'cached' : 'fetched', ...(got.cache && { cache: got.cache }) });
      if (!read) continue;
      corpus.issues.push(...read.issues);
      const article = read.articles[0];
      if (!article) {
        corpus.reports.push(...read.reports);
        continue;
      }
      const canonical = urlKey(read.url);
      const sameUrl = byCanonical.get(canonical);
      const hash = contentHash(article.body);
      const sameText = byText.get(hash);
      if (sameUrl) {
        corpus.issues.push(issue('notice', page.target.url, `same canonical URL (${read.url}) as ${sameUrl}; kept once`));
        Object.assign(page, { outcome: 'duplicate', detail: `same canonical URL as ${sameUrl}` });
        continue;
      }
      if (sameText) {
        corpus.issues.push(issue('notice', page.target.url, `same text as ${sameText}; kept once`));
        Object.assign(page, { outcome: 'duplicate', detail: `same text as ${sameText}` });
        continue;
      }
      if (options.since && article.publishedAt && article.publishedAt < options.since) {
        Object.assign(page, { outcome: 'too-old', detail: `published ${article.publishedAt.toISOString().slice(0, 10)}, before --since` });
        continue;
      }
      byCanonical.set(canonical, page.target.url);
      byText.set(hash, page.target.url);
      corpus.articles.push(article);
      corpus.reports.push(...read.reports);
    }
    return {
      corpus,
      pages,
      inputs: resolved.inputs,
      inputIssues: resolved.issues,
      requests: [...fetcher.gate.requests].map(([host, r]) => ({ host, ...r })),
      seconds: (Date.now() - started) / 1000,
      cacheErrors: cache?.writeErrors ?? [],
    };
  } finally {
    await http.close();
  }
}
