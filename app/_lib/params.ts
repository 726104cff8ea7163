/** URL input validation shared by pages: anything malformed becomes a 400 (proxy.ts) or a 404, never a 500. */
import { notFound } from 'next/navigation';
import { parseVoice, type VoiceView } from '@/lib/analysis/voice';
import { one, parsePage, queryProblems, type RouteQuery, type SearchParams } from './query';

export { one, type SearchParams } from './query';

const INT_MAX = 2_147_483_647;

/** A database id from a path segment; anything else (garbage, zero, beyond int4) is not found. */
export function idOrNotFound(raw: string): number {
  const id = parseId(raw);
  if (id === null) notFound();
  return id;
}

export function parseId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n > INT_MAX ? null : n;
}

// Any script (lib/text/slug.ts); long, because slugs stored before MAX_SLUG were a whole name.
const SLUG = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]{0,999}$/u;

export function parseSlug(raw: string): string | null {
  let s: string;
  try {
    s = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return SLUG.test(s) ? s : null;
}

export function slugOrNotFound(raw: string): string {
  const slug = parseSlug(raw);
  if (slug === null) notFound();
  return slug;
}

/**
 * The page's query, checked with the same definitions proxy.ts applies. A bad query normally never gets here (the
 * proxy has answered 400); if one does, say 404 rather than render a page from state that was not asked for.
 */
export function checkQuery(route: RouteQuery, sp: SearchParams): void {
  if (queryProblems(route, sp).length) notFound();
}

/** The voice of a checked query (writer when absent). */
export function voiceOf(sp: SearchParams): VoiceView {
  return parseVoice(one(sp, 'voice')) ?? 'writer';
}

/** The page number of a checked query. */
export function pageOf(sp: SearchParams, name = 'page'): number {
  const raw = sp[name];
  return parsePage(Array.isArray(raw) ? raw[0] : raw) ?? 1;
}

/** A page beyond the last one is not found (page 1 of an empty list exists: it says so). */
export function pageInRangeOrNotFound(page: number, pages: number): void {
  if (page > 1 && page > pages) notFound();
}

/** Whether a checked query asks for actor parts rolled into their whole (`actors=rollup`). */
export function actorRollupOf(sp: SearchParams): boolean {
  return one(sp, 'actors') === 'rollup';
}

/** The links that switch an actor table between its two views, keeping the rest of the query; they land on `#actors`. */
export function actorViewHrefs(pathname: string, sp: SearchParams): { each: string; rollup: string } {
  const href = (view: 'each' | 'rollup') => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(sp)) if (k !== 'actors' && v !== undefined) for (const x of Array.isArray(v) ? v : [v]) q.append(k, x);
    if (view === 'rollup') q.set('actors', 'rollup');
    const s = q.toString();
    return `${pathname}${s ? `?${s}` : ''}#actors`;
  };
  return { each: href('each'), rollup: href('rollup') };
}
