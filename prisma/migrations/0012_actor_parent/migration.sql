-- Actors (issue 17): an institution's parent actor (White House, Senate, Pentagon → united-states; Kremlin → russia),
-- by key, so the dashboard can roll an institution up into its country. Nullable, so it applies to a filled database.
-- Kinds gain 'institution' and 'party' (Actor.kind is free text; no constraint to change).
ALTER TABLE "Actor" ADD COLUMN "parentKey" TEXT;
