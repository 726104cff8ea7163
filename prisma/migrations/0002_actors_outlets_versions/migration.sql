-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "pinned" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "pinnedEvent" TEXT,
ADD COLUMN     "pinnedStory" TEXT,
ADD COLUMN     "removedLines" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "sourceRecord" INTEGER,
ADD COLUMN     "supersedesId" INTEGER;

-- AlterTable
ALTER TABLE "SentenceScore" ADD COLUMN     "frames" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "loaded" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Marker" ADD COLUMN     "attrs" JSONB;

-- CreateTable
CREATE TABLE "OutletScore" (
    "runId" INTEGER NOT NULL,
    "outletId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "low" DOUBLE PRECISION NOT NULL,
    "high" DOUBLE PRECISION NOT NULL,
    "n" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "count" DOUBLE PRECISION NOT NULL,
    "words" INTEGER NOT NULL,

    CONSTRAINT "OutletScore_pkey" PRIMARY KEY ("runId","outletId","metric")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "metonymOf" TEXT,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorMention" (
    "id" BIGSERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
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

    CONSTRAINT "ActorMention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutletScore_metric_idx" ON "OutletScore"("metric");

-- CreateIndex
CREATE INDEX "OutletScore_outletId_idx" ON "OutletScore"("outletId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_key_key" ON "Actor"("key");

-- CreateIndex
CREATE INDEX "ActorAlias_alias_idx" ON "ActorAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_alias_key" ON "ActorAlias"("actorId", "alias");

-- CreateIndex
CREATE INDEX "ActorMention_actorId_idx" ON "ActorMention"("actorId");

-- CreateIndex
CREATE INDEX "ActorMention_articleId_idx" ON "ActorMention"("articleId");

-- CreateIndex
CREATE INDEX "ActorMention_runId_idx" ON "ActorMention"("runId");

-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutletScore" ADD CONSTRAINT "OutletScore_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutletScore" ADD CONSTRAINT "OutletScore_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
