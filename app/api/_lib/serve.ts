/**
 * How every /api/v1 endpoint answers: parameters checked (400 naming each bad one, never a 500), the data computed,
 * wrapped with the run and analysis version it came from, and an ETag over the body, so a client polling with
 * If-None-Match gets 304 until the data changes.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { getCurrentRun, type RunInfo } from '@/lib/db/queries';
import { DATABASE_UNREACHABLE } from '@/lib/db/queries/unreachable';
import { ApiError, endpointAt, type Endpoint } from './endpoints';
import { parseQuery, type Problem } from './params';

const HEADERS = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } as const;

export function runMeta(run: RunInfo | null) {
  return {
    run: run ? { id: run.id, analysisVersion: run.version, articles: run.articles, startedAt: run.startedAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null } : null,
    analysisVersion: run?.version ?? null,
  };
}

export function errorResponse(status: number, message: string, problems: Problem[] = [], headers: Record<string, string> = {}): Response {
  return Response.json({ error: { status, message, problems } }, { status, headers: { ...HEADERS, 'cache-control': 'no-store', ...headers } });
}

export function badRequest(problems: Problem[]): Response {
  return errorResponse(400, `Bad request: ${problems.map((p) => `${p.param} ${p.message}`).join('; ')}`, problems);
}

/** A strong validator of the exact bytes. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match (RFC 9110 13.1.2): a list of tags or *, compared weakly. */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** A JSON answer with its ETag, or 304 when the client already has it. */
export function conditionalJson(request: Request, value: unknown, status = 200): Response {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  if (status === 200 && notModified(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: { ...HEADERS, etag } });
  return new Response(body, { status, headers: { ...HEADERS, 'content-type': 'application/json; charset=utf-8', etag } });
}

/** Known failures as answers; anything else is a bug and propagates (Next logs it and answers 500). */
export function failure(err: unknown): Response {
  if (err instanceof ApiError) return errorResponse(err.status, err.message, err.problems);
  if ((err as { digest?: string }).digest === DATABASE_UNREACHABLE) return errorResponse(503, 'Service unavailable: the database is unreachable.', [], { 'retry-after': '30' });
  throw err;
}

type Ctx = { params: Promise<Record<string, string>> };

/** A path segment as the pages read it (app/_lib/params.ts parseSlug): %-escapes decoded; a malformed one stays as is and fails its check. */
function decoded(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** The route handler of an endpoint: `export const GET = serve('/api/v1/outlets')`. */
export function serve(path: string) {
  const endpoint: Endpoint = endpointAt(path);
  return async function GET(request: Request, ctx?: Ctx): Promise<Response> {
    const url = new URL(request.url);
    const query = parseQuery(endpoint.query, url.searchParams);
    const rawPath = Object.fromEntries(Object.entries((await ctx?.params) ?? {}).map(([k, v]) => [k, decoded(v)]));
    const pathParsed = endpoint.pathParams ? parseQuery(endpoint.pathParams, new URLSearchParams(rawPath)) : { ok: true as const, value: {} };
    // A malformed id or slug in the path is no such thing: 404, as the pages answer.
    if (!pathParsed.ok) return errorResponse(404, `Not found: ${pathParsed.problems.map((p) => `${p.param} ${p.message}`).join('; ')}`, pathParsed.problems);
    if (!query.ok) return badRequest(query.problems);
    try {
      const [run, answer] = await Promise.all([getCurrentRun(), endpoint.run(query.value, pathParsed.value)]);
      return conditionalJson(request, { meta: runMeta(run), ...answer });
    } catch (err) {
      return failure(err);
    }
  };
}
