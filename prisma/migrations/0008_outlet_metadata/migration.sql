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
-- Date filters and date order on the overview and /blindspots.
CREATE INDEX "Event_startDate_id_idx" ON "Event" ("startDate", id);
