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
    const m = /^([^:]+):(-?\d{1,12}(?:\.\d{1,20})?(?:e[-+]?\d{1,3})?)$/i.exec(part);
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

/** Problems with a URL state against the known column ids, for a clear message instead of a broken table. */
export function validateState(sp: Record<string, string | undefined>, metrics: Set<string>): string[] {
  const problems: string[] = [];
  const known = (id: string) => metrics.has(id) || (FIXED_COLUMNS as readonly string[]).includes(id);
  if (sp.sort !== undefined) {
    const s = parseSort(sp.sort);
    if (!s) problems.push(`sort "${sp.sort}" is not a list of column:asc|desc`);
    else for (const x of s) if (!known(x.id)) problems.push(`sort names an unknown column "${x.id}"`);
  }
  if (sp.min !== undefined) {
    const m = parseMins(sp.min);
    if (!m) problems.push(`min "${sp.min}" is not a list of metric:number`);
    else for (const k of Object.keys(m)) if (!metrics.has(k)) problems.push(`min names an unknown metric "${k}"`);
  }
  if (sp.cols !== undefined) {
    const c = parseCols(sp.cols);
    if (!c) problems.push(`cols "${sp.cols}" is not a list of metric keys`);
    else for (const k of c) if (!metrics.has(k)) problems.push(`cols names an unknown metric "${k}"`);
  }
  if (sp.q !== undefined && sp.q.length > 200) problems.push('q is longer than 200 characters');
  return problems;
}
