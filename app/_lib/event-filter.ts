/** The overview's and /blindspots' URL state, resolved against the corpus's outlets (pure: no database here). */
import type { OutletSummary } from '@/lib/db/queries';
import { isSort, parseDay, parseGroups, parseList, parseStory, type EventSort } from '@/lib/events/filter';
import { groupLabel, inGroup, leanRank } from '@/lib/outlets/leans';
import { one, type SearchParams } from './query';

export interface ChosenGroup {
  key: string;
  label: string;
  members: OutletSummary[];
}

export interface EventChoice {
  q: string | null;
  from: Date | null;
  to: Date | null;
  sort: EventSort;
  /** Only this story's events (overview `story=`). */
  storyId: number | null;
  outlets: OutletSummary[];
  groups: ChosenGroup[];
  /** Names in `outlets=` that are no outlet of this corpus (shown, not fatal). */
  unknown: string[];
  /** Outlets the filter keeps (chosen ones and every member of a chosen group); null: no outlet filter. */
  outletIds: number[] | null;
  /** The raw values, for the form and for links that keep the rest of the state. */
  raw: Record<'q' | 'from' | 'to' | 'outlets' | 'groups' | 'sort' | 'story', string>;
}

export function resolveChoice(sp: SearchParams, all: OutletSummary[]): EventChoice {
  const raw = {
    q: one(sp, 'q')?.trim() ?? '',
    from: one(sp, 'from') ?? '',
    to: one(sp, 'to') ?? '',
    outlets: one(sp, 'outlets') ?? '',
    groups: one(sp, 'groups') ?? '',
    sort: one(sp, 'sort') ?? '',
    story: one(sp, 'story') ?? '',
  };
  const bySlug = new Map(all.map((o) => [o.slug, o]));
  const names = raw.outlets ? (parseList(raw.outlets) ?? []) : [];
  const outlets = names.flatMap((n) => (bySlug.has(n) ? [bySlug.get(n)!] : []));
  const unknown = names.filter((n) => !bySlug.has(n));
  const groups = (raw.groups ? (parseGroups(raw.groups) ?? []) : []).map((g) => ({
    key: `${g.field}:${g.value}`,
    label: groupLabel(g),
    members: all.filter((o) => inGroup(o, g)),
  }));
  const ids = new Set([...outlets.map((o) => o.id), ...groups.flatMap((g) => g.members.map((o) => o.id))]);
  return {
    q: raw.q || null,
    from: raw.from ? parseDay(raw.from) : null,
    to: raw.to ? parseDay(raw.to) : null,
    sort: isSort(raw.sort) ? raw.sort : 'date',
    storyId: raw.story ? parseStory(raw.story) : null,
    outlets,
    groups,
    unknown,
    outletIds: outlets.length || groups.length ? [...ids] : null,
    raw,
  };
}

/** A URL of `path` with the choice's state, some of it replaced (empty values dropped, so links stay short). */
export function hrefWith(path: string, raw: EventChoice['raw'], change: Partial<EventChoice['raw']> & { page?: number } = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...raw, ...change })) if (v !== '' && v !== undefined && !(k === 'page' && v === 1)) params.set(k, String(v));
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `${path}?${s}` : path;
}

/** Outlets left → right by lean, then by name. */
export function byLean<T extends { lean: string | null; name: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => leanRank(a.lean) - leanRank(b.lean) || a.name.localeCompare(b.name));
}
