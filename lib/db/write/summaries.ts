/**
 * Summary tables: figures over millions of rows (markers, actor mentions, sentences, articles per outlet) that change
 * only when an ingest or a scoring run lands. They are rewritten here, inside the writing transaction, so a reader
 * sees them change exactly when the data does, and the dashboard reads a few rows instead of counting per request.
 *
 * Plain SQL in the writer's transaction: each statement is a constant with `$n` parameters, run through its
 * Executor. The reads are in lib/db/queries/.
 */
import type { Executor } from './transaction';

const COUNT_MARKERS = `INSERT INTO "RunSummary" ("runId", markers) SELECT $1::int, count(*) FROM "Marker" WHERE "runId" = $1::int`;

/**
 * One run's figures. Idempotent: a run's rows are replaced, so a load that added rows to a run by other means calls
 * it again. Rows of deleted runs go with them (foreign keys cascade).
 */
const RUN_SQL = [
  `DELETE FROM "RunSummary" WHERE "runId" = $1::int`,
  COUNT_MARKERS,
  `DELETE FROM "ActorOutletSummary" WHERE "runId" = $1::int`,
  `INSERT INTO "ActorOutletSummary" ("runId", "outletId", "actorId", mentions, sentiment, "sentimentSquares", positive, negative, quoted)
   SELECT $1::int, a."outletId", m."actorId", count(*), sum(m.sentiment), sum(m.sentiment * m.sentiment),
          count(*) FILTER (WHERE m.polarity = 'positive'), count(*) FILTER (WHERE m.polarity = 'negative'), count(*) FILTER (WHERE m.quoted)
   FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
   WHERE m."runId" = $1::int
   GROUP BY a."outletId", m."actorId"`,
  `DELETE FROM "ActorNameSummary" WHERE "runId" = $1::int`,
  `INSERT INTO "ActorNameSummary" ("runId", "outletId", "actorId", source, text, kind, n)
   SELECT $1::int, a."outletId", m."actorId", 'form', m.text, m.form, count(*)
   FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
   WHERE m."runId" = $1::int
   GROUP BY a."outletId", m."actorId", m.text, m.form`,
  // Labels are [{ text, start, end, kind }]; anything else (or a label without text) names nothing.
  `INSERT INTO "ActorNameSummary" ("runId", "outletId", "actorId", source, text, kind, n)
   SELECT $1::int, a."outletId", m."actorId", 'label', l->>'text', coalesce(l->>'kind', 'label'), count(*)
   FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
   CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.labels::jsonb) = 'array' THEN m.labels::jsonb ELSE '[]'::jsonb END) l
   WHERE m."runId" = $1::int AND l->>'text' IS NOT NULL
   GROUP BY a."outletId", m."actorId", l->>'text', coalesce(l->>'kind', 'label')`,
];

/**
 * A scoring run's summaries; call it in the run's transaction, before the run is marked complete. A caller that
 * wrote the run's markers itself passes their number, which spares counting millions of rows again.
 */
export async function refreshSummaries(exec: Executor, runId: number, known: { markers?: number } = {}): Promise<void> {
  for (const sql of RUN_SQL) {
    if (sql === COUNT_MARKERS && known.markers !== undefined) await exec.execute(`INSERT INTO "RunSummary" ("runId", markers) VALUES ($1::int, $2::bigint)`, [runId, known.markers]);
    else await exec.execute(sql, [runId]);
  }
}

/** Per event: covering outlets by lean (also after an outlets import, which changes leans). */
const EVENT_SQL = [
  `DELETE FROM "EventSummary"`,
  `INSERT INTO "EventSummary" ("eventId", articles, outlets, "left", "leanLeft", center, "leanRight", "right", unrated)
   SELECT a."eventId", count(*), count(DISTINCT a."outletId"),
          count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'left'), count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'lean-left'),
          count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'center'), count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'lean-right'),
          count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'right'), count(DISTINCT a."outletId") FILTER (WHERE o.lean IS NULL)
   FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId"
   WHERE a."eventId" IS NOT NULL
   GROUP BY a."eventId"`,
];

/** The per-event coverage figures alone; call it in the transaction that changed outlets' leans. */
export async function refreshEventSummaries(exec: Executor): Promise<void> {
  for (const sql of EVENT_SQL) await exec.execute(sql);
}

/** Ingest-time figures: recomputed whole (one pass over Article, one count of Sentence) because regrouping moves articles between events. */
const INGEST_SQL = [
  `INSERT INTO "CorpusSummary" (id, sentences, events, stories)
   SELECT 1, (SELECT count(*) FROM "Sentence"), (SELECT count(*) FROM "Event"), (SELECT count(*) FROM "Story")
   ON CONFLICT (id) DO UPDATE SET sentences = EXCLUDED.sentences, events = EXCLUDED.events, stories = EXCLUDED.stories`,
  `DELETE FROM "OutletSummary"`,
  `INSERT INTO "OutletSummary" ("outletId", articles, words, undated, ungrouped, "firstDate", "lastDate")
   SELECT o.id, count(a.id), coalesce(sum(a.words), 0),
          count(a.id) FILTER (WHERE a."publishedAt" IS NULL), count(a.id) FILTER (WHERE a."eventId" IS NULL),
          min(a."publishedAt"), max(a."publishedAt")
   FROM "Outlet" o LEFT JOIN "Article" a ON a."outletId" = o.id
   GROUP BY o.id`,
  ...EVENT_SQL,
];

/** The corpus and per-outlet figures; call it in an ingest's (or a pin's) transaction, after regrouping. */
export async function refreshIngestSummaries(exec: Executor): Promise<void> {
  for (const sql of INGEST_SQL) await exec.execute(sql);
}
