-- The four tables a scoring run writes become partitioned by run: "<Table>_run_<id>" holds one run's rows.
-- A run loads fresh unindexed tables and attaches them at the end (lib/db/partitions.ts): Postgres builds each
-- index by one sort and checks foreign keys with one join, instead of per row; a replaced run is dropped whole.
-- Marker and ActorMention are keyed by (article, ordinal, run) instead of a global serial id. Every key leads with
-- the article, which the pages read by, so no separate articleId index is built per run. Marker carries its
-- article's outlet, so one outlet's evidence for a metric is one index range.
-- Existing scores are kept: each existing run's rows move into that run's partitions.

-- 1. The old tables step aside, with their indexes (index names are schema-wide).
DO $$
DECLARE
  t text;
  r record;
BEGIN
  FOREACH t IN ARRAY ARRAY['ArticleScore', 'SentenceScore', 'Marker', 'ActorMention'] LOOP
    EXECUTE format('ALTER TABLE %I RENAME TO %I', t, t || '_old');
    FOR r IN SELECT c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE x.indrelid = format('%I', t || '_old')::regclass LOOP
      EXECUTE format('ALTER INDEX %I RENAME TO %I', r.relname, 'old_' || r.relname);
    END LOOP;
  END LOOP;
END $$;

-- 2. The partitioned tables, as prisma/schema.prisma describes them.
CREATE TABLE "ArticleScore" (
    "runId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "count" DOUBLE PRECISION NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ArticleScore_pkey" PRIMARY KEY ("articleId","metric","runId")
) PARTITION BY LIST ("runId");

CREATE TABLE "SentenceScore" (
    "runId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "sentiment" DOUBLE PRECISION NOT NULL,
    "comparative" DOUBLE PRECISION NOT NULL,
    "loaded" DOUBLE PRECISION,
    "frames" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "SentenceScore_pkey" PRIMARY KEY ("articleId","sentenceIndex","runId")
) PARTITION BY LIST ("runId");

CREATE TABLE "Marker" (
    "runId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    "outletId" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "family" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "attrs" JSONB,

    CONSTRAINT "Marker_pkey" PRIMARY KEY ("articleId","n","runId")
) PARTITION BY LIST ("runId");

CREATE TABLE "ActorMention" (
    "runId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "quoted" BOOLEAN NOT NULL,
    "sentiment" DOUBLE PRECISION NOT NULL,
    "polarity" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "evidence" JSONB NOT NULL,

    CONSTRAINT "ActorMention_pkey" PRIMARY KEY ("articleId","n","runId")
) PARTITION BY LIST ("runId");

CREATE INDEX "ArticleScore_metric_articleId_idx" ON "ArticleScore"("metric", "articleId");
CREATE INDEX "Marker_outletId_family_articleId_sentenceIndex_label_idx" ON "Marker"("outletId", "family", "articleId", "sentenceIndex", "label");
CREATE INDEX "ActorMention_actorId_idx" ON "ActorMention"("actorId");

ALTER TABLE "ArticleScore" ADD CONSTRAINT "ArticleScore_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleScore" ADD CONSTRAINT "ArticleScore_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SentenceScore" ADD CONSTRAINT "SentenceScore_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SentenceScore" ADD CONSTRAINT "SentenceScore_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Marker" ADD CONSTRAINT "Marker_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Marker" ADD CONSTRAINT "Marker_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 3. Every existing run's rows into its own partitions, then the old tables go.
DO $$
DECLARE
  run integer;
BEGIN
  FOR run IN SELECT id FROM "ScoringRun" ORDER BY id LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF "ArticleScore" FOR VALUES IN (%s)', 'ArticleScore_run_' || run, run);
    EXECUTE format('CREATE TABLE %I PARTITION OF "SentenceScore" FOR VALUES IN (%s)', 'SentenceScore_run_' || run, run);
    EXECUTE format('CREATE TABLE %I PARTITION OF "Marker" FOR VALUES IN (%s)', 'Marker_run_' || run, run);
    EXECUTE format('CREATE TABLE %I PARTITION OF "ActorMention" FOR VALUES IN (%s)', 'ActorMention_run_' || run, run);
  END LOOP;
END $$;

INSERT INTO "ArticleScore" ("runId", "articleId", "metric", "count", "value")
SELECT "runId", "articleId", "metric", "count", "value" FROM "ArticleScore_old";

INSERT INTO "SentenceScore" ("runId", "articleId", "sentenceIndex", "sentiment", "comparative", "loaded", "frames")
SELECT "runId", "articleId", "sentenceIndex", "sentiment", "comparative", "loaded", "frames" FROM "SentenceScore_old";

INSERT INTO "Marker" ("runId", "articleId", "n", "outletId", "sentenceIndex", "family", "label", "start", "end", "text", "rule", "weight", "attrs")
SELECT m."runId", m."articleId", (row_number() OVER (PARTITION BY m."runId", m."articleId" ORDER BY m."id") - 1)::int, a."outletId",
       m."sentenceIndex", m."family", m."label", m."start", m."end", m."text", m."rule", m."weight", m."attrs"
FROM "Marker_old" m JOIN "Article" a ON a.id = m."articleId";

INSERT INTO "ActorMention" ("runId", "articleId", "n", "actorId", "sentenceIndex", "start", "end", "text", "form", "quoted", "sentiment", "polarity", "labels", "evidence")
SELECT "runId", "articleId", (row_number() OVER (PARTITION BY "runId", "articleId" ORDER BY "id") - 1)::int,
       "actorId", "sentenceIndex", "start", "end", "text", "form", "quoted", "sentiment", "polarity", "labels", "evidence"
FROM "ActorMention_old";

DROP TABLE "ArticleScore_old", "SentenceScore_old", "Marker_old", "ActorMention_old";
