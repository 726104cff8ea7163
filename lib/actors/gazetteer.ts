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
  /** The matches of `pattern` in a text, found without the regex (see surfaceScanner). */
  scan: (text: string) => SurfaceMatch[];
}

/** A surface form found in a text: text.slice(start, end) === surface. */
export interface SurfaceMatch {
  start: number;
  end: number;
  surface: string;
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
  const sorted = [...surfaces.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const scanner = surfaceScanner(sorted);
  const scan = scanner ?? ((text: string) => [...text.matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, surface: m[0] })));
  return { actors, surfaces, pattern, scan };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a code point is a letter or digit (\p{L} or \p{N}); ASCII without a regex. */
function wordCodePoint(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(String.fromCodePoint(c));
}

/**
 * The matches `pattern` finds (matchAll), without running a regex of a thousand alternatives at every position:
 * surfaces are grouped by their first two characters, so a position costs one lookup and a few startsWith. Same
 * rules as the regex: a match starts where no letter or digit precedes; at one position the longest surface
 * followed by no letter or digit wins; the scan resumes after it. Null (use the regex) when a surface holds a
 * surrogate (the regex reads code points, this reads UTF-16 units: equal only without them).
 */
function surfaceScanner(longestFirst: string[]): ((text: string) => SurfaceMatch[]) | null {
  if (longestFirst.some((s) => !s.length || /[\uD800-\uDFFF]/.test(s))) return null;
  // Key: the first two UTF-16 units (one-character surfaces under their one unit, in their own map).
  const byPair = new Map<number, string[]>();
  const single = new Map<number, string[]>();
  const firsts = new Uint8Array(0x10000);
  for (const s of longestFirst) {
    const c0 = s.charCodeAt(0);
    firsts[c0] = 1;
    const map = s.length > 1 ? byPair : single;
    const key = s.length > 1 ? c0 * 0x10000 + s.charCodeAt(1) : c0;
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(s);
  }
  return (text) => {
    const out: SurfaceMatch[] = [];
    const n = text.length;
    const followedByWord = (at: number) => at < n && wordCodePoint(text.codePointAt(at)!);
    /** The first (longest) surface of `list` at p that no letter or digit follows. */
    const longest = (list: string[] | undefined) => {
      if (list) for (const s of list) if (text.startsWith(s, p) && !followedByWord(p + s.length)) return s;
      return undefined;
    };
    let p = 0;
    while (p < n) {
      const c0 = text.charCodeAt(p);
      if (!firsts[c0] || (p > 0 && precededByWord(text, p))) {
        p++;
        continue;
      }
      // Longer surfaces first: those of two characters or more, then those of one.
      const found = longest(p + 1 < n ? byPair.get(c0 * 0x10000 + text.charCodeAt(p + 1)) : undefined) ?? longest(single.get(c0));
      if (found) {
        out.push({ start: p, end: p + found.length, surface: found });
        p += found.length;
      } else p++;
    }
    return out;
  };
}

/** Whether the code point ending right before `p` (a surrogate pair read as one) is a letter or digit. */
function precededByWord(text: string, p: number): boolean {
  const c = text.charCodeAt(p - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
    const h = text.charCodeAt(p - 2);
    if (h >= 0xd800 && h <= 0xdbff) return wordCodePoint(text.codePointAt(p - 2)!);
  }
  return wordCodePoint(c);
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
