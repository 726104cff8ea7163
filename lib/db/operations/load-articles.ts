/** The articles a scoring batch analyses: bodies and sentence spans, read from committed rows. */
import { analysedPart } from '@/lib/ingest/sentences';
import type { SentenceSpan } from '@/lib/analysis/types';
import type { ArticleToScore } from '@/lib/worker-pool/analyse';
import type { Executor } from '../write/transaction';

/** Bodies and sentence spans of these articles, in id order. */
export async function loadArticles(exec: Executor, ids: number[]): Promise<ArticleToScore[]> {
  const articles = await exec.rows<{ id: number; outletId: number; body: string; analysedTo: number | null }>(
    `SELECT id, "outletId", body, "analysedTo" FROM "Article" WHERE id = ANY($1::int[]) ORDER BY id`,
    [ids],
  );
  const spans = await exec.rows<{ articleId: number; index: number; start: number; end: number }>(
    `SELECT "articleId", "index", "start", "end" FROM "Sentence" WHERE "articleId" = ANY($1::int[]) ORDER BY "articleId", "index"`,
    [ids],
  );
  const byArticle = new Map<number, SentenceSpan[]>(articles.map((a) => [a.id, []]));
  for (const s of spans) byArticle.get(s.articleId)?.push({ index: s.index, start: s.start, end: s.end });
  // A text over the ingest's word limit is analysed up to it (lib/ingest/sentences.ts analysisEnd).
  return articles.map((a) => ({ id: a.id, outletId: a.outletId, ...analysedPart(a.body, byArticle.get(a.id)!, a.analysedTo) }));
}
