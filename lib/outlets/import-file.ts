/**
 * Reads an outlet metadata file (`npx parallax outlets import`): CSV with a header row, or JSON (an array of objects,
 * or { outlets: [...] }). Per outlet: `outlet` (the name as ingested), `lean` (left | lean-left | center | lean-right |
 * right, or empty), optional `country`, `owner`, `type`, `homepage`; every other column becomes a tag. Strict: any bad
 * row fails the whole file, with every problem named by file and line, so nothing is half-imported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { LEANS, type Lean } from './leans';

export interface OutletRecord {
  outlet: string;
  lean: Lean | null;
  country: string | null;
  owner: string | null;
  type: string | null;
  homepage: string | null;
  tags: Record<string, string>;
  /** Where the record is, for messages: "line 4" (CSV) or "record 3" (JSON). */
  where: string;
}

const KNOWN = ['outlet', 'lean', 'country', 'owner', 'type', 'homepage'];

/** "Lean Left", "lean_left", "LEAN-LEFT" → lean-left; anything else is left as given, for the error message. */
export function normaliseLean(raw: string): string {
  const s = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return s === 'centre' ? 'center' : s;
}

const text = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .nullish()
  .transform((v) => (v ? v : null));

const recordSchema = z.object({
  outlet: z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1, 'has no outlet name')),
  lean: text.pipe(
    z
      .string()
      .transform(normaliseLean)
      .pipe(z.enum(LEANS, { error: (i) => `has lean "${String(i.input)}": use one of ${LEANS.join(', ')} (or leave it empty)` }))
      .nullable(),
  ),
  country: text,
  owner: text,
  type: text,
  homepage: text.pipe(z.url({ error: 'has a homepage that is not a URL (e.g. https://example.com)' }).nullable()),
});

export class OutletFileError extends Error {}

function fail(file: string, problems: string[]): never {
  const shown = problems.slice(0, 20);
  const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
  throw new OutletFileError(`${file}: ${problems.length} problem(s), nothing was imported:\n  ${shown.join('\n  ')}${more}`);
}

function rowsOf(file: string, content: string): Array<{ row: Record<string, unknown>; where: string }> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (err) {
      fail(file, [`is not valid JSON (${(err as Error).message})`]);
    }
    const list = Array.isArray(data) ? data : (data as { outlets?: unknown })?.outlets;
    if (!Array.isArray(list)) fail(file, ['must hold an array of outlets, or { "outlets": [...] }']);
    return list.map((row, i) => {
      if (!row || typeof row !== 'object' || Array.isArray(row)) fail(file, [`record ${i + 1} is not an object`]);
      return { row: Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim().toLowerCase(), v])), where: `record ${i + 1}` };
    });
  }
  if (ext === '.csv') {
    let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
    try {
      rows = parse(content, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, skip_empty_lines: true, info: true, trim: true }) as typeof rows;
    } catch (err) {
      fail(file, [`is not readable CSV (${(err as Error).message}); check the quoting and the header row`]);
    }
    return rows.map(({ record, info }) => ({ row: record, where: `line ${info.lines}` }));
  }
  fail(file, [`has extension "${ext || '(none)'}": use .csv or .json`]);
}

export function readOutletFile(file: string): OutletRecord[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new OutletFileError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const rows = rowsOf(file, content);
  if (rows.length === 0) fail(file, ['has no outlets: expected a header row (outlet,lean,…) and one row per outlet']);
  if (!('outlet' in rows[0].row)) fail(file, [`has no "outlet" column (found: ${Object.keys(rows[0].row).join(', ')})`]);
  const problems: string[] = [];
  const out: OutletRecord[] = [];
  const seen = new Map<string, string>();
  for (const { row, where } of rows) {
    const r = recordSchema.safeParse(row);
    if (!r.success) {
      // Messages written here start with "has …"; zod's own ("Invalid input") get the column's name.
      for (const i of r.error.issues) problems.push(`${where}: ${i.message.startsWith('has ') ? '' : `column ${String(i.path[0])}: `}${i.message}`);
      continue;
    }
    const key = r.data.outlet.toLowerCase();
    if (seen.has(key)) {
      problems.push(`${where}: outlet "${r.data.outlet}" is listed twice (also ${seen.get(key)})`);
      continue;
    }
    seen.set(key, where);
    const tags: Record<string, string> = {};
    for (const [k, v] of Object.entries(row)) {
      if (KNOWN.includes(k) || v === null || v === undefined) continue;
      const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : JSON.stringify(v);
      if (value) tags[k] = value;
    }
    out.push({ ...r.data, lean: r.data.lean as Lean | null, tags, where });
  }
  if (problems.length) fail(file, problems);
  return out;
}
