-- Outlet metadata (npx parallax outlets import): lean on the five-point scale, optional country, owner and type, and
-- free tags (every other column of the import file). Nullable or defaulted, so it applies to a filled database.
ALTER TABLE "Outlet" ADD COLUMN "lean" TEXT;
ALTER TABLE "Outlet" ADD COLUMN "country" TEXT;
ALTER TABLE "Outlet" ADD COLUMN "owner" TEXT;
ALTER TABLE "Outlet" ADD COLUMN "type" TEXT;
ALTER TABLE "Outlet" ADD COLUMN "tags" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "Outlet" ADD CONSTRAINT "Outlet_lean_check" CHECK ("lean" IN ('left', 'lean-left', 'center', 'lean-right', 'right'));

-- The overview's search over event titles and article text (`/?q=`): word search with the 'simple' configuration,
-- which neither stems nor drops stop words in any language, so a corpus in any script is searched the same way.
CREATE INDEX "Article_text_search_idx" ON "Article" USING GIN (to_tsvector('simple', title || ' ' || body));
CREATE INDEX "Event_title_search_idx" ON "Event" USING GIN (to_tsvector('simple', title));
-- Date filters and both date orders on the overview and /blindspots (a backward scan of the first would put undated
-- events first, hence the second, which Prisma cannot spell).
CREATE INDEX "Event_startDate_id_idx" ON "Event" ("startDate", id);
CREATE INDEX "Event_startDate_desc_idx" ON "Event" ("startDate" DESC NULLS LAST, id DESC);

-- Per event: its covering outlets, by lean, and its articles (lib/db/summaries.ts rewrites it with every ingest, pin and
-- outlets import), so the overview's coverage order and /blindspots read one row per event instead of every article.
CREATE TABLE "EventSummary" (
    "eventId" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "outlets" INTEGER NOT NULL,
    "left" INTEGER NOT NULL,
    "leanLeft" INTEGER NOT NULL,
    "center" INTEGER NOT NULL,
    "leanRight" INTEGER NOT NULL,
    "right" INTEGER NOT NULL,
    "unrated" INTEGER NOT NULL,
    CONSTRAINT "EventSummary_pkey" PRIMARY KEY ("eventId")
);
ALTER TABLE "EventSummary" ADD CONSTRAINT "EventSummary_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "EventSummary_outlets_idx" ON "EventSummary" ("outlets" DESC);
INSERT INTO "EventSummary" ("eventId", articles, outlets, "left", "leanLeft", center, "leanRight", "right", unrated)
SELECT a."eventId", count(*), count(DISTINCT a."outletId"),
       count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'left'), count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'lean-left'),
       count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'center'), count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'lean-right'),
       count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'right'), count(DISTINCT a."outletId") FILTER (WHERE o.lean IS NULL)
FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId"
WHERE a."eventId" IS NOT NULL
GROUP BY a."eventId";
