/**
 * `store`: rows per second that Parallax writes into Postgres — articles and sentences (ingest), scores, sentence
 * scores, markers and actor mentions (a scoring run's evidence) — against a raw `COPY … FROM STDIN` of the same
 * rows into the same tables as they stand (same indexes and foreign keys, one transaction each) in another fresh
 * database.
 *
 * Only the writes are timed: the articles come from the synthetic generator with their sentence spans, ingest
 * skips regrouping, and the analysis runs (untimed) before the scoring writes. min(--size, 5000) articles
 * (1000 with --quick): rows per second do not depend on the corpus size beyond that.
 */
import pg from 'pg';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { copyColumns, type Columns, type Schema } from '@/lib/db/write/bulk';
import { writeScoredRun } from '@/lib/db/operations/write-scored-run';
import { ScoringPool } from '@/lib/worker-pool/pool';
import { RUN_SCHEMAS, type ScoredBatch } from '@/lib/worker-pool/analyse';
import { contentHash } from '@/lib/ingest/hash';
import { countWords } from '@/lib/ingest/sentences';
import { syntheticCorpus, syntheticSpans, type SyntheticArticle } from './_synthetic';
import { benchDatabase } from './_db';
import type { BenchMetric, BenchTask } from './_types';

/** Column-wise rows with one column filled with a constant. */
function withConstant<S extends Schema>(cols: Omit<Columns<S>, 'runId'>, name: string, value: unknown): Columns<S> {
  const n = (Object.values(cols)[0] as unknown[]).length;
  return { ...cols, [name]: new Array(n).fill(value) } as Columns<S>;
}

const task: BenchTask = {
  name: 'store',
  async run({ size, quick }): Promise<BenchMetric[]> {
    const n = Math.min(size, quick ? 1_000 : 5_000);
    const corpus: SyntheticArticle[] = syntheticCorpus({ size: n, seed: 11 });
    // Outlet ids as both databases number them: in order of first appearance.
    const outlets = [...new Set(corpus.map((a) => a.outlet))];
    const outletId = new Map(outlets.map((o, i) => [o, i + 1]));
    // The analysis is done first and not timed.
    const pool = new ScoringPool();
    let batches: ScoredBatch[];
    try {
      batches = await Promise.all(
        Array.from({ length: Math.ceil(n / 100) }, (_, b) =>
          pool.analyse(corpus.slice(b * 100, b * 100 + 100).map((a, k) => ({ id: b * 100 + k + 1, outletId: outletId.get(a.outlet)!, body: a.body, sentences: a.sentences }))),
        ),
      );
    } finally {
      await pool.close();
    }
    const sentenceRows = corpus.reduce((t, a) => t + a.sentences.length, 0);
    const evidenceRows = batches.reduce((t, b) => t + b.scores.articleId.length + b.sentences.articleId.length + b.markers.articleId.length + b.mentions.articleId.length, 0);

    // Parallax's path: ingestArticles (batched unnest inserts), then a run's writes (COPY into the run's own
    // tables, attached as partitions: indexes and foreign keys built once at the end), each in one transaction.
    const ours = await benchDatabase('store');
    let oursIngest: number;
    let oursScore: number;
    try {
      let t = performance.now();
      const ingest = await ingestArticles(ours, corpus, { sentences: syntheticSpans, regroup: false });
      oursIngest = (performance.now() - t) / 1000;
      if (ingest.inserted !== n) throw new Error(`store bench: stored ${ingest.inserted} of ${n}`);
      t = performance.now();
      await writeScoredRun(ours, batches);
      oursScore = (performance.now() - t) / 1000;
    } finally {
      await ours.drop();
    }

    // The baseline: the same rows by COPY straight into the tables as they stand (the run's partition created
    // first, with its indexes and foreign keys), ids as Parallax gave them (1..n).
    const raw = await benchDatabase('store_copy');
    let copyIngest: number;
    let copyScore: number;
    try {
      const client = new pg.Client({ connectionString: raw.url });
      await client.connect();
      try {
        await client.query('BEGIN');
        await copyColumns(client, 'Outlet', { id: 'int', slug: 'text', name: 'text' }, { id: outlets.map((_, i) => i + 1), slug: outlets.map((_, i) => `o${i}`), name: outlets });
        let t = performance.now();
        await copyColumns(
          client,
          'Article',
          { id: 'int', outletId: 'int', url: 'text', title: 'text', publishedAt: 'timestamp', body: 'text', words: 'int', contentHash: 'text', sourceFile: 'text', removedLines: 'json' },
          {
            id: corpus.map((_, i) => i + 1),
            outletId: corpus.map((a) => outletId.get(a.outlet)),
            url: corpus.map((a) => a.url ?? null),
            title: corpus.map((a) => a.title),
            publishedAt: corpus.map((a) => a.publishedAt ?? null),
            body: corpus.map((a) => a.body),
            words: corpus.map((a) => countWords(a.body)),
            contentHash: corpus.map((a) => contentHash(a.body)),
            sourceFile: corpus.map((a) => a.sourceFile),
            removedLines: corpus.map(() => []),
          },
        );
        const sentences = corpus.flatMap((a, i) => a.sentences.map((s) => [i + 1, s.index, s.start, s.end, a.body.slice(s.start, s.end)] as const));
        await copyColumns(
          client,
          'Sentence',
          { articleId: 'int', index: 'int', start: 'int', end: 'int', text: 'text' },
          { articleId: sentences.map((s) => s[0]), index: sentences.map((s) => s[1]), start: sentences.map((s) => s[2]), end: sentences.map((s) => s[3]), text: sentences.map((s) => s[4]) },
        );
        await client.query('COMMIT');
        copyIngest = (performance.now() - t) / 1000;
        // Actors: the scoring path creates them; here they are loaded untimed so mentions can point at them.
        const keys = [...new Set(batches.flatMap((b) => b.actors.map((a) => a.key)))];
        await copyColumns(client, 'Actor', { id: 'int', key: 'text', name: 'text', kind: 'text' }, { id: keys.map((_, i) => i + 1), key: keys, name: keys, kind: keys.map(() => 'group') });
        const actorId = new Map(keys.map((k, i) => [k, i + 1]));
        await client.query(`INSERT INTO "ScoringRun" (id, version, config, status) VALUES (1, 'bench', '{}', 'complete')`);
        for (const table of ['ArticleScore', 'SentenceScore', 'Marker', 'ActorMention']) await client.query(`CREATE TABLE "${table}_run_1" PARTITION OF "${table}" FOR VALUES IN (1)`);
        t = performance.now();
        await client.query('BEGIN');
        for (const b of batches) {
          await copyColumns(client, 'ArticleScore', RUN_SCHEMAS.ArticleScore, withConstant(b.scores, 'runId', 1));
          await copyColumns(client, 'SentenceScore', RUN_SCHEMAS.SentenceScore, withConstant(b.sentences, 'runId', 1));
          await copyColumns(client, 'Marker', RUN_SCHEMAS.Marker, withConstant(b.markers, 'runId', 1));
          const { actor, ...mentions } = b.mentions;
          await copyColumns(client, 'ActorMention', RUN_SCHEMAS.ActorMention, withConstant({ ...mentions, actorId: actor.map((k) => actorId.get(k)) }, 'runId', 1));
        }
        await client.query('COMMIT');
        copyScore = (performance.now() - t) / 1000;
      } finally {
        await client.end();
      }
    } finally {
      await raw.drop();
    }

    const ingestRows = n + sentenceRows;
    const oursRate = (ingestRows + evidenceRows) / (oursIngest + oursScore);
    const copyRate = (ingestRows + evidenceRows) / (copyIngest + copyScore);
    console.error(
      `store: ${n} articles, ${sentenceRows} sentences, ${evidenceRows} evidence rows; ingest ${oursIngest.toFixed(1)} s (COPY ${copyIngest.toFixed(1)} s), scores ${oursScore.toFixed(1)} s (COPY ${copyScore.toFixed(1)} s)`,
    );
    return [
      { metric: 'store.articles_per_second', value: n / oursIngest, unit: 'articles/s' },
      { metric: 'store.sentences_per_second', value: sentenceRows / oursIngest, unit: 'rows/s' },
      { metric: 'store.evidence_rows_per_second', value: evidenceRows / oursScore, unit: 'rows/s' },
      { metric: 'store.copy_articles_per_second', value: n / copyIngest, unit: 'articles/s' },
      { metric: 'store.copy_evidence_rows_per_second', value: evidenceRows / copyScore, unit: 'rows/s' },
      { metric: 'store.ratio_vs_copy', value: oursRate / copyRate, unit: 'ratio' },
    ];
  },
};

export default task;
