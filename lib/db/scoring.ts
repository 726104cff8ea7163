/**
 * A scoring run: analyse articles and store every figure with its evidence, the actors they mention and the
 * per-outlet aggregates, in ONE transaction. A failed or killed run leaves the previous complete run visible;
 * only committed runs exist, so readers never filter by run.
 *
 * The run works on its own node-postgres connection rather than a Prisma transaction: its rows go into fresh
 * per-run partitions (lib/db/partitions.ts) by COPY, which Prisma cannot speak. Every statement is constant SQL
 * with bound values, apart from partition names built from integer run ids.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { ANALYSIS_VERSION } from '@/lib/analysis';
import { QUOTED_SUFFIX } from '@/lib/analysis/voice';
import type { SentenceSpan } from '@/lib/analysis/types';
import { canonicalActors, slugify } from '@/lib/actors';
import type { ExtraAlias } from '@/lib/actors/types';
import { analysedPart } from '@/lib/ingest/sentences';
import { ACTOR_KEY, outletMoments, outletRateFigures, RUN_SCHEMAS, UNIT_METRICS, type ArticleToScore, type ScoredBatch } from '@/lib/scoring/analyse';
import { ScoringPool } from '@/lib/scoring/pool';
import { copyColumns, copyInto, insertColumns, insertRows, pgExecutor, type Columns, type Executor, type Schema } from './bulk';
import { CONNECT_TIMEOUT_MS } from './migrate';
import { attachRunTables, createRunTables, dropRunTables, partitionedRuns, RUN_TABLES, runTable } from './partitions';
import { WRITE_LOCK } from './store';
import { refreshSummaries, type Exec } from './summaries';

/** Sentiment per 100 words is a rate too: the AFINN sum over the words (stored as a measure, not a count). */
const SENTIMENT = 'sentiment.score';
/** The same in the quoted voice (lib/analysis/voice.ts). */
const SENTIMENT_QUOTED = SENTIMENT + QUOTED_SUFFIX;
/** Articles per worker task: big enough to amortise messaging, small enough to keep every worker busy. */
const BATCH = 100;

export interface ScoreResult {
  runId: number | null;
  scored: number;
  /** True when the analysis changed (or nothing was scored yet) and every article was scored anew. */
  full: boolean;
  /** Older runs whose scores this run replaced. */
  replaced: number;
  markers: number;
  mentions: number;
}

export interface ScoreOptions {
  /** Extra actor aliases (config file); stored, then used with those stored from manifests. */
  aliases?: ExtraAlias[];
  onProgress?: (done: number, total: number) => void;
  /** Worker threads that run the analysis (default: every core, os.availableParallelism()); 0 = this thread only. */
  workers?: number;
  /** Articles per worker task (default 100). */
  batchSize?: number;
  /** Rescore every article even when the analysis has not changed (merges earlier runs into one). */
  full?: boolean;
}

/** A run's connection: one client, one transaction, and how its rows are written. */
interface RunDb {
  client: pg.Client;
  exec: Executor;
  /** The server speaks COPY (a Postgres server; the embedded PGlite server does not). */
  copy: boolean;
  /**
   * Reads of committed articles, so the next batches load while this connection is busy writing: a second
   * connection on a server; on the embedded database the run's own (its one session would make a second wait).
   */
  reader: Executor;
}

/**
 * Opens `url`, runs `work` in one transaction under the write lock (one ingest or scoring run at a time), commits,
 * and closes; on any error it rolls back, so nothing of the run remains.
 */
async function inRunTransaction<T>(url: string, work: (db: RunDb) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  let reader: pg.Client | null = null;
  try {
    const version = (await client.query<{ v: string }>('SELECT version() AS v')).rows[0].v;
    const server = !/emscripten|wasm/i.test(version);
    if (server) {
      reader = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      await reader.connect();
    }
    const exec = pgExecutor(client);
    const db: RunDb = { client, exec, copy: server, reader: reader ? pgExecutor(reader) : exec };
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const result = await work(db);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  } finally {
    await reader?.end().catch(() => {});
    await client.end().catch(() => {});
  }
}

/** Appends rows to one of the run's tables: COPY where the server speaks it, batched INSERTs otherwise. */
async function append<S extends Schema>(db: RunDb, table: string, schema: S, columns: Columns<S>): Promise<number> {
  return db.copy ? copyColumns(db.client, table, schema, columns) : insertColumns(db.exec, table, schema, columns);
}

/**
 * Scores every article that the current analysis has not scored yet (or every article, with `full`). When the
 * analysis or the actor aliases changed, every article is rescored and the older runs are removed in the same
 * transaction.
 *
 * Worker threads analyse batches of articles while this thread reads the next batches and writes the finished
 * ones into the run's own tables, attached as partitions at the end. At most two batches per worker are in
 * flight, and articles are read batch by batch, so memory does not grow with the corpus.
 */
export async function scoreArticles(url: string, options: ScoreOptions = {}): Promise<ScoreResult> {
  return inRunTransaction(url, async (db) => {
    if (options.aliases?.length) await storeAliases(db.exec, options.aliases, 'config');
    const aliases = await userAliases(db.exec);
    const config = { version: ANALYSIS_VERSION, aliases: aliases.map((a) => `${a.actor}=${a.alias}`).sort() };
    const hash = createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
    const [{ current }] = await db.exec.rows<{ current: number }>(
      `SELECT count(*)::int AS current FROM "ScoringRun" WHERE status = 'complete' AND config->>'hash' = $1`,
      [hash],
    );
    const full = current === 0 || !!options.full;
    const ids = (
      full
        ? await db.exec.rows<{ id: number }>(`SELECT id FROM "Article" ORDER BY id`)
        : await db.exec.rows<{ id: number }>(`SELECT id FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleScore" s WHERE s."articleId" = a.id) ORDER BY id`)
    ).map((a) => a.id);
    // Nothing to score (nothing new, or an empty corpus): no run, so an empty one never replaces a real one.
    if (ids.length === 0) return { runId: null, scored: 0, full, replaced: 0, markers: 0, mentions: 0 };

    const older = (await db.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun" ORDER BY id`)).map((r) => r.id);
    const [run] = await db.exec.rows<{ id: number }>(
      `INSERT INTO "ScoringRun" (version, config, status) VALUES ($1, $2, 'running') RETURNING id`,
      [ANALYSIS_VERSION, JSON.stringify({ ...config, hash })],
    );
    await createRunTables(db.client, run.id);
    const actorIds = await seedActors(db.exec);
    const pool = new ScoringPool({ workers: options.workers, aliases });
    let markers = 0;
    let mentions = 0;
    // A full run's outlet figures come from its own articles only: gathered here as the batches arrive.
    const gathered = full ? new Map<number, GatheredUnits>() : null;
    try {
      const batch = Math.max(1, options.batchSize ?? BATCH);
      const depth = Math.max(2, 2 * pool.size);
      const inFlight: Array<{ outlets: number[]; task: Promise<ScoredBatch> }> = [];
      let next = 0;
      let done = 0;
      while (next < ids.length || inFlight.length) {
        // Keep every worker fed while this thread writes: read ahead up to `depth` batches, no more.
        while (next < ids.length && inFlight.length < depth) {
          const articles = await loadArticles(db.reader, ids.slice(next, next + batch));
          next += batch;
          // Against a server the workers lay the rows out as COPY text themselves (see lib/scoring/analyse.ts).
          const task = pool.analyse(articles, db.copy ? { copyRunId: run.id } : {});
          task.catch(() => {}); // awaited below in order; a failure must not go unhandled meanwhile
          inFlight.push({ outlets: articles.map((a) => a.outletId), task });
        }
        const { outlets, task } = inFlight.shift()!;
        const scored = await task;
        if (gathered) gather(gathered, outlets, scored.units);
        await ensureActors(db.exec, actorIds, scored.actors);
        const written = await writeScores(db, run.id, scored, actorIds);
        markers += written.markers;
        mentions += written.mentions;
        done += scored.articles;
        options.onProgress?.(done, ids.length);
      }
      if (gathered) {
        // The outlets' intervals are computed while the server builds the new partitions' indexes.
        const figures = outletFigures(db, run.id, gathered);
        figures.catch(() => {});
        await attachRunTables(db.client, run.id);
        await insertRows(db.exec, 'OutletScore', OUTLET_SCORE_COLUMNS, await figures);
      } else {
        await attachRunTables(db.client, run.id);
        // An incremental run's figures cover every run it adds to, read back from the stored scores.
        const outlets = (await db.exec.rows<{ outletId: number }>(`SELECT DISTINCT "outletId" FROM "Article" WHERE id = ANY($1::int[])`, [ids])).map((a) => a.outletId);
        await writeOutletScores(db, run.id, [...older, run.id], outlets);
      }
    } finally {
      await pool.close();
    }
    await refreshSummaries(summaryExec(db), run.id, { markers });
    // Last, as dropping partitions locks their tables against readers until the commit right after.
    let replaced = 0;
    if (full && older.length) {
      await dropRunTables(db.client, older);
      replaced = (await db.client.query(`DELETE FROM "ScoringRun" WHERE id = ANY($1::int[])`, [older])).rowCount ?? 0;
    }
    await dropOrphanTables(db);
    // Marked complete inside the same transaction: a run is visible complete or not at all.
    await db.client.query(`UPDATE "ScoringRun" SET status = 'complete', articles = $2, "finishedAt" = now() WHERE id = $1`, [run.id, ids.length]);
    return { runId: run.id, scored: ids.length, full, replaced, markers, mentions };
  });
}

/** Partitions whose run no longer exists (its row deleted by hand, say): empty weight on every query, dropped. */
async function dropOrphanTables(db: RunDb) {
  const runs = new Set((await db.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun"`)).map((r) => r.id));
  const orphans = (await partitionedRuns(db.client)).filter((id) => !runs.has(id));
  if (orphans.length) await dropRunTables(db.client, orphans);
}

/**
 * Recomputes every outlet's figures from the stored article scores, in one transaction, under the latest complete
 * run: for article scores written by other means (a distributed run's shards, see docs/SCALING.md), and to check
 * that a full run's figures, computed from its batches, equal these (tests/db/scale-scoring.test.ts).
 */
export async function refreshOutletScores(url: string): Promise<void> {
  await inRunTransaction(url, async (db) => {
    const [run] = await db.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun" WHERE status = 'complete' ORDER BY id DESC LIMIT 1`);
    if (!run) return;
    const runs = (await db.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun" WHERE status = 'complete'`)).map((r) => r.id);
    await db.client.query(`DELETE FROM "OutletScore"`);
    await writeOutletScores(db, run.id, runs);
    await refreshSummaries(summaryExec(db), run.id);
  });
}

/** lib/db/summaries.ts's statements on the run's connection. */
function summaryExec(db: RunDb): Exec {
  return (sql, ...params) => db.exec.execute(sql, params);
}

/**
 * Writes already analysed batches as one complete run, as scoreArticles does (actors created as needed, tables
 * attached at the end), in one transaction. Exposed for the store benchmark, which times the writes apart from the
 * analysis; returns the run id.
 */
export async function writeScoredRun(url: string, batches: ScoredBatch[]): Promise<{ runId: number; markers: number; mentions: number }> {
  return inRunTransaction(url, async (db) => {
    const [run] = await db.exec.rows<{ id: number }>(`INSERT INTO "ScoringRun" (version, config, status) VALUES ('bench', '{}', 'running') RETURNING id`);
    await createRunTables(db.client, run.id);
    const actorIds = await seedActors(db.exec);
    let markers = 0;
    let mentions = 0;
    for (const batch of batches) {
      await ensureActors(db.exec, actorIds, batch.actors);
      const written = await writeScores(db, run.id, batch, actorIds);
      markers += written.markers;
      mentions += written.mentions;
    }
    await attachRunTables(db.client, run.id);
    await db.client.query(`UPDATE "ScoringRun" SET status = 'complete', "finishedAt" = now() WHERE id = $1`, [run.id]);
    return { runId: run.id, markers, mentions };
  });
}

/** Bodies and sentence spans of these articles, in id order. */
async function loadArticles(exec: Executor, ids: number[]): Promise<ArticleToScore[]> {
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

async function writeScores(db: RunDb, runId: number, batch: ScoredBatch, actorIds: Map<string, number>) {
  const written = { markers: batch.counts.Marker, mentions: batch.counts.ActorMention };
  if (batch.copy) {
    for (const table of RUN_TABLES) {
      let text = batch.copy[table];
      if (table === 'ActorMention') text = text.replace(ACTOR_KEY, (_, key: string) => String(actorIds.get(key)));
      if (text) await copyInto(db.client, runTable(table, runId), RUN_SCHEMAS[table], text);
    }
    return written;
  }
  const runIds = (n: number) => new Array<number>(n).fill(runId);
  await append(db, runTable('ArticleScore', runId), RUN_SCHEMAS.ArticleScore, { runId: runIds(batch.counts.ArticleScore), ...batch.scores });
  await append(db, runTable('SentenceScore', runId), RUN_SCHEMAS.SentenceScore, { runId: runIds(batch.counts.SentenceScore), ...batch.sentences });
  await append(db, runTable('Marker', runId), RUN_SCHEMAS.Marker, { runId: runIds(batch.counts.Marker), ...batch.markers });
  const { actor, ...mentions } = batch.mentions;
  await append(db, runTable('ActorMention', runId), RUN_SCHEMAS.ActorMention, { runId: runIds(actor.length), actorId: actor.map((key) => actorIds.get(key)!), ...mentions });
  return written;
}

/** The gazetteer's actors and aliases, upserted; returns key → id for every actor in the database. */
async function seedActors(exec: Executor): Promise<Map<string, number>> {
  const actors = canonicalActors();
  await insertColumns(
    exec,
    'Actor',
    { key: 'text', name: 'text', kind: 'text', metonymOf: 'text', parentKey: 'text' },
    { key: actors.map((a) => a.id), name: actors.map((a) => a.name), kind: actors.map((a) => a.kind), metonymOf: actors.map((a) => a.metonymOf ?? null), parentKey: actors.map((a) => a.parent ?? null) },
    // The gazetteer's own entries follow the gazetteer (a kind or parent it corrects reaches an existing database).
    { suffix: 'ON CONFLICT ("key") DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, "metonymOf" = EXCLUDED."metonymOf", "parentKey" = EXCLUDED."parentKey"' },
  );
  const ids = new Map((await exec.rows<{ id: number; key: string }>(`SELECT id, key FROM "Actor"`)).map((a) => [a.key, a.id]));
  const aliases = actors.flatMap((a) => a.aliases.map((alias) => ({ actorId: ids.get(a.id)!, alias, source: 'gazetteer' })));
  await insertRows(exec, 'ActorAlias', { actorId: 'int', alias: 'text', source: 'text' }, aliases, { suffix: 'ON CONFLICT ("actorId", "alias") DO NOTHING' });
  return ids;
}

/** Actors found in the text but not in the gazetteer (people, roles such as china/top-diplomat) get a row too. */
async function ensureActors(exec: Executor, ids: Map<string, number>, actors: ScoredBatch['actors']) {
  const missing = actors.filter((a) => !ids.has(a.key));
  if (missing.length === 0) return;
  await insertRows(exec, 'Actor', { key: 'text', name: 'text', kind: 'text' }, missing, { suffix: 'ON CONFLICT ("key") DO NOTHING' });
  for (const a of await exec.rows<{ id: number; key: string }>(`SELECT id, key FROM "Actor" WHERE key = ANY($1::text[])`, [missing.map((m) => m.key)])) {
    ids.set(a.key, a.id);
  }
}

/** Aliases users added (manifest, config file), as the actor finder takes them. */
async function userAliases(exec: Executor): Promise<ExtraAlias[]> {
  const rows = await exec.rows<{ alias: string; key: string; kind: string }>(
    `SELECT al.alias, ac.key, ac.kind FROM "ActorAlias" al JOIN "Actor" ac ON ac.id = al."actorId" WHERE al.source <> 'gazetteer' ORDER BY al.id`,
  );
  return rows.map((r) => ({ actor: r.key, alias: r.alias, kind: r.kind as ExtraAlias['kind'] }));
}

/** Stores user aliases: the actor is a canonical key or a name; an unknown one is created. */
export async function storeAliases(exec: Executor, aliases: ExtraAlias[], source: 'manifest' | 'config') {
  for (const a of aliases) {
    const key = slugify(a.actor);
    await exec.execute(`INSERT INTO "Actor" (key, name, kind) VALUES ($1, $2, $3) ON CONFLICT ("key") DO NOTHING`, [key, a.actor, a.kind ?? 'group']);
    await exec.execute(
      `INSERT INTO "ActorAlias" ("actorId", alias, source) SELECT id, $2, $3 FROM "Actor" WHERE key = $1 ON CONFLICT ("actorId", "alias") DO NOTHING`,
      [key, a.alias, source],
    );
  }
}

const OUTLET_SCORE_COLUMNS = {
  runId: 'int',
  outletId: 'int',
  metric: 'text',
  value: 'float8',
  low: 'float8',
  high: 'float8',
  n: 'int',
  unit: 'text',
  count: 'float8',
  words: 'int',
} as const satisfies Schema;

/** One outlet's articles as a full run's batches arrive: ids ascending, words, and UNIT_METRICS counts per article. */
interface GatheredUnits {
  ids: number[];
  words: number[];
  counts: number[];
}

function gather(into: Map<number, GatheredUnits>, outlets: number[], units: ScoredBatch['units']) {
  const M = UNIT_METRICS.length;
  units.articleId.forEach((id, k) => {
    let g = into.get(outlets[k]);
    if (!g) into.set(outlets[k], (g = { ids: [], words: [], counts: [] }));
    g.ids.push(id);
    g.words.push(units.words[k]);
    for (let m = 0; m < M; m++) g.counts.push(units.counts[k * M + m]);
  });
}

type OutletUnits = { ids: number[]; words: Float64Array; counts: Float64Array };
type OutletScoreRow = Record<keyof typeof OUTLET_SCORE_COLUMNS, unknown>;

/**
 * Per outlet and rate metric: the rate per 100 words over all its articles with its 95% interval, by the one
 * method of lib/analysis/stats.ts (empirical Bayes, pooled toward the corpus; fitted on every outlet's articles).
 * Units come from `source` (gathered during a full run, or read from the stored scores, one outlet at a time,
 * reduced to sums as they are read). Rows for `outletIds` (all when omitted).
 */
async function outletFigures(db: RunDb, runId: number, source: Map<number, GatheredUnits> | ((outletId: number) => Promise<OutletUnits | null>), outletIds?: number[]): Promise<OutletScoreRow[]> {
  const metrics = UNIT_METRICS;
  const unitsOf =
    typeof source === 'function'
      ? source
      : async (outletId: number): Promise<OutletUnits | null> => {
          const g = source.get(outletId);
          return g ? { ids: g.ids, words: Float64Array.from(g.words), counts: Float64Array.from(g.counts) } : null;
        };
  // The prior is fitted on every outlet, even when only some outlets' rows are rewritten.
  const all = typeof source === 'function' ? (await db.exec.rows<{ id: number }>(`SELECT id FROM "Outlet" ORDER BY id`)).map((o) => o.id) : [...source.keys()].sort((a, b) => a - b);
  const moments = new Map<number, ReturnType<typeof outletMoments>>();
  for (const outletId of all) {
    const units = await unitsOf(outletId);
    if (units) moments.set(outletId, outletMoments({ metrics: metrics.length, words: units.words, counts: units.counts }));
  }
  const wanted = new Set(outletIds ?? all);
  return outletRateFigures(metrics, moments)
    .filter((r) => wanted.has(r.outletId))
    .map((r) => ({ runId, outletId: r.outletId, metric: r.metric, value: r.value, low: r.low, high: r.high, n: r.n, unit: r.unit, count: r.count, words: r.words }));
}

/** Outlet figures from the stored scores of `runs` (all outlets, or those given), replacing theirs. */
async function writeOutletScores(db: RunDb, runId: number, runs: number[], outletIds?: number[]) {
  if (outletIds) await db.client.query(`DELETE FROM "OutletScore" WHERE "outletId" = ANY($1::int[])`, [outletIds]);
  const rows = await outletFigures(db, runId, (outletId) => outletUnits(db, outletId, runs, UNIT_METRICS), outletIds);
  await insertRows(db.exec, 'OutletScore', OUTLET_SCORE_COLUMNS, rows);
}

/**
 * One outlet's scored articles (by id) with their words and, per metric, the count (the value for sentiment,
 * stored as a measure), from the given runs; null when it has none.
 */
async function outletUnits(db: RunDb, outletId: number, runs: number[], metrics: string[]): Promise<OutletUnits | null> {
  const byMetric = await db.exec.rows<{ metric: string; ids: number[]; xs: number[] }>(
    `SELECT s.metric,
            array_agg(s."articleId" ORDER BY s."articleId") AS ids,
            array_agg(CASE WHEN s.metric = ANY($2::text[]) THEN s.value ELSE s.count END ORDER BY s."articleId") AS xs
     FROM "ArticleScore" s JOIN "Article" a ON a.id = s."articleId"
     WHERE a."outletId" = $1 AND s.metric = ANY($3::text[]) AND s."runId" = ANY($4::int[])
     GROUP BY s.metric`,
    [outletId, [SENTIMENT, SENTIMENT_QUOTED, 'words'], [...metrics, 'words'], runs],
  );
  if (byMetric.length === 0) return null;
  const idSet = new Set<number>();
  for (const r of byMetric) for (const id of r.ids) idSet.add(id);
  const ids = [...idSet].sort((a, b) => a - b);
  const row = new Map(ids.map((id, k) => [id, k]));
  const M = metrics.length;
  const words = new Float64Array(ids.length);
  const counts = new Float64Array(ids.length * M);
  const column = new Map(metrics.map((m, i) => [m, i]));
  for (const r of byMetric) {
    const m = column.get(r.metric);
    r.ids.forEach((id, j) => {
      const k = row.get(id)!;
      // Several runs may hold the same article only if they are the same figures: the last one read stands.
      if (r.metric === 'words') words[k] = Number(r.xs[j]);
      else if (m !== undefined) counts[k * M + m] = Number(r.xs[j]);
    });
  }
  return { ids, words, counts };
}
