/**
 * The gazetteer of news actors (gazetteer.json) compiled into one alias index. Aliases are exact and
 * case-sensitive ("US" is the country, "us" is not); users can add their own aliases.
 */
import { slugify } from '@/lib/text/slug';
import data from './gazetteer.json';
import type { ActorKind, CanonicalActor, ExtraAlias, MentionForm } from './types';

interface Entry {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  weakAliases?: string[];
  demonyms?: string[];
  metonymOf?: string;
  parent?: string;
}

export interface ActorInfo {
  id: string;
  name: string;
  kind: ActorKind;
  /** Seats of government ("Beijing", "the Kremlin"): the actor they stand for when not used as a location. */
  metonymOf?: string;
  /** The actor an institution belongs to ("white-house" → "united-states"), for roll-ups. */
  parent?: string;
}

export interface Surface {
  actor: string;
  form: MentionForm;
  /** Counts only if a non-weak alias of the same actor appears in the same article ("Wang", "Yi"). */
  weak: boolean;
}

export interface ActorIndex {
  actors: Map<string, ActorInfo>;
  surfaces: Map<string, Surface>;
  /** Every surface form, longest first, between non-word characters. */
  pattern: RegExp;
}

const ENTRIES = (data as { actors: Entry[] }).actors;

/** Canonical id from a name: the project's one slug rule ("National People's Congress" → "national-peoples-congress"). */
export { slugify };

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds the alias index from the gazetteer plus user aliases (an alias maps to one actor; user aliases win). */
export function createActorIndex(extra: ExtraAlias[] = []): ActorIndex {
  const actors = new Map<string, ActorInfo>();
  const surfaces = new Map<string, Surface>();
  for (const e of ENTRIES) {
    actors.set(e.id, { id: e.id, name: e.name, kind: e.kind, ...(e.metonymOf ? { metonymOf: e.metonymOf } : {}), ...(e.parent ? { parent: e.parent } : {}) });
    e.aliases.forEach((a, i) => surfaces.set(a, { actor: e.id, form: i === 0 ? 'name' : 'alias', weak: false }));
    for (const a of e.weakAliases ?? []) surfaces.set(a, { actor: e.id, form: 'surname', weak: true });
    for (const a of e.demonyms ?? []) surfaces.set(a, { actor: e.id, form: 'demonym', weak: false });
  }
  for (const x of extra) {
    const alias = x.alias.trim();
    if (!alias) continue;
    const id = resolveActorRef(x.actor, actors, surfaces) ?? slugify(x.actor);
    if (!id) continue;
    if (!actors.has(id)) actors.set(id, { id, name: x.actor.trim(), kind: x.kind ?? 'organization' });
    surfaces.set(alias, { actor: id, form: 'alias', weak: false });
    // "the Bear" also opens a sentence as "The Bear".
    const capital = alias[0].toUpperCase() + alias.slice(1);
    if (capital !== alias && !surfaces.has(capital)) surfaces.set(capital, { actor: id, form: 'alias', weak: false });
  }
  const alts = [...surfaces.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { actors, surfaces, pattern };
}

/** An actor given by id, display name (any case) or existing alias. */
function resolveActorRef(ref: string, actors: Map<string, ActorInfo>, surfaces: Map<string, Surface>): string | undefined {
  const r = ref.trim();
  if (actors.has(r)) return r;
  const lower = r.toLowerCase();
  for (const a of actors.values()) if (a.name.toLowerCase() === lower) return a.id;
  const s = surfaces.get(r);
  if (s && !s.weak) return s.actor;
  return actors.has(slugify(r)) ? slugify(r) : undefined;
}

/** The gazetteer's canonical actors with all their surface forms, for seeding the database. */
export function canonicalActors(extra: ExtraAlias[] = []): CanonicalActor[] {
  const index = extra.length ? createActorIndex(extra) : defaultIndex();
  const byActor = new Map<string, string[]>();
  for (const [surface, s] of index.surfaces) {
    const target = s.actor;
    if (!byActor.has(target)) byActor.set(target, []);
    byActor.get(target)!.push(surface);
  }
  return [...index.actors.values()].map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: byActor.get(a.id) ?? [],
    ...(a.metonymOf ? { metonymOf: a.metonymOf } : {}),
    ...(a.parent ? { parent: a.parent } : {}),
  }));
}

let cached: ActorIndex | undefined;
export function defaultIndex(): ActorIndex {
  return (cached ??= createActorIndex());
}

/** Index for a list of user aliases, reused while the same list (by content) is passed again. */
const byAliases = new Map<string, ActorIndex>();
export function indexFor(extra: ExtraAlias[] | undefined): ActorIndex {
  if (!extra?.length) return defaultIndex();
  const key = JSON.stringify(extra);
  let idx = byAliases.get(key);
  if (!idx) {
    if (byAliases.size > 16) byAliases.clear();
    idx = createActorIndex(extra);
    byAliases.set(key, idx);
  }
  return idx;
}
