-- Scoring runs remembered after a full rescore deletes them (lib/db/scoring.ts), so a share link made on an older
-- run can say which run it showed and what its figures were (app/charts: "this link was made on run 12 of 3 Dec").
-- Filled by a trigger when a run is marked complete, so the scoring code does not change; the last 20 runs are kept.

CREATE TABLE "RunHistory" (
    "runId" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "articles" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    CONSTRAINT "RunHistory_pkey" PRIMARY KEY ("runId")
);

-- The outlet figures (OutletScore, both voices) as they stood when the run completed.
CREATE TABLE "RunHistoryFigure" (
    "runId" INTEGER NOT NULL,
    "outletId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "low" DOUBLE PRECISION NOT NULL,
    "high" DOUBLE PRECISION NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "RunHistoryFigure_pkey" PRIMARY KEY ("runId", "outletId", "metric"),
    CONSTRAINT "RunHistoryFigure_runId_fkey" FOREIGN KEY ("runId") REFERENCES "RunHistory"("runId") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE FUNCTION "parallax_remember_run"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "RunHistory" ("runId", "version", "articles", "startedAt", "finishedAt")
    VALUES (NEW.id, NEW.version, NEW.articles, NEW."startedAt", NEW."finishedAt")
    ON CONFLICT ("runId") DO UPDATE SET "version" = EXCLUDED."version", "articles" = EXCLUDED."articles", "finishedAt" = EXCLUDED."finishedAt";
    -- The figures the pages read from now on: the newest run's row for each outlet and metric.
    INSERT INTO "RunHistoryFigure" ("runId", "outletId", "metric", "value", "low", "high", "n")
    SELECT DISTINCT ON ("outletId", metric) NEW.id, "outletId", metric, value, low, high, n
    FROM "OutletScore" ORDER BY "outletId", metric, "runId" DESC
    ON CONFLICT ("runId", "outletId", "metric") DO UPDATE SET "value" = EXCLUDED."value", "low" = EXCLUDED."low", "high" = EXCLUDED."high", "n" = EXCLUDED."n";
    DELETE FROM "RunHistory" WHERE "runId" NOT IN (SELECT "runId" FROM "RunHistory" ORDER BY "runId" DESC LIMIT 20);
    RETURN NEW;
END
$$;

CREATE TRIGGER "ScoringRun_remember" AFTER INSERT OR UPDATE OF status ON "ScoringRun"
    FOR EACH ROW WHEN (NEW.status = 'complete') EXECUTE FUNCTION "parallax_remember_run"();

-- Runs completed before this migration.
INSERT INTO "RunHistory" ("runId", "version", "articles", "startedAt", "finishedAt")
SELECT id, version, articles, "startedAt", "finishedAt" FROM "ScoringRun" WHERE status = 'complete';
INSERT INTO "RunHistoryFigure" ("runId", "outletId", "metric", "value", "low", "high", "n")
SELECT DISTINCT ON ("outletId", metric) (SELECT max(id) FROM "ScoringRun" WHERE status = 'complete'), "outletId", metric, value, low, high, n
FROM "OutletScore" WHERE EXISTS (SELECT 1 FROM "ScoringRun" WHERE status = 'complete') ORDER BY "outletId", metric, "runId" DESC;
