/**
 * Ingest a batch of articles: one write transaction per call, so a failed or killed ingest leaves what was stored
 * before exactly as it was. (Scoring runs are written by ./score.ts.)
 */
import type { ArticleInput } from '@/lib/ingest/types';
import { contentHash } from '@/lib/ingest/hash';
import { slugify, uniqueSlug } from '@/lib/text/slug';
import { analysisEnd, countWords, DEFAULT_MAX_WORDS, splitSentences } from '@/lib/ingest/sentences';
import type { ExtraAlias } from '@/lib/actors/types';
import type { SentenceSpan } from '@/lib/analysis/types';
import { emptyColumns, insertColumns, reserveIds, type Schema } from '../write/bulk';
import { refreshIngestSummaries } from '../write/summaries';
import { inWriteTransaction, type Database, type Executor } from '../write/transaction';
import { storeAliases } from './seed-actors';
import { regroup, type RegroupResult } from './regroup';

export interface IngestResult {
  inserted: number;
  /** Articles whose text is already stored (same content hash): skipped. */
  duplicates: { sourceFile: string; existing: string }[];
  /** New versions of an already stored URL: stored, the earlier version kept. */
  versions: { sourceFile: string; url: string; supersedes: number }[];
  sentences: number;
  outlets: number;
  removedLines: number;
  /** Articles longer than the word limit: stored whole, analysed up to it. */
  limited: { sourceFile: string; words: number }[];
  grouping?: RegroupResult;
}

/**
 * Stores articles with their sentences in one transaction (all or nothing). The same text is stored once;
 * the same URL with new text becomes a new version that points at the one it supersedes.
 */
export interface IngestOptions {
  /** Fail (store nothing) when an article is already stored. */
  strict?: boolean;
  /** Actor aliases named by the corpus's manifest, stored with it. */
  aliases?: ExtraAlias[];
  /**
   * Sentence spans of an article when the caller already has them (an import from a system that stores
   * sentence offsets, the benchmarks' generator); default: splitSentences. Spans must cover the body as stored.
   */
  sentences?: (article: ArticleInput) => SentenceSpan[];
  /** Words analysed per article (default DEFAULT_MAX_WORDS): a longer text is stored whole and analysed up to here. */
  maxWords?: number;
  /** Called after each stored chunk of articles. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Regroup events after storing (default true). False leaves the new articles without an event until a full
   * regroup (lib/db/operations/regroup.ts regroup() without articleIds); the store benchmark uses it to time the writes alone.
   */
  regroup?: boolean;
}

/** Articles per insert statement: bodies dominate the payload (see lib/db/write/bulk.ts for the size cap). */
const ARTICLE_CHUNK = 1_000;

const ARTICLE_COLUMNS = {
  id: 'int',
  outletId: 'int',
  pinnedEvent: 'text',
  pinnedStory: 'text',
  url: 'text',
  supersedesId: 'int',
  title: 'text',
  publishedAt: 'timestamp',
  body: 'text',
  words: 'int',
  analysedTo: 'int',
  contentHash: 'text',
  sourceFile: 'text',
  sourceRecord: 'int',
  removedLines: 'json',
} as const satisfies Schema;

const SENTENCE_COLUMNS = { articleId: 'int', index: 'int', start: 'int', end: 'int', text: 'text' } as const satisfies Schema;

export async function ingestArticles(db: Database, articles: ArticleInput[], options: IngestOptions = {}): Promise<IngestResult> {
  // Under the write lock: two ingests at once queue, so neither can store the other's article twice.
  return inWriteTransaction(db, async ({ exec: tx }) => {
    const result: IngestResult = { inserted: 0, duplicates: [], versions: [], sentences: 0, outlets: 0, removedLines: 0, limited: [] };
    const hashes = articles.map((a) => contentHash(a.body));
    // Array parameters: one bind whatever the corpus size (an IN list is capped at 65 535 parameters).
    const existing = new Map(
      (
        await tx.rows<{ contentHash: string; sourceFile: string }>(`SELECT "contentHash", "sourceFile" FROM "Article" WHERE "contentHash" = ANY($1::text[])`, [[...new Set(hashes)]])
      ).map((a) => [a.contentHash, a.sourceFile]),
    );
    const urls = [...new Set(articles.map((a) => a.url).filter((u): u is string => !!u))];
    const latestByUrl = new Map<string, number>();
    if (urls.length) {
      for (const a of await tx.rows<{ id: number; url: string }>(`SELECT DISTINCT ON (url) url, id FROM "Article" WHERE url = ANY($1::text[]) ORDER BY url, id DESC`, [urls])) {
        latestByUrl.set(a.url, a.id);
      }
    }

    // Which inputs are new, in input order (a text repeated within the input is stored once, the first time).
    const fresh: number[] = [];
    for (const [i, article] of articles.entries()) {
      const seen = existing.get(hashes[i]);
      if (seen !== undefined) {
        result.duplicates.push({ sourceFile: article.sourceFile, existing: seen });
        continue;
      }
      existing.set(hashes[i], article.sourceFile);
      fresh.push(i);
    }

    const outletIds = await upsertOutlets(tx, fresh.map((i) => articles[i].outlet));
    // Ids are taken up front, in input order as before, so a later version in this same ingest can point at an earlier one.
    const ids = await reserveIds(tx, 'Article', 'id', fresh.length);
    const newIds: number[] = [];
    const split = options.sentences ?? ((a: ArticleInput) => splitSentences(a.body));
    const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
    for (let from = 0; from < fresh.length; from += ARTICLE_CHUNK) {
      const rows = emptyColumns(ARTICLE_COLUMNS);
      const sentences = emptyColumns(SENTENCE_COLUMNS);
      for (let k = from; k < Math.min(from + ARTICLE_CHUNK, fresh.length); k++) {
        const i = fresh[k];
        const article = articles[i];
        const id = ids[k];
        const supersedesId = article.url ? latestByUrl.get(article.url) : undefined;
        rows.id.push(id);
        rows.outletId.push(outletIds.get(slugify(article.outlet)));
        rows.pinnedEvent.push(article.event ?? null);
        rows.pinnedStory.push(article.story ?? null);
        rows.url.push(article.url ?? null);
        rows.supersedesId.push(supersedesId ?? null);
        rows.title.push(article.title);
        rows.publishedAt.push(article.publishedAt ?? null);
        const spans = split(article);
        const words = countWords(article.body);
        const analysedTo = words > maxWords ? analysisEnd(article.body, spans, maxWords) : null;
        if (analysedTo !== null) result.limited.push({ sourceFile: article.sourceFile, words });
        rows.body.push(article.body);
        rows.words.push(words);
        rows.analysedTo.push(analysedTo);
        rows.contentHash.push(hashes[i]);
        rows.sourceFile.push(article.sourceFile);
        rows.sourceRecord.push(article.sourceRecord ?? null);
        rows.removedLines.push((article.removedLines ?? []).map(({ line, text, reason }) => ({ line, text, reason })));
        for (const s of spans) {
          sentences.articleId.push(id);
          sentences.index.push(s.index);
          sentences.start.push(s.start);
          sentences.end.push(s.end);
          sentences.text.push(article.body.slice(s.start, s.end));
        }
        if (article.url) {
          if (supersedesId !== undefined) result.versions.push({ sourceFile: article.sourceFile, url: article.url, supersedes: supersedesId });
          latestByUrl.set(article.url, id);
        }
        newIds.push(id);
        result.inserted++;
        result.removedLines += article.removedLines?.length ?? 0;
      }
      await insertColumns(tx, 'Article', ARTICLE_COLUMNS, rows);
      result.sentences += await insertColumns(tx, 'Sentence', SENTENCE_COLUMNS, sentences);
      options.onProgress?.(Math.min(from + ARTICLE_CHUNK, fresh.length), fresh.length);
    }
    result.outlets = outletIds.size;
    if (options.aliases?.length) await storeAliases(tx, options.aliases, 'manifest');
    // New articles join events (or found new ones) in the same transaction that stores them.
    if (result.inserted && options.regroup !== false) result.grouping = await regroup(tx, { articleIds: newIds });
    if (result.inserted) await refreshIngestSummaries(tx);
    // Thrown inside the transaction, so a strict run that meets a duplicate stores nothing.
    if (options.strict && result.duplicates.length) {
      throw new Error(`--strict: ${result.duplicates.map((d) => `${d.sourceFile} has the same text as the stored ${d.existing}`).join('; ')}; nothing was stored`);
    }
    return result;
  });
}

/**
 * One row per outlet; returns identity key → id. An outlet is identified by the slug of its name (so "Fox News" and
 * "FOX NEWS" are one outlet), computed anew for stored outlets too: a stored slug is never changed (links stay), and a
 * new outlet whose slug is already taken by a differently named one gets a suffix, never a merge.
 */
async function upsertOutlets(tx: Executor, names: string[]): Promise<Map<string, number>> {
  const wanted = new Map<string, string>(); // key → first spelling
  for (const name of names) {
    const key = slugify(name);
    if (!wanted.has(key)) wanted.set(key, name);
  }
  if (wanted.size === 0) return new Map();
  // Every outlet, not only those with the wanted slugs: a stored slug may predate the current rule (O'Reilly was o-reilly).
  const stored = await tx.rows<{ id: number; slug: string; name: string }>(`SELECT id, slug, name FROM "Outlet"`);
  const ids = new Map<string, number>();
  const taken = new Set<string>();
  for (const o of stored) {
    taken.add(o.slug);
    const key = slugify(o.name);
    if (!ids.has(key)) ids.set(key, o.id);
  }
  const fresh = { slug: [] as string[], name: [] as string[] };
  const keyOfSlug = new Map<string, string>();
  for (const [key, name] of wanted) {
    if (ids.has(key)) continue;
    const slug = uniqueSlug(key, (s) => taken.has(s));
    taken.add(slug);
    fresh.slug.push(slug);
    fresh.name.push(name);
    keyOfSlug.set(slug, key);
  }
  if (fresh.slug.length) {
    // Under the write lock (ingestArticles), so no other ingest adds an outlet in between.
    await insertColumns(tx, 'Outlet', { slug: 'text', name: 'text' }, fresh);
    const rows = await tx.rows<{ id: number; slug: string }>(`SELECT id, slug FROM "Outlet" WHERE slug = ANY($1::text[])`, [fresh.slug]);
    for (const r of rows) ids.set(keyOfSlug.get(r.slug)!, r.id);
  }
  return new Map([...wanted.keys()].map((k) => [k, ids.get(k)!]));
}
