-- A distributed scoring run's batches (docs/SCALING.md): which articles each batch scores, and whether its rows are
-- written. A worker writes a batch's rows and marks it done in one transaction, so a retried batch is never written
-- twice. Rows live only while the run is pending: the run's last transaction deletes them.
CREATE TABLE "RunBatch" (
    "runId" INTEGER NOT NULL,
    "batch" INTEGER NOT NULL,
    "articleIds" INTEGER[] NOT NULL,
    "doneAt" TIMESTAMP(3),
    "markers" INTEGER NOT NULL DEFAULT 0,
    "mentions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RunBatch_pkey" PRIMARY KEY ("runId", "batch")
);

ALTER TABLE "RunBatch" ADD CONSTRAINT "RunBatch_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScoringRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
