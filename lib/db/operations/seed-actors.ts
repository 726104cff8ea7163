/**
 * Seed actors: the gazetteer's actors and aliases, the actors a scoring batch found that the gazetteer lacks, and
 * the aliases users add (a corpus's manifest, the config file). Inside the caller's write transaction.
 */
import { canonicalActors } from '@/lib/actors';
import type { ExtraAlias } from '@/lib/actors/types';
import { slugify } from '@/lib/text/slug';
import type { ScoredBatch } from '@/lib/worker-pool/analyse';
import { insertColumns, insertRows } from '../write/bulk';
import type { Executor } from '../write/transaction';

/** The gazetteer's actors and aliases, upserted; returns key → id for every actor in the database. */
export async function seedActors(exec: Executor): Promise<Map<string, number>> {
  const actors = canonicalActors();
  await insertColumns(
    exec,
    'Actor',
    { key: 'text', name: 'text', kind: 'text', metonymOf: 'text', parentKey: 'text' },
    { key: actors.map((a) => a.id), name: actors.map((a) => a.name), kind: actors.map((a) => a.kind), metonymOf: actors.map((a) => a.metonymOf ?? null), parentKey: actors.map((a) => a.parent ?? null) },
    // The gazetteer's own entries follow the gazetteer (a kind or parent it corrects reaches an existing database).
    { suffix: 'ON CONFLICT ("key") DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, "metonymOf" = EXCLUDED."metonymOf", "parentKey" = EXCLUDED."parentKey"' },
  );
  const ids = new Map((await exec.rows<{ id: number; key: string }>(`SELECT id, key FROM "Actor"`)).map((a) => [a.key, a.id]));
  const aliases = actors.flatMap((a) => a.aliases.map((alias) => ({ actorId: ids.get(a.id)!, alias, source: 'gazetteer' })));
  await insertRows(exec, 'ActorAlias', { actorId: 'int', alias: 'text', source: 'text' }, aliases, { suffix: 'ON CONFLICT ("actorId", "alias") DO NOTHING' });
  return ids;
}

/** Actors found in the text but not in the gazetteer (people, roles such as china/top-diplomat, a state's senate) get a row too. */
export async function ensureActors(exec: Executor, ids: Map<string, number>, actors: ScoredBatch['actors']) {
  const missing = actors.filter((a) => !ids.has(a.key));
  if (missing.length === 0) return;
  // A found actor may know what it is part of ("texas-senate" → "texas"); its parent is a key, whether stored yet or not.
  await insertRows(exec, 'Actor', { key: 'text', name: 'text', kind: 'text', parentKey: 'text' }, missing, { suffix: 'ON CONFLICT ("key") DO NOTHING' });
  for (const a of await exec.rows<{ id: number; key: string }>(`SELECT id, key FROM "Actor" WHERE key = ANY($1::text[])`, [missing.map((m) => m.key)])) {
    ids.set(a.key, a.id);
  }
}

/** Aliases users added (manifest, config file), as the actor finder takes them. */
export async function userAliases(exec: Executor): Promise<ExtraAlias[]> {
  const rows = await exec.rows<{ alias: string; key: string; kind: string }>(
    `SELECT al.alias, ac.key, ac.kind FROM "ActorAlias" al JOIN "Actor" ac ON ac.id = al."actorId" WHERE al.source <> 'gazetteer' ORDER BY al.id`,
  );
  return rows.map((r) => ({ actor: r.key, alias: r.alias, kind: r.kind as ExtraAlias['kind'] }));
}

/** Stores user aliases: the actor is a canonical key or a name; an unknown one is created. */
export async function storeAliases(exec: Executor, aliases: ExtraAlias[], source: 'manifest' | 'config') {
  for (const a of aliases) {
    const key = slugify(a.actor);
    await exec.execute(`INSERT INTO "Actor" (key, name, kind) VALUES ($1, $2, $3) ON CONFLICT ("key") DO NOTHING`, [key, a.actor, a.kind ?? 'group']);
    await exec.execute(
      `INSERT INTO "ActorAlias" ("actorId", alias, source) SELECT id, $2, $3 FROM "Actor" WHERE key = $1 ON CONFLICT ("actorId", "alias") DO NOTHING`,
      [key, a.alias, source],
    );
  }
}
