/** URL input validation shared by pages: anything malformed becomes a 404 or a stated problem, never a 500. */
import { notFound } from 'next/navigation';

export type SearchParams = Record<string, string | string[] | undefined>;

const INT_MAX = 2_147_483_647;

/** A database id from a path segment; anything else (garbage, zero, beyond int4) is not found. */
export function idOrNotFound(raw: string): number {
  if (!/^[1-9]\d{0,9}$/.test(raw)) notFound();
  const n = Number(raw);
  if (n > INT_MAX) notFound();
  return n;
}

export function slugOrNotFound(raw: string): string {
  let s: string;
  try {
    s = decodeURIComponent(raw);
  } catch {
    notFound();
  }
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_-]{0,119}$/u.test(s)) notFound();
  return s;
}

/** The single value of a query parameter; repeated parameters take the first. */
export function one(sp: SearchParams, key: string): string | undefined {
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v;
}

/** A 1-based page number: absent → 1; malformed or absurd → null (the caller reports it). */
export function pageParam(sp: SearchParams, max = 100_000): number | null {
  const raw = one(sp, 'page');
  if (raw === undefined || raw === '') return 1;
  if (!/^[1-9]\d{0,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= max ? n : null;
}
