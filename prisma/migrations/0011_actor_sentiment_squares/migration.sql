-- Actor sentiment intervals (issue 21): the sum of squares of the mention sentiment per (run, outlet, actor), so the
-- dashboard's actor tables can give each mean the variance the one interval method (lib/analysis/stats.ts) needs.
-- Null means "not known": such a row's mean is shown without an interval. Existing rows are filled here from the
-- mentions they summarise, so a migrated database shows intervals at once without a rescore.
ALTER TABLE "ActorOutletSummary" ADD COLUMN "sentimentSquares" DOUBLE PRECISION;

-- Backfill
UPDATE "ActorOutletSummary" s SET "sentimentSquares" = x.squares
FROM (
  SELECT m."runId", a."outletId", m."actorId", sum(m.sentiment * m.sentiment) AS squares
  FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
  GROUP BY m."runId", a."outletId", m."actorId"
) x
WHERE s."runId" = x."runId" AND s."outletId" = x."outletId" AND s."actorId" = x."actorId";
