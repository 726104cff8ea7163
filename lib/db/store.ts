/**
 * Writes of ingest: one transaction per call, so a failed or killed ingest leaves what was stored before exactly
 * as it was. (Scoring runs are written by ./scoring.ts.)
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ArticleInput } from '@/lib/ingest/types';
import { contentHash } from '@/lib/ingest/hash';
import { countWords, splitSentences } from '@/lib/ingest/sentences';
import type { ExtraAlias } from '@/lib/actors/types';
import { storeAliases } from './scoring';
import { regroup, type RegroupResult } from './grouping';

export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Long corpora take a while: the default 5 s interactive-transaction timeout is for web requests. */
export const LONG_TX = { maxWait: 60_000, timeout: 60 * 60_000 };
/** Advisory lock id: one ingest or scoring run at a time per database. */
export const WRITE_LOCK = 72_771_002;

export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}

export interface IngestResult {
  inserted: number;
  /** Articles whose text is already stored (same content hash): skipped. */
  duplicates: { sourceFile: string; existing: string }[];
  /** New versions of an already stored URL: stored, the earlier version kept. */
  versions: { sourceFile: string; url: string; supersedes: number }[];
  sentences: number;
  outlets: number;
  removedLines: number;
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
}

export async function ingestArticles(db: PrismaClient, articles: ArticleInput[], options: IngestOptions = {}): Promise<IngestResult> {
  return db.$transaction(async (tx) => {
    // Two ingests at once queue here, so neither can store the other's article twice.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`;
    const result: IngestResult = { inserted: 0, duplicates: [], versions: [], sentences: 0, outlets: 0, removedLines: 0 };
    const hashes = articles.map((a) => contentHash(a.body));
    const existing = new Map(
      (await tx.article.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true, sourceFile: true } })).map(
        (a) => [a.contentHash, a.sourceFile],
      ),
    );
    const urls = [...new Set(articles.map((a) => a.url).filter((u): u is string => !!u))];
    const latestByUrl = new Map<string, number>();
    for (const a of await tx.article.findMany({ where: { url: { in: urls } }, select: { id: true, url: true }, orderBy: { id: 'asc' } })) {
      latestByUrl.set(a.url!, a.id);
    }
    const outletIds = new Map<string, number>();
    for (const [i, article] of articles.entries()) {
      const hash = hashes[i];
      const seen = existing.get(hash);
      if (seen !== undefined) {
        result.duplicates.push({ sourceFile: article.sourceFile, existing: seen });
        continue;
      }
      existing.set(hash, article.sourceFile);
      const slug = slugify(article.outlet);
      let outletId = outletIds.get(slug);
      if (outletId === undefined) {
        outletId = (await tx.outlet.upsert({ where: { slug }, create: { slug, name: article.outlet }, update: {} })).id;
        outletIds.set(slug, outletId);
      }
      const supersedesId = article.url ? latestByUrl.get(article.url) : undefined;
      const sentences = splitSentences(article.body);
      const created = await tx.article.create({
        data: {
          outletId,
          pinnedEvent: article.event,
          pinnedStory: article.story,
          url: article.url,
          supersedesId,
          title: article.title,
          publishedAt: article.publishedAt,
          body: article.body,
          words: countWords(article.body),
          contentHash: hash,
          sourceFile: article.sourceFile,
          sourceRecord: article.sourceRecord,
          removedLines: (article.removedLines ?? []).map(({ line, text, reason }) => ({ line, text, reason })),
          sentences: {
            createMany: {
              data: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: article.body.slice(s.start, s.end) })),
            },
          },
        },
        select: { id: true },
      });
      if (article.url) {
        if (supersedesId !== undefined) result.versions.push({ sourceFile: article.sourceFile, url: article.url, supersedes: supersedesId });
        latestByUrl.set(article.url, created.id);
      }
      result.inserted++;
      result.sentences += sentences.length;
      result.removedLines += article.removedLines?.length ?? 0;
    }
    result.outlets = outletIds.size;
    if (options.aliases?.length) await storeAliases(tx, options.aliases, 'manifest');
    // New articles join events (or found new ones) in the same transaction that stores them.
    if (result.inserted) result.grouping = await regroup(tx);
    // Thrown inside the transaction, so a strict run that meets a duplicate stores nothing.
    if (options.strict && result.duplicates.length) {
      throw new Error(`--strict: ${result.duplicates.map((d) => `${d.sourceFile} has the same text as the stored ${d.existing}`).join('; ')}; nothing was stored`);
    }
    return result;
  }, LONG_TX);
}

/** Pins stored articles to an event and/or story by name and regroups, in one transaction. */
export async function pinArticles(db: PrismaClient, ids: number[], pin: { event?: string; story?: string }): Promise<RegroupResult> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`;
    const found = await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const missing = ids.filter((id) => !found.some((a) => a.id === id));
    if (missing.length) throw new Error(`no article with id ${missing.join(', ')}; see the ids on the dashboard's article pages`);
    await tx.article.updateMany({
      where: { id: { in: ids } },
      data: { ...(pin.event !== undefined && { pinnedEvent: pin.event }), ...(pin.story !== undefined && { pinnedStory: pin.story }) },
    });
    return regroup(tx);
  }, LONG_TX);
}
