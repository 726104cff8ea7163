/**
 * The overview's and /blindspots' URL state, parsed: `q`, `from`, `to` (YYYY-MM-DD), `outlets` (slugs) and `groups`
 * (field:value), `sort`. Pure: the proxy's query checks, the pages and the data module share it.
 */
import { parseGroupKey, type GroupKey } from '@/lib/outlets/leans';

export const EVENT_SORTS = ['date', 'date-asc', 'coverage'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];
export const SORT_LABELS: Record<EventSort, string> = { date: 'Newest first', 'date-asc': 'Oldest first', coverage: 'Most outlets first' };

/** At most this many outlets or groups in one URL list. */
export const MAX_CHOSEN = 40;
/** The outlets × events matrix is drawn for at most this many columns; beyond, columns are too narrow to read. */
export const MATRIX_MAX = 12;

/** A calendar day, YYYY-MM-DD, as UTC midnight; null when malformed or not a real date (2026-02-30). */
export function parseDay(v: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : d;
}

/** A comma list without empties or repeats, or null when it is too long. */
export function parseList(v: string): string[] | null {
  const items = [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];
  return items.length > MAX_CHOSEN ? null : items;
}

export function parseGroups(v: string): GroupKey[] | null {
  const items = parseList(v);
  if (!items) return null;
  const groups = items.map(parseGroupKey);
  return groups.every((g) => g !== null) ? (groups as GroupKey[]) : null;
}

/** A story id in the URL: a positive int4 in plain digits. */
export function parseStory(v: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(v)) return null;
  const n = Number(v);
  return n <= 2_147_483_647 ? n : null;
}

export function isSort(v: string): v is EventSort {
  return (EVENT_SORTS as readonly string[]).includes(v);
}
