/**
 * The API's query parameters as zod schemas: the same syntax the pages accept (app/_lib/query.ts, lib/events/filter.ts),
 * checked and converted in one place, and documented from the same schemas (openapi.ts). Pure: no database.
 */
import { z } from 'zod';
import { VOICES } from '@/lib/analysis/voice';
import { EVENT_SORTS, MAX_CHOSEN, parseDay, parseGroups, parseList } from '@/lib/events/filter';
import { isMetricKey, MAX_PAGE, MAX_VALUE } from '../../_lib/query';
import { parseMins } from '../../outlets/(table)/state';
import type { GroupKey } from '@/lib/outlets/leans';

export interface Problem {
  param: string;
  message: string;
}

const INT_MAX = 2_147_483_647;

export const id = (what: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,9}$/, { error: `is not ${what} id (a positive whole number)` })
    .transform(Number)
    .refine((n) => n <= INT_MAX, { error: `is not ${what} id (too large)` })
    .meta({ description: `The id of ${what} (a positive whole number).`, example: '1' });

export const search = z.string().max(200, { error: 'is longer than 200 characters' }).transform((v) => v.trim() || null)
  .meta({ description: "Words to search for (web-search syntax: \"quoted phrase\", -word, or). Events: event titles and their articles' titles and text; articles: title and text; outlets: name.", example: 'harbour' });

const day = (what: string) =>
  z
    .string()
    .refine((v) => parseDay(v) !== null, { error: 'is not a date (YYYY-MM-DD)' })
    .transform((v) => parseDay(v)!)
    .meta({ description: what, format: 'date', example: '2024-03-01' });
export const from = day('First day (inclusive), YYYY-MM-DD.');
export const to = day('Last day (inclusive: the whole day), YYYY-MM-DD.');

export const outlets = z
  .string()
  .refine((v) => parseList(v) !== null, { error: `lists more than ${MAX_CHOSEN} outlets` })
  .transform((v) => parseList(v)!)
  .meta({ description: `Outlet slugs, comma-separated (at most ${MAX_CHOSEN}).`, example: 'daily-example,the-courier' });

export const groups = z
  .string()
  .refine((v) => v === '' || parseGroups(v) !== null, { error: `is not a list of groups (field:value, e.g. lean:left or type:wire; at most ${MAX_CHOSEN})` })
  .transform((v): GroupKey[] => (v === '' ? [] : parseGroups(v)!))
  .meta({ description: 'Outlet groups, comma-separated field:value pairs (lean:left, country:UK, type:wire, set:<name>, or any tag). Combined with `outlets` as a union.', example: 'lean:left,type:wire' });

export const voice = z
  .enum(VOICES, { error: `must be one of ${VOICES.join(', ')}` })
  .meta({ description: "Whose words the figures count: the outlet's own (writer, the default), the words it quotes (quoted), or both (all).", example: 'writer' });

export const metric = z
  .string()
  .refine(isMetricKey, { error: 'is not a metric key (e.g. hedge or sentiment.negative)' })
  .meta({ description: 'A metric key, as listed by /api/v1/metrics.', example: 'hedge' });

export const metricList = z
  .string()
  .refine((v) => v.split(',').every(isMetricKey), { error: 'is not a comma-separated list of metric keys' })
  .transform((v) => [...new Set(v.split(','))])
  .meta({ description: 'Only these metrics, comma-separated (default: all).', example: 'hedge,loaded' });

export const mins = z
  .string()
  .refine((v) => parseMins(v) !== null, { error: 'is not a list of metric:number' })
  .transform((v) => parseMins(v)!)
  .meta({ description: 'Minimum figures, comma-separated metric:number (as the framing table\'s `min`); an outlet without the figure is left out.', example: 'hedge:0.5' });

const count = (what: string) =>
  z
    .string()
    .regex(/^\d{1,12}$/, { error: 'must be a whole number, 0 or more' })
    .transform(Number)
    .meta({ description: what, example: '10' });
export const minArticles = count('Leave out outlets (or scopes) with fewer articles than this.');
export const minWords = count('Leave out outlets with fewer words than this.');

export const page = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, { error: `must be a whole number from 1 to ${MAX_PAGE}` })
  .transform(Number)
  .refine((n) => n <= MAX_PAGE, { error: `must be a whole number from 1 to ${MAX_PAGE}` })
  .meta({ description: 'Page number, from 1.', example: '1' });

export const perPage = (max: number) =>
  z
    .string()
    .regex(/^[1-9]\d{0,3}$/, { error: `must be a whole number from 1 to ${max}` })
    .transform(Number)
    .refine((n) => n <= max, { error: `must be a whole number from 1 to ${max}` })
    .meta({ description: `Items per page, 1 to ${max}.`, example: '50' });

export const sort = z.enum(EVENT_SORTS, { error: `must be one of ${EVENT_SORTS.join(', ')}` }).meta({ description: 'Event order (as the overview).', example: 'date' });

export const bool = (what: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1')
    .meta({ description: what, example: 'true' });

export const cursor = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}$/, { error: 'is not a cursor from this API (copy `next` from the previous page)' })
  .meta({ description: 'Where to continue: the `next` value of the previous page. Absent: from the start.' });

/** A cursor is the last row's key, as base64url JSON of whole numbers: opaque to clients, checked on the way back. */
export function encodeCursor(key: number[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(raw: string, length: number): number[] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === length && v.every((n) => Number.isInteger(n) && n >= 0 && n <= INT_MAX)) return v as number[];
  } catch {}
  return null;
}

export type QueryShape = Record<string, z.ZodType<unknown, string>>;

/**
 * Reads a request's query against a shape: every parameter at most once, none the endpoint does not take (a typo
 * would otherwise be silently ignored and answer a different question), each valid. All problems at once.
 */
export function parseQuery<S extends QueryShape>(shape: S, query: URLSearchParams): { ok: true; value: { [K in keyof S]?: z.output<S[K]> } } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw: Record<string, string> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    if (!(key in shape)) problems.push({ param: key, message: `is not a parameter of this endpoint (it takes ${Object.keys(shape).join(', ') || 'none'})` });
    else if (values.length > 1) problems.push({ param: key, message: `is given ${values.length} times; give it once` });
    else if (values[0].length > MAX_VALUE) problems.push({ param: key, message: `is longer than ${MAX_VALUE} characters` });
    // Postgres text cannot hold NUL: refused here rather than failing in the query.
    else if (values[0].includes('\u0000')) problems.push({ param: key, message: 'contains a NUL character (%00)' });
    // Empty means absent, as on the pages' forms.
    else if (values[0] !== '') raw[key] = values[0];
  }
  const parsed = z.object(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.optional()]))).safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push({ param: String(issue.path[0] ?? 'query'), message: issue.message });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: parsed.data as { [K in keyof S]?: z.output<S[K]> } };
}
