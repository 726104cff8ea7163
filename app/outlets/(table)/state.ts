/**
 * The framing table's URL state, shared by the server page (which validates it) and the client table (which
 * reads and writes it through nuqs). Formats: sort=hedge:desc,outlet:asc  min=hedge:0.5,loaded:1  cols=hedge,loaded
 */
export interface SortItem {
  id: string;
  desc: boolean;
}

const ID = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)?$/;

export function parseSort(raw: string): SortItem[] | null {
  if (raw === '') return [];
  const out: SortItem[] = [];
  for (const part of raw.split(',')) {
    const m = /^([^:]+):(asc|desc)$/.exec(part);
    if (!m || !ID.test(m[1]) || out.some((s) => s.id === m[1])) return null;
    out.push({ id: m[1], desc: m[2] === 'desc' });
  }
  return out.length > 8 ? null : out;
}

export const serializeSort = (v: SortItem[]) => v.map((s) => `${s.id}:${s.desc ? 'desc' : 'asc'}`).join(',');

export function parseMins(raw: string): Record<string, number> | null {
  if (raw === '') return {};
  const out: Record<string, number> = {};
  for (const part of raw.split(',')) {
    // Every number String() writes for a finite value (up to 21 integer digits, then exponent form) reads back.
    const m = /^([^:]+):(-?\d{1,21}(?:\.\d{1,20})?(?:e[-+]?\d{1,3})?)$/i.exec(part);
    if (!m || !ID.test(m[1]) || !Number.isFinite(Number(m[2]))) return null;
    out[m[1]] = Number(m[2]);
  }
  return out;
}

export const serializeMins = (v: Record<string, number>) =>
  Object.entries(v)
    .map(([k, n]) => `${k}:${n}`)
    .join(',');

export function parseCols(raw: string): string[] | null {
  if (raw === '') return [];
  const out = raw.split(',');
  return out.every((c) => ID.test(c)) && out.length <= 500 ? [...new Set(out)] : null;
}

export const serializeCols = (v: string[]) => v.join(',');

/** Columns that are not metrics but can be sorted. */
export const FIXED_COLUMNS = ['outlet', 'articles', 'words'] as const;

/** Column ids of a well-formed URL state (app/_lib/query.ts checks the form) that the data does not have. */
export function unknownColumns(sp: { sort?: string; min?: string; cols?: string }, metrics: Set<string>): string[] {
  const known = (id: string) => metrics.has(id) || (FIXED_COLUMNS as readonly string[]).includes(id);
  const out: string[] = [];
  for (const s of parseSort(sp.sort ?? '') ?? []) if (!known(s.id)) out.push(s.id);
  for (const k of Object.keys(parseMins(sp.min ?? '') ?? {})) if (!metrics.has(k)) out.push(k);
  for (const k of parseCols(sp.cols ?? '') ?? []) if (!metrics.has(k)) out.push(k);
  return out;
}
