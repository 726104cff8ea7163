-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Outlet" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "homepage" TEXT,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Story" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" TIMESTAMP(3),
    "storyId" INTEGER,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "outletId" INTEGER NOT NULL,
    "eventId" INTEGER,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "body" TEXT NOT NULL,
    "words" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sentence" (
    "articleId" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Sentence_pkey" PRIMARY KEY ("articleId","index")
);

-- CreateTable
CREATE TABLE "ScoringRun" (
    "id" SERIAL NOT NULL,
    "version" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "articles" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "ScoringRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleScore" (
    "runId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "count" DOUBLE PRECISION NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ArticleScore_pkey" PRIMARY KEY ("runId","articleId","metric")
);

-- CreateTable
CREATE TABLE "SentenceScore" (
    "runId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "sentiment" DOUBLE PRECISION NOT NULL,
    "comparative" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SentenceScore_pkey" PRIMARY KEY ("runId","articleId","sentenceIndex")
);

-- CreateTable
CREATE TABLE "Marker" (
    "id" BIGSERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "family" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Marker_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_slug_key" ON "Outlet"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Story_key_key" ON "Story"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Event_key_key" ON "Event"("key");

-- CreateIndex
CREATE INDEX "Event_storyId_idx" ON "Event"("storyId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- CreateIndex
CREATE INDEX "Article_eventId_idx" ON "Article"("eventId");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "ArticleScore_articleId_idx" ON "ArticleScore"("articleId");

-- CreateIndex
CREATE INDEX "ArticleScore_metric_idx" ON "ArticleScore"("metric");

-- CreateIndex
CREATE INDEX "SentenceScore_articleId_idx" ON "SentenceScore"("articleId");

-- CreateIndex
CREATE INDEX "Marker_articleId_family_idx" ON "Marker"("articleId", "family");

-- CreateIndex
CREATE INDEX "Marker_family_label_idx" ON "Marker"("family", "label");

-- CreateIndex
CREATE INDEX "Marker_runId_idx" ON "Marker"("runId");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sentence" ADD CONSTRAINT "Sentence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleScore" ADD CONSTRAINT "ArticleScore_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleScore" ADD CONSTRAINT "ArticleScore_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SentenceScore" ADD CONSTRAINT "SentenceScore_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SentenceScore" ADD CONSTRAINT "SentenceScore_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Marker" ADD CONSTRAINT "Marker_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Marker" ADD CONSTRAINT "Marker_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
