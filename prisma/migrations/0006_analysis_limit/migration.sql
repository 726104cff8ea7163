-- Long articles are stored whole and analysed up to a word limit (lib/ingest/sentences.ts analysisEnd).
ALTER TABLE "Article" ADD COLUMN "analysedTo" INTEGER;
