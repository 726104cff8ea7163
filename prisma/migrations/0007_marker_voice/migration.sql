-- Voice (lib/analysis/voice.ts): whether a marker's words are the outlet's own ('writer') or inside a quotation
-- ('quoted'), and the quoted speaker when known. Added to the partitioned parent, so every run's partition gets the
-- columns; markers stored before this migration read as the writer's until the next scoring run (analysis version
-- 5) replaces them.
ALTER TABLE "Marker" ADD COLUMN "voice" TEXT NOT NULL DEFAULT 'writer';
ALTER TABLE "Marker" ADD COLUMN "speaker" TEXT;
