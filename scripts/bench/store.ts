/**
 * `store`: rows per second that Parallax writes into Postgres — articles and sentences (ingest), scores, sentence
 * scores, markers and actor mentions (a scoring run's evidence) — against a raw `COPY … FROM STDIN` of the same
 * rows into the same tables (same indexes, one transaction each) in another fresh database.
 *
 * Only the writes are timed: the articles come from the synthetic generator with their sentence spans, ingest
 * skips regrouping, and the analysis runs (untimed) before the scoring writes. min(--size, 5000) articles
 * (1000 with --quick): rows per second do not depend on the corpus size beyond that.
 */
import pg from 'pg';
import { ingestArticles, LONG_TX } from '@/lib/db/store';
import { writeScoredBatches } from '@/lib/db/scoring';
import { ScoringPool } from '@/lib/scoring/pool';
import type { ScoredBatch } from '@/lib/scoring/analyse';
import { contentHash } from '@/lib/ingest/hash';
import { countWords } from '@/lib/ingest/sentences';
import { syntheticCorpus, syntheticSpans, type SyntheticArticle } from './_synthetic';
import { benchDatabase } from './_db';
import type { BenchMetric, BenchTask } from './_types';

/** One value in COPY's text format; `json` for json/jsonb columns (else arrays are Postgres arrays). */
function copyValue(x: unknown, json: boolean): string {
  if (x === null || x === undefined) return '\\N';
  let s: string;
  if (x instanceof Date) s = x.toISOString().replace('T', ' ').replace('Z', '');
  else if (json) s = JSON.stringify(x);
  else if (Array.isArray(x)) s = `{${x.map((e) => `"${String(e).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  else if (typeof x === 'object') s = JSON.stringify(x);
  else s = String(x);
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * COPY FROM STDIN through node-postgres's protocol hooks (pg-copy-streams is not a dependency): a submittable
 * query that answers the server's CopyInResponse with the data, then CopyDone.
 */
const JSON_COLUMNS = new Set(['removedLines', 'attrs', 'labels', 'evidence']);

export function copyIn(client: pg.Client, table: string, columns: string[], rows: Iterable<unknown[]>): Promise<void> {
  const json = columns.map((c) => JSON_COLUMNS.has(c));
  const text = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  return new Promise((resolve, reject) => {
    let error: Error | null = null;
    const submittable = {
      submit(connection: { query(text: string): void }) {
        connection.query(text);
      },
      handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void; sendCopyFail(msg: string): void }) {
        // Thrown here, an error would be lost in the socket's data handler: abort the COPY and report it instead.
        try {
          let chunk: string[] = [];
          let size = 0;
          for (const row of rows) {
            const line = row.map((x, i) => copyValue(x, json[i])).join('\t') + '\n';
            chunk.push(line);
            size += line.length;
            if (size > 1 << 20) {
              connection.sendCopyFromChunk(Buffer.from(chunk.join('')));
              chunk = [];
              size = 0;
            }
          }
          if (chunk.length) connection.sendCopyFromChunk(Buffer.from(chunk.join('')));
          connection.endCopyFrom();
        } catch (err) {
          error = err as Error;
          connection.sendCopyFail(String(err));
        }
      },
      handleCommandComplete() {},
      // node-postgres drops the active query on an error (no ReadyForQuery reaches it): settle now.
      handleError(err: Error) {
        reject(error ?? err);
      },
      handleReadyForQuery() {
        if (error) reject(error);
        else resolve();
      },
    };
    client.query(submittable as unknown as pg.QueryConfig);
  });
}

function* columnRows(cols: Record<string, unknown[]>, names: string[], extra: Record<string, unknown> = {}): Generator<unknown[]> {
  const n = cols[names.find((c) => !(c in extra))!].length;
  for (let i = 0; i < n; i++) yield names.map((c) => (c in extra ? extra[c] : cols[c][i]));
}

const task: BenchTask = {
  name: 'store',
  async run({ size, quick }): Promise<BenchMetric[]> {
    const n = Math.min(size, quick ? 1_000 : 5_000);
    const corpus: SyntheticArticle[] = syntheticCorpus({ size: n, seed: 11 });
    // The analysis is done first and not timed.
    const pool = new ScoringPool();
    let batches: ScoredBatch[];
    try {
      batches = await Promise.all(
        Array.from({ length: Math.ceil(n / 100) }, (_, b) =>
          pool.analyse(corpus.slice(b * 100, b * 100 + 100).map((a, k) => ({ id: b * 100 + k + 1, body: a.body, sentences: a.sentences }))),
        ),
      );
    } finally {
      await pool.close();
    }
    const sentenceRows = corpus.reduce((t, a) => t + a.sentences.length, 0);
    const evidenceRows = batches.reduce((t, b) => t + b.scores.articleId.length + b.sentences.articleId.length + b.markers.articleId.length + b.mentions.articleId.length, 0);

    // Parallax's path: ingestArticles (batched unnest inserts), then writeScoredBatches in one run transaction.
    const ours = await benchDatabase('store');
    let oursIngest: number;
    let oursScore: number;
    try {
      let t = performance.now();
      const ingest = await ingestArticles(ours.db, corpus, { sentences: syntheticSpans, regroup: false });
      oursIngest = (performance.now() - t) / 1000;
      if (ingest.inserted !== n) throw new Error(`store bench: stored ${ingest.inserted} of ${n}`);
      t = performance.now();
      await ours.db.$transaction(async (tx) => {
        const run = await tx.scoringRun.create({ data: { version: 'bench', config: {}, status: 'complete' } });
        await writeScoredBatches(tx, run.id, batches);
      }, LONG_TX);
      oursScore = (performance.now() - t) / 1000;
    } finally {
      await ours.drop();
    }

    // The baseline: the same rows by COPY, same tables and indexes, ids as Parallax gave them (1..n).
    const raw = await benchDatabase('store_copy');
    let copyIngest: number;
    let copyScore: number;
    try {
      const client = new pg.Client({ connectionString: raw.url });
      await client.connect();
      try {
        const outlets = [...new Set(corpus.map((a) => a.outlet))];
        const outletId = new Map(outlets.map((o, i) => [o, i + 1]));
        await client.query('BEGIN');
        await copyIn(client, 'Outlet', ['id', 'slug', 'name'], outlets.map((o, i) => [i + 1, `o${i}`, o]));
        let t = performance.now();
        await copyIn(
          client,
          'Article',
          ['id', 'outletId', 'url', 'title', 'publishedAt', 'body', 'words', 'contentHash', 'sourceFile', 'removedLines'],
          corpus.map((a, i) => [i + 1, outletId.get(a.outlet), a.url, a.title, a.publishedAt, a.body, countWords(a.body), contentHash(a.body), a.sourceFile, []]),
        );
        await copyIn(
          client,
          'Sentence',
          ['articleId', 'index', 'start', 'end', 'text'],
          corpus.flatMap((a, i) => a.sentences.map((s) => [i + 1, s.index, s.start, s.end, a.body.slice(s.start, s.end)])),
        );
        await client.query('COMMIT');
        copyIngest = (performance.now() - t) / 1000;
        // Actors: the scoring path creates them; here they are loaded untimed so mentions can point at them.
        const keys = [...new Set(batches.flatMap((b) => b.actors.map((a) => a.key)))];
        await copyIn(client, 'Actor', ['id', 'key', 'name', 'kind'], keys.map((k, i) => [i + 1, k, k, 'group']));
        const actorId = new Map(keys.map((k, i) => [k, i + 1]));
        await client.query(`INSERT INTO "ScoringRun" (id, version, config, status) VALUES (1, 'bench', '{}', 'complete')`);
        t = performance.now();
        await client.query('BEGIN');
        for (const b of batches) {
          await copyIn(client, 'ArticleScore', ['runId', 'articleId', 'metric', 'count', 'value'], columnRows(b.scores, ['runId', 'articleId', 'metric', 'count', 'value'], { runId: 1 }));
          await copyIn(
            client,
            'SentenceScore',
            ['runId', 'articleId', 'sentenceIndex', 'sentiment', 'comparative', 'loaded', 'frames'],
            columnRows(b.sentences, ['runId', 'articleId', 'sentenceIndex', 'sentiment', 'comparative', 'loaded', 'frames'], { runId: 1 }),
          );
          const markerCols = ['runId', 'articleId', 'sentenceIndex', 'family', 'label', 'start', 'end', 'text', 'rule', 'weight', 'attrs'];
          await copyIn(client, 'Marker', markerCols, columnRows(b.markers, markerCols, { runId: 1 }));
          const mentionCols = ['runId', 'articleId', 'actorId', 'sentenceIndex', 'start', 'end', 'text', 'form', 'quoted', 'sentiment', 'polarity', 'labels', 'evidence'];
          const mentions = { ...b.mentions, actorId: b.mentions.actor.map((k) => actorId.get(k)) };
          await copyIn(client, 'ActorMention', mentionCols, columnRows(mentions, mentionCols, { runId: 1 }));
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
