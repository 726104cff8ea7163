/**
 * The query parameters each page accepts: one definition, read by proxy.ts (which answers 400 before anything
 * renders, so the status code is real) and by the pages (which parse the same values, and fall back to a 404 if a
 * request ever reaches them unchecked). Only the form is checked here, without the database: whether a well-formed
 * metric exists in this corpus is the page's question, answered with a 404.
 * Pure: no Next, React or database imports, so the proxy bundle stays small.
 */
import { parseCols, parseMins, parseSort } from '../outlets/(table)/state';
import { minimumProblem } from '../outlets/(table)/size';
import { CHART_TYPES } from '../charts/spec';
import { parseVoice, VOICES } from '@/lib/analysis/voice';
import { EVENT_SORTS, isSort, MAX_CHOSEN, parseDay, parseGroups, parseList, parseStory } from '@/lib/events/filter';

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ParamDef {
  name: string;
  required?: boolean;
  /** What is wrong with a value, or null when it is acceptable. */
  check(value: string): string | null;
}

export interface RouteQuery {
  params: ParamDef[];
  /** Where "start over" goes: the same page without the bad state. */
  reset(pathname: string): string;
}

export interface Problem {
  param: string;
  message: string;
}

/** Longest value any parameter takes; longer ones are refused before parsing. */
export const MAX_VALUE = 2000;
export const MAX_PAGE = 100_000;

/** A 1-based page number: absent or empty → 1; anything else must be 1…MAX_PAGE in plain digits. */
export function parsePage(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= MAX_PAGE ? n : null;
}

/** Valid metric key syntax (e.g. hedge, sentiment.negative, frame.economic). */
export function isMetricKey(s: string): boolean {
  return s.length <= 80 && /^[a-z][a-z0-9-]*(\.[a-z0-9_-]+)?$/.test(s);
}

const page: ParamDef = { name: 'page', check: (v) => (parsePage(v) === null ? `must be a whole number from 1 to ${MAX_PAGE}` : null) };

const metricParam = (name: string, required = false): ParamDef => ({
  name,
  required,
  // Empty means "the default" where the parameter is optional.
  check: (v) => (v === '' && !required ? null : isMetricKey(v) ? null : 'is not a metric key (e.g. hedge or sentiment.negative)'),
});

/** Whose words the figures count: the outlet's own (default), the words it quotes, or all (lib/analysis/voice.ts). */
const voice: ParamDef = { name: 'voice', check: (v) => (parseVoice(v) === null ? `must be one of ${VOICES.join(', ')}` : null) };

/** How actor tables show parts of a whole: each actor on its own row (default) or parts rolled into their whole. */
export const ACTOR_VIEWS = ['each', 'rollup'] as const;
const actorView: ParamDef = { name: 'actors', check: (v) => (v === '' || (ACTOR_VIEWS as readonly string[]).includes(v) ? null : `must be one of ${ACTOR_VIEWS.join(', ')}`) };

const day = (name: string): ParamDef => ({ name, check: (v) => (v === '' || parseDay(v) ? null : 'is not a date (YYYY-MM-DD)') });
const outletList: ParamDef = { name: 'outlets', check: (v) => (parseList(v) ? null : `lists more than ${MAX_CHOSEN} outlets`) };
const groupList: ParamDef = {
  name: 'groups',
  check: (v) => (v === '' || parseGroups(v) ? null : `is not a list of groups (field:value, e.g. lean:left or type:wire; at most ${MAX_CHOSEN})`),
};
const searchText: ParamDef = { name: 'q', check: (v) => (v.length > 200 ? 'is longer than 200 characters' : null) };
const eventFilters = [searchText, day('from'), day('to'), outletList, groupList];

export const OVERVIEW_QUERY: RouteQuery = {
  params: [page, ...eventFilters, { name: 'story', check: (v) => (v === '' || parseStory(v) ? null : 'is not a story id (a positive whole number)') }, { name: 'sort', check: (v) => (v === '' || isSort(v) ? null : `must be one of ${EVENT_SORTS.join(', ')}`) }],
  reset: () => '/',
};

export const BLINDSPOTS_QUERY: RouteQuery = { params: [...eventFilters], reset: () => '/blindspots' };

/** An article's page: which part of a long text (`part`), or the part holding sentence `s` (0-based index). */
export const ARTICLE_QUERY: RouteQuery = {
  params: [
    { name: 'part', check: (v) => (parsePage(v) === null ? `must be a whole number from 1 to ${MAX_PAGE}` : null) },
    { name: 's', check: (v) => (/^(0|[1-9]\d{0,6})$/.test(v) ? null : 'must be a sentence number (0 or more, plain digits)') },
  ],
  reset: (p) => p,
};

export const OUTLET_QUERY: RouteQuery = {
  params: [page, voice, actorView, metricParam('metric'), { name: 'minArticles', check: minimumProblem }, { name: 'minWords', check: minimumProblem }],
  reset: (p) => p,
};

export const EVIDENCE_QUERY: RouteQuery = {
  params: [metricParam('metric', true), page, voice],
  reset: (p) => p.replace(/\/evidence$/, ''),
};

export const TABLE_QUERY: RouteQuery = {
  params: [
    { name: 'sort', check: (v) => (parseSort(v) ? null : 'is not a list of column:asc or column:desc (at most 8, each column once)') },
    { name: 'min', check: (v) => (parseMins(v) ? null : 'is not a list of metric:number') },
    { name: 'cols', check: (v) => (parseCols(v) ? null : 'is not a list of metric keys') },
    { name: 'q', check: (v) => (v.length > 200 ? 'is longer than 200 characters' : null) },
    { name: 'minArticles', check: minimumProblem },
    { name: 'minWords', check: minimumProblem },
    voice,
  ],
  reset: () => '/outlets',
};

export const CHART_QUERY: RouteQuery = {
  params: [
    { name: 'type', check: (v) => ((CHART_TYPES as readonly string[]).includes(v) ? null : `must be one of ${CHART_TYPES.join(', ')}`) },
    metricParam('metric'),
    metricParam('x'),
    metricParam('y'),
    outletList,
    groupList,
    { name: 'run', check: (v) => (v === '' || parseStory(v) ? null : 'is not a scoring run id (a positive whole number)') },
  ],
  reset: () => '/charts',
};

/** One side of /compare: an outlet's slug or name, or a group field:value. */
const sideParam = (name: string): ParamDef => ({ name, check: (v) => (v.length > 200 ? 'is longer than 200 characters' : null) });

export const COMPARE_QUERY: RouteQuery = { params: [sideParam('a'), sideParam('b'), metricParam('metric'), voice], reset: () => '/compare' };

const NO_QUERY: RouteQuery = { params: [], reset: (p) => p };

/** An event's or a story's comparison: only the actor table's view. */
export const SCOPE_QUERY: RouteQuery = { params: [actorView], reset: (p) => p };

/** The query definition of a page or route handler by its path, or null for paths the app does not serve. */
export function routeQuery(pathname: string): RouteQuery | null {
  if (pathname === '/') return OVERVIEW_QUERY;
  // The table's CSV export takes the table's own state. Matched before the outlet slugs below (a slug has no dot).
  if (pathname === '/outlets' || pathname === '/outlets/export.csv') return TABLE_QUERY;
  if (pathname === '/charts' || pathname === '/charts/og') return CHART_QUERY;
  if (pathname === '/methodology') return NO_QUERY;
  if (pathname === '/compare' || pathname === '/compare/export.csv' || pathname === '/compare/og') return COMPARE_QUERY;
  if (pathname === '/blindspots') return BLINDSPOTS_QUERY;
  if (/^\/articles\/[^/]+$/.test(pathname)) return ARTICLE_QUERY;
  if (/^\/(events|stories)\/[^/]+$/.test(pathname)) return SCOPE_QUERY;
  if (/^\/outlets\/[^/]+$/.test(pathname)) return OUTLET_QUERY;
  if (/^\/outlets\/[^/]+\/evidence$/.test(pathname)) return EVIDENCE_QUERY;
  return null;
}

/**
 * What is wrong with the path itself: a malformed %-escape (a stray %, or bytes that are not UTF-8) cannot be a
 * route parameter, and Next answers 500 when it tries to decode one.
 */
export function pathProblems(pathname: string): Problem[] {
  try {
    decodeURIComponent(pathname);
    return [];
  } catch {
    return [{ param: 'path', message: 'has a malformed %-escape (a % must be followed by two hex digits that encode UTF-8)' }];
  }
}

/** The values of one parameter, from either URLSearchParams (proxy) or Next's searchParams object (pages). */
function valuesOf(query: URLSearchParams | SearchParams, name: string): string[] {
  if (query instanceof URLSearchParams) return query.getAll(name);
  const v = query[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function isEmpty(query: URLSearchParams | SearchParams): boolean {
  return query instanceof URLSearchParams ? query.size === 0 : Object.keys(query).length === 0;
}

/**
 * What is wrong with a request's query, one problem per bad parameter. Parameters a page does not declare are
 * ignored: Next adds its own (_rsc) and links from elsewhere carry tracking ones.
 */
export function queryProblems(route: RouteQuery, query: URLSearchParams | SearchParams): Problem[] {
  const problems: Problem[] = [];
  for (const def of route.params) {
    const values = valuesOf(query, def.name);
    if (values.length === 0) {
      // A query with no parameter at all is what the client router's prefetches send (it strips the query, and
      // Next hides its prefetch headers from the proxy): let those through; the page answers 404 if it renders.
      if (def.required && !isEmpty(query)) problems.push({ param: def.name, message: 'is required' });
      continue;
    }
    // Repeated keys would mean two states at once; pages would silently pick one.
    if (values.length > 1) {
      problems.push({ param: def.name, message: `is given ${values.length} times; give it once` });
      continue;
    }
    const value = values[0];
    if (value.length > MAX_VALUE) {
      problems.push({ param: def.name, message: `is longer than ${MAX_VALUE} characters` });
      continue;
    }
    const message = def.check(value);
    if (message) problems.push({ param: def.name, message });
  }
  return problems;
}

/** The single value of a query parameter (the checks above have refused repeats). */
export function one(sp: SearchParams, key: string): string | undefined {
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v;
}
