-- CreateTable
CREATE TABLE "CorpusSummary" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "sentences" BIGINT NOT NULL,
    "events" INTEGER NOT NULL,
    "stories" INTEGER NOT NULL,

    CONSTRAINT "CorpusSummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutletSummary" (
    "outletId" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "words" BIGINT NOT NULL,
    "undated" INTEGER NOT NULL,
    "ungrouped" INTEGER NOT NULL,
    "firstDate" TIMESTAMP(3),
    "lastDate" TIMESTAMP(3),

    CONSTRAINT "OutletSummary_pkey" PRIMARY KEY ("outletId")
);

-- CreateTable
CREATE TABLE "RunSummary" (
    "runId" INTEGER NOT NULL,
    "markers" BIGINT NOT NULL,

    CONSTRAINT "RunSummary_pkey" PRIMARY KEY ("runId")
);

-- CreateTable
CREATE TABLE "ActorOutletSummary" (
    "runId" INTEGER NOT NULL,
    "outletId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "mentions" INTEGER NOT NULL,
    "sentiment" DOUBLE PRECISION NOT NULL,
    "positive" INTEGER NOT NULL,
    "negative" INTEGER NOT NULL,
    "quoted" INTEGER NOT NULL,

    CONSTRAINT "ActorOutletSummary_pkey" PRIMARY KEY ("runId","outletId","actorId")
);

-- CreateTable
CREATE TABLE "ActorNameSummary" (
    "id" BIGSERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "outletId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "ActorNameSummary_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActorOutletSummary_outletId_actorId_idx" ON "ActorOutletSummary"("outletId", "actorId");

-- CreateIndex
CREATE INDEX "ActorNameSummary_runId_idx" ON "ActorNameSummary"("runId");

-- CreateIndex
CREATE INDEX "ActorNameSummary_outletId_actorId_idx" ON "ActorNameSummary"("outletId", "actorId");

-- AddForeignKey
ALTER TABLE "OutletSummary" ADD CONSTRAINT "OutletSummary_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunSummary" ADD CONSTRAINT "RunSummary_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorOutletSummary" ADD CONSTRAINT "ActorOutletSummary_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorOutletSummary" ADD CONSTRAINT "ActorOutletSummary_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorOutletSummary" ADD CONSTRAINT "ActorOutletSummary_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorNameSummary" ADD CONSTRAINT "ActorNameSummary_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorNameSummary" ADD CONSTRAINT "ActorNameSummary_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorNameSummary" ADD CONSTRAINT "ActorNameSummary_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The outlet profile lists an outlet's articles newest first and undated last ("publishedAt" DESC NULLS LAST, id
-- DESC). 0003 built this index with DESC's default NULLS FIRST, which cannot give that order, so every request
-- sorted all of the outlet's articles. Same name and columns (Prisma's schema cannot spell NULLS LAST).
DROP INDEX "Article_outletId_publishedAt_id_idx";
CREATE INDEX "Article_outletId_publishedAt_id_idx" ON "Article"("outletId", "publishedAt" DESC NULLS LAST, "id" DESC);

-- Backfill: the summaries of what is already stored, as lib/db/summaries.ts computes them (it keeps them from now on).
INSERT INTO "CorpusSummary" (id, sentences, events, stories)
SELECT 1, (SELECT count(*) FROM "Sentence"), (SELECT count(*) FROM "Event"), (SELECT count(*) FROM "Story");

INSERT INTO "OutletSummary" ("outletId", articles, words, undated, ungrouped, "firstDate", "lastDate")
SELECT o.id, count(a.id), coalesce(sum(a.words), 0),
       count(a.id) FILTER (WHERE a."publishedAt" IS NULL), count(a.id) FILTER (WHERE a."eventId" IS NULL),
       min(a."publishedAt"), max(a."publishedAt")
FROM "Outlet" o LEFT JOIN "Article" a ON a."outletId" = o.id
GROUP BY o.id;

INSERT INTO "RunSummary" ("runId", markers)
SELECT r.id, count(m."runId") FROM "ScoringRun" r LEFT JOIN "Marker" m ON m."runId" = r.id GROUP BY r.id;

INSERT INTO "ActorOutletSummary" ("runId", "outletId", "actorId", mentions, sentiment, positive, negative, quoted)
SELECT m."runId", a."outletId", m."actorId", count(*), sum(m.sentiment),
       count(*) FILTER (WHERE m.polarity = 'positive'), count(*) FILTER (WHERE m.polarity = 'negative'), count(*) FILTER (WHERE m.quoted)
FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
GROUP BY m."runId", a."outletId", m."actorId";

INSERT INTO "ActorNameSummary" ("runId", "outletId", "actorId", source, text, kind, n)
SELECT m."runId", a."outletId", m."actorId", 'form', m.text, m.form, count(*)
FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
GROUP BY m."runId", a."outletId", m."actorId", m.text, m.form;

INSERT INTO "ActorNameSummary" ("runId", "outletId", "actorId", source, text, kind, n)
SELECT m."runId", a."outletId", m."actorId", 'label', l->>'text', coalesce(l->>'kind', 'label'), count(*)
FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.labels::jsonb) = 'array' THEN m.labels::jsonb ELSE '[]'::jsonb END) l
WHERE l->>'text' IS NOT NULL
GROUP BY m."runId", a."outletId", m."actorId", l->>'text', coalesce(l->>'kind', 'label');
