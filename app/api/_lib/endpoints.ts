/**
 * Every endpoint of /api/v1: its parameters, its answer's shape and how it is computed, from the same query
 * functions the pages use (lib/db/queries), so the API returns the figures the pages show. Route files
 * (app/api/v1/**\/route.ts) serve these by path; openapi.ts documents them; the contract test calls each.
 */
import 'server-only';
import { z } from 'zod';
import {
  blindspotEvents,
  coverageOf,
  getActorTable,
  getArticle,
  getArticleBody,
  getCorpusStats,
  getEventScope,
  getEvidence,
  getMetricKeys,
  getOutletStories,
  getOutlets,
  getStoryScope,
  listArticlesAfter,
  listEvents,
  listMarkersAfter,
  listRuns,
  listStories,
  sumArticleScores,
  getScopedRates,
  type ActorTable,
  type MarkerSpan,
  type OutletSummary,
  type Scope,
} from '@/lib/db/queries';
import { groupsOf, inGroup, type GroupKey } from '@/lib/outlets/leans';
import { DEFAULT_VOICE } from '@/lib/analysis/voice';
import { BLINDSPOT_SHARE, MAX_OTHER_SIDE, MIN_RATED } from '@/lib/outlets/blindspots';
import { buildCatalog, evidenceOf } from '../../_lib/catalog';
import { loadOutletFigures } from '../../_lib/figures';
import { chartContext, chartData, chartDefaults } from '../../charts/data';
import { parseSpec } from '../../charts/spec';
import { CHART_TYPES } from '../../charts/types/registry';
import * as P from './params';
import * as S from './schemas';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: P.Problem[] = [],
  ) {
    super(message);
  }
}

const notFound = (what: string) => new ApiError(404, `Not found: ${what}`);

export interface Answer {
  data: unknown;
  next?: string | null;
  page?: { page: number; perPage: number; total: number };
}

export interface Endpoint {
  path: string;
  summary: string;
  description?: string;
  tag: string;
  pathParams?: P.QueryShape;
  query: P.QueryShape;
  data: z.ZodType;
  paging?: 'cursor' | 'page';
  /** Parameters the contract test and the docs use as an example, beyond the defaults. */
  run(query: Record<string, any>, path: Record<string, any>): Promise<Answer>;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The outlets a filter keeps: named ones and every member of named groups; null when neither is given. */
export function chosen(all: OutletSummary[], slugs?: string[], groups?: GroupKey[]): OutletSummary[] | null {
  if (!slugs?.length && !groups?.length) return null;
  const unknown = (slugs ?? []).filter((s) => !all.some((o) => o.slug === s));
  if (unknown.length) throw new ApiError(400, `Bad request: outlets names no outlet ${unknown.map((s) => `"${s}"`).join(', ')} of this corpus`, [{ param: 'outlets', message: `no outlet ${unknown.join(', ')}` }]);
  return all.filter((o) => (slugs ?? []).includes(o.slug) || (groups ?? []).some((g) => inGroup(o, g)));
}

function outletMeta(o: OutletSummary) {
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    lean: o.lean,
    country: o.country,
    owner: o.owner,
    type: o.type,
    tags: (o.tags ?? {}) as Record<string, string>,
    sets: o.sets ?? [],
    articles: o.articles,
    words: o.words,
    firstDate: iso(o.firstDate),
    lastDate: iso(o.lastDate),
  };
}

const marker = (m: MarkerSpan) => ({
  articleId: m.articleId,
  sentenceIndex: m.sentenceIndex,
  family: m.family,
  label: m.label,
  start: m.start,
  end: m.end,
  text: m.text,
  rule: m.rule,
  weight: m.weight,
  attrs: m.attrs ?? null,
  voice: m.voice,
  speaker: m.speaker,
});

function actorRows(table: ActorTable, slugOf: Map<number, string>) {
  const relations = new Map(table.relations.map((r) => [r.actorId, r]));
  return table.rows.map((r) => ({
    actorId: r.actorId,
    name: r.name,
    kind: r.kind,
    outlet: slugOf.get(r.outletId) ?? String(r.outletId),
    mentions: r.mentions,
    sentiment: r.sentiment,
    low: r.low,
    high: r.high,
    positive: r.positive,
    negative: r.negative,
    quoted: r.quoted,
    names: table.names.filter((n) => n.actorId === r.actorId && n.outletId === r.outletId).map((n) => ({ text: n.text, kind: n.kind, n: n.n })),
    partOf: relations.get(r.actorId)?.partOf ?? [],
    parts: relations.get(r.actorId)?.parts ?? [],
  }));
}

/** Per-outlet figures within a scope, as the event and story pages compute them (the one pooled interval method for rates). */
export async function comparison(scope: Scope, minArticles = 0) {
  const [outlets, { keys }, figures] = await Promise.all([getOutlets(), getMetricKeys(), sumArticleScores(scope)]);
  const catalog = buildCatalog(keys);
  const rates = await getScopedRates(scope, catalog.metrics.filter((m) => m.kind === 'rate').map((m) => m.key));
  const by = new Map<number, { outlet: string; articles: number; words: number; figures: Record<string, z.infer<typeof S.ScopedFigure>> }>();
  const slugOf = new Map(outlets.map((o) => [o.id, o.slug]));
  for (const f of figures) {
    const meta = catalog.byKey.get(f.metric);
    if (!meta) continue;
    const row = by.get(f.outletId) ?? { outlet: slugOf.get(f.outletId) ?? String(f.outletId), articles: f.n, words: f.words, figures: {} };
    const r = meta.kind === 'rate' ? rates.get(`${f.outletId}:${f.metric}`) : undefined;
    // The value stays the observed rate (hits per 100 words), as on the pages; the interval is the pooled one.
    row.figures[f.metric] = { value: meta.kind === 'rate' ? (f.words > 0 ? (100 * f.count) / f.words : 0) : f.mean, low: r?.low ?? null, high: r?.high ?? null, count: f.count, words: f.words, articles: f.n };
    by.set(f.outletId, row);
  }
  return { outlets: [...by.values()].filter((o) => o.articles >= minArticles).sort((a, b) => a.outlet.localeCompare(b.outlet)) };
}

async function outletsWithFigures(q: Record<string, any>) {
  const figures = await loadOutletFigures(q.metrics, q.voice ?? DEFAULT_VOICE);
  const keep = chosen(figures.outlets, q.outlets, q.groups);
  const mins: Record<string, number> = q.min ?? {};
  return (keep ?? figures.outlets)
    .filter((o) => !q.q || o.name.toLowerCase().includes(q.q.toLowerCase()))
    .filter((o) => o.articles >= (q.minArticles ?? 0) && o.words >= (q.minWords ?? 0))
    .map((o) => {
      const f = figures.byOutlet.get(o.id) ?? new Map();
      return {
        ...outletMeta(o),
        figures: Object.fromEntries([...f.entries()].map(([k, x]) => [k, { value: x.value, low: x.low, high: x.high, n: x.n, unit: x.unit, count: x.count, words: x.words }])),
      };
    })
    .filter((o) => Object.entries(mins).every(([k, v]) => o.figures[k] !== undefined && o.figures[k].value >= v));
}

async function outletBySlug(slug: string): Promise<OutletSummary> {
  const o = (await getOutlets()).find((x) => x.slug === slug);
  if (!o) throw notFound(`no outlet "${slug}"`);
  return o;
}

const outletFilters = { outlets: P.outlets, groups: P.groups };
const slugParam = { slug: z.string().regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]{0,999}$/u, { error: 'is not an outlet slug' }).meta({ description: 'The outlet slug.' }) };

export const ENDPOINTS: Endpoint[] = [
  {
    path: '/api/v1/corpus',
    tag: 'Corpus',
    summary: 'Corpus summary',
    description: "The headline figures the overview shows: articles, outlets, words, sentences, markers, events, stories, undated articles.",
    query: {},
    data: z.object({ articles: z.number().int(), outlets: z.number().int(), words: z.number(), sentences: z.number(), markers: z.number(), events: z.number().int(), stories: z.number().int(), undated: z.number().int() }),
    async run() {
      const { run: _, ...stats } = await getCorpusStats();
      return { data: stats };
    },
  },
  {
    path: '/api/v1/metrics',
    tag: 'Corpus',
    summary: 'Metric and family definitions',
    description: 'Every metric key the data holds, with its family, kind (rate per 100 words, or measure) and names, in methodology order.',
    query: {},
    data: z.object({ families: z.array(S.Family), metrics: z.array(S.Metric) }),
    async run() {
      const catalog = buildCatalog((await getMetricKeys()).keys);
      return { data: { families: catalog.families.map((f) => ({ id: f.id, name: f.name, description: f.description, source: f.source })), metrics: catalog.metrics } };
    },
  },
  {
    path: '/api/v1/runs',
    tag: 'Corpus',
    summary: 'Scoring runs',
    description: 'The completed scoring runs remembered (the newest 20), newest first; runs a full rescore replaced are kept here so share links can name them.',
    query: {},
    data: z.array(S.Run),
    async run() {
      return { data: (await listRuns()).map((r) => ({ id: r.id, analysisVersion: r.version, articles: r.articles, startedAt: r.startedAt.toISOString(), finishedAt: iso(r.finishedAt) })) };
    },
  },
  {
    path: '/api/v1/outlets',
    tag: 'Outlets',
    summary: 'Outlets with metadata and figures',
    description: "Every outlet (as the framing table), with its figures and their 95% intervals and sample sizes, in name order.",
    query: { q: P.search, ...outletFilters, voice: P.voice, metrics: P.metricList, min: P.mins, minArticles: P.minArticles, minWords: P.minWords },
    data: z.array(S.Outlet),
    async run(q) {
      return { data: await outletsWithFigures(q) };
    },
  },
  {
    path: '/api/v1/outlets/{slug}',
    tag: 'Outlets',
    summary: 'One outlet',
    description: "The outlet profile: metadata, figures, the stories it covered most and its most mentioned actors.",
    pathParams: slugParam,
    query: { voice: P.voice },
    data: z.object({ outlet: S.Outlet, stories: z.array(z.object({ id: z.number().int(), title: z.string(), covered: z.number().int(), events: z.number().int(), articles: z.number().int() })), storiesTotal: z.number().int(), actors: z.array(S.ActorRow) }),
    async run(q, p) {
      const o = await outletBySlug(p.slug);
      const [[outlet], stories, actors] = await Promise.all([outletsWithFigures({ outlets: [o.slug], voice: q.voice }), getOutletStories(o.id, 50), getActorTable({ kind: 'outlet', id: o.id }, 12)]);
      return { data: { outlet, stories: stories.stories, storiesTotal: stories.total, actors: actorRows(actors, new Map([[o.id, o.slug]])) } };
    },
  },
  {
    path: '/api/v1/outlets/{slug}/evidence',
    tag: 'Evidence',
    summary: "The sentences behind an outlet's figure",
    description: "A page of the outlet's sentences holding the metric's markers (as its evidence page), every matching marker in them, and the most frequent matched words.",
    pathParams: slugParam,
    query: { metric: P.metric, voice: P.voice, page: P.page },
    data: z.object({ metric: z.string(), totalSentences: z.number().int(), totalMarkers: z.number().int(), words: z.array(z.object({ word: z.string(), n: z.number().int() })), sentences: z.array(S.EvidenceSentence) }),
    paging: 'page',
    async run(q, p) {
      if (!q.metric) throw new ApiError(400, 'Bad request: metric is required', [{ param: 'metric', message: 'is required' }]);
      const o = await outletBySlug(p.slug);
      const meta = buildCatalog((await getMetricKeys()).keys).byKey.get(q.metric);
      if (!meta) throw notFound(`no metric "${q.metric}" in this corpus`);
      const { family, label, hitLabel } = evidenceOf(meta);
      const page = q.page ?? 1;
      const ev = await getEvidence(o.id, family, label, page, q.voice ?? DEFAULT_VOICE, hitLabel);
      return {
        data: { metric: meta.key, totalSentences: ev.totalSentences, totalMarkers: ev.totalMarkers, words: ev.words, sentences: ev.sentences.map((s) => ({ ...s, publishedAt: iso(s.publishedAt), markers: s.markers.map(marker) })) },
        page: { page, perPage: 50, total: ev.totalSentences },
      };
    },
  },
  {
    path: '/api/v1/groups',
    tag: 'Outlets',
    summary: 'Outlet groups',
    description: 'Every group the outlets form (leans, named sets, type, country, owner, tags), with member slugs: the values the `groups` parameter takes.',
    query: {},
    data: z.array(S.Group),
    async run() {
      const outlets = await getOutlets();
      return { data: groupsOf(outlets).map((g) => ({ key: g.key, field: g.field, value: g.value, label: g.label, outlets: outlets.filter((o) => inGroup(o, g)).map((o) => o.slug) })) };
    },
  },
  {
    path: '/api/v1/events',
    tag: 'Events',
    summary: 'Events with coverage',
    description: 'Events matching the overview\'s filters, a page at a time, with which outlets covered each.',
    query: { q: P.search, from: P.from, to: P.to, ...outletFilters, story: P.id('a story'), sort: P.sort, page: P.page, perPage: P.perPage(200) },
    data: z.array(S.Event),
    paging: 'page',
    async run(q) {
      const outlets = await getOutlets();
      const keep = chosen(outlets, q.outlets, q.groups);
      const ids = keep ? keep.map((o) => o.id) : null;
      const page = q.page ?? 1;
      const perPage = q.perPage ?? 40;
      const { events, total } = await listEvents({ q: q.q ?? null, from: q.from ?? null, to: q.to ?? null, outletIds: ids, storyId: q.story ?? null, sort: q.sort ?? 'date' }, page, perPage);
      const cover = await coverageOf(events.map((e) => e.id), ids);
      const slugOf = new Map(outlets.map((o) => [o.id, o.slug]));
      return {
        data: events.map((e) => ({
          ...e,
          startDate: iso(e.startDate),
          coverage: cover.filter((c) => c.eventId === e.id).map((c) => ({ outlet: slugOf.get(c.outletId) ?? String(c.outletId), articles: c.articles, firstArticleId: c.firstId, firstArticleTitle: c.firstTitle })),
        })),
        page: { page, perPage, total },
      };
    },
  },
  {
    path: '/api/v1/events/{id}',
    tag: 'Events',
    summary: 'One event, compared across outlets',
    pathParams: { id: P.id('an event') },
    query: { minArticles: P.minArticles },
    data: z.object({ id: z.number().int(), title: z.string(), startDate: dateOrNull(), story: z.object({ id: z.number().int(), title: z.string() }).nullable(), comparison: S.Comparison, actors: z.array(S.ActorRow) }),
    async run(q, p) {
      const e = await getEventScope(p.id);
      if (!e) throw notFound(`no event ${p.id}`);
      const scope: Scope = { kind: 'event', id: e.id };
      const [cmp, actors, outlets] = await Promise.all([comparison(scope, q.minArticles), getActorTable(scope, 12), getOutlets()]);
      return { data: { id: e.id, title: e.title, startDate: iso(e.startDate), story: e.story, comparison: cmp, actors: actorRows(actors, new Map(outlets.map((o) => [o.id, o.slug]))) } };
    },
  },
  {
    path: '/api/v1/blindspots',
    tag: 'Events',
    summary: 'Blindspots',
    description: `Events covered mostly by one side, as /blindspots: at least ${MIN_RATED} outlets with a lean covered the event, at least ${BLINDSPOT_SHARE * 100}% of them on one side, at most ${MAX_OTHER_SIDE} on the other; newest first, at most 200.`,
    query: { q: P.search, from: P.from, to: P.to, ...outletFilters },
    data: z.object({
      total: z.number().int().meta({ description: 'Events that qualify (the list holds at most 200).' }),
      thresholds: z.object({ share: z.number(), minRated: z.number().int(), maxOther: z.number().int() }),
      events: z.array(z.object({ id: z.number().int(), title: z.string(), startDate: S.dateTime.nullable(), side: z.enum(['left', 'right']), left: z.number().int(), center: z.number().int(), right: z.number().int(), unrated: z.number().int() })),
    }),
    async run(q) {
      const outlets = await getOutlets();
      const keep = chosen(outlets, q.outlets, q.groups);
      const thresholds = { share: BLINDSPOT_SHARE, minRated: MIN_RATED, maxOther: MAX_OTHER_SIDE };
      const { events, total } = await blindspotEvents({ q: q.q ?? null, from: q.from ?? null, to: q.to ?? null, outletIds: keep ? keep.map((o) => o.id) : null, sort: 'date' }, keep ? keep.map((o) => o.id) : null, thresholds, 200);
      return { data: { total, thresholds, events: events.map((e) => ({ ...e, startDate: iso(e.startDate), side: e.left > e.right ? ('left' as const) : ('right' as const) })) } };
    },
  },
  {
    path: '/api/v1/stories',
    tag: 'Events',
    summary: 'Stories',
    description: 'Stories (groups of events) with their sizes, latest first.',
    query: { q: P.search, page: P.page, perPage: P.perPage(200) },
    data: z.array(S.Story),
    paging: 'page',
    async run(q) {
      const page = q.page ?? 1;
      const perPage = q.perPage ?? 50;
      const { stories, total } = await listStories(q.q ?? null, page, perPage);
      return { data: stories.map((s) => ({ ...s, firstDate: iso(s.firstDate), lastDate: iso(s.lastDate) })), page: { page, perPage, total } };
    },
  },
  {
    path: '/api/v1/stories/{id}',
    tag: 'Events',
    summary: 'One story, compared across outlets',
    pathParams: { id: P.id('a story') },
    query: { minArticles: P.minArticles },
    data: z.object({ id: z.number().int(), title: z.string(), events: z.array(z.object({ id: z.number().int(), title: z.string(), startDate: dateOrNull(), articles: z.number().int() })), comparison: S.Comparison, actors: z.array(S.ActorRow) }),
    async run(q, p) {
      const s = await getStoryScope(p.id);
      if (!s) throw notFound(`no story ${p.id}`);
      const scope: Scope = { kind: 'story', id: s.id };
      const [cmp, actors, outlets] = await Promise.all([comparison(scope, q.minArticles), getActorTable(scope, 12), getOutlets()]);
      return { data: { id: s.id, title: s.title, events: s.events.map((e) => ({ ...e, startDate: iso(e.startDate) })), comparison: cmp, actors: actorRows(actors, new Map(outlets.map((o) => [o.id, o.slug]))) } };
    },
  },
  {
    path: '/api/v1/compare',
    tag: 'Outlets',
    summary: 'Outlets compared within a scope',
    description: 'Per-outlet figures summed from article scores, with the pooled 95% interval of rates (methodology: Intervals): the whole corpus, or one event or story.',
    query: { event: P.id('an event'), story: P.id('a story'), minArticles: P.minArticles },
    data: S.Comparison,
    async run(q) {
      if (q.event && q.story) throw new ApiError(400, 'Bad request: give event or story, not both', [{ param: 'story', message: 'cannot be given with event' }]);
      const scope: Scope = q.event ? { kind: 'event', id: q.event } : q.story ? { kind: 'story', id: q.story } : { kind: 'all' };
      if (scope.kind === 'event' && !(await getEventScope(scope.id))) throw notFound(`no event ${scope.id}`);
      if (scope.kind === 'story' && !(await getStoryScope(scope.id))) throw notFound(`no story ${scope.id}`);
      return { data: await comparison(scope, q.minArticles) };
    },
  },
  {
    path: '/api/v1/articles',
    tag: 'Articles',
    summary: 'Articles with their figures',
    description: 'Articles in id order, a page at a time by cursor (complete: follow `next` until null), with their scores; bodies with body=true.',
    query: { q: P.search, from: P.from, to: P.to, ...outletFilters, event: P.id('an event'), story: P.id('a story'), body: P.bool('Include each article\'s whole text.'), limit: P.perPage(1000), cursor: P.cursor },
    data: z.array(S.ArticleSummary),
    paging: 'cursor',
    async run(q) {
      const outlets = await getOutlets();
      const keep = chosen(outlets, q.outlets, q.groups);
      const after = q.cursor ? P.decodeCursor(q.cursor, 1) : [0];
      if (!after) throw new ApiError(400, 'Bad request: cursor is not a cursor from this endpoint', [{ param: 'cursor', message: 'is not a cursor from this endpoint' }]);
      const limit = q.limit ?? 100;
      const rows = await listArticlesAfter(articleFilter(q, keep), after[0], limit, q.body === true);
      const slugOf = new Map(outlets.map((o) => [o.id, o.slug]));
      return { data: rows.map((r) => articleSummary(r, slugOf)), next: rows.length === limit ? P.encodeCursor([rows.at(-1)!.id]) : null };
    },
  },
  {
    path: '/api/v1/articles/{id}',
    tag: 'Articles',
    summary: 'One article',
    description: 'Metadata, figures, sizes and where it sits (event, story); the whole text with body=true.',
    pathParams: { id: P.id('an article') },
    query: { body: P.bool("Include the article's whole text.") },
    data: z.object({
      ...S.ArticleSummary.shape,
      outletName: z.string(),
      sourceFile: z.string(),
      analysedTo: z.number().int().nullable().meta({ description: 'Where the analysis stopped (a text over the word limit), or null: all of it.' }),
      sentences: z.number().int(),
      markers: z.number().int(),
      parts: z.number().int().meta({ description: 'Parts of the text /sentences serves (part=1…parts).' }),
    }),
    async run(q, p) {
      const a = await getArticle(p.id);
      if (!a) throw notFound(`no article ${p.id}`);
      const body = q.body ? await getArticleBody(a.id) : undefined;
      return {
        data: {
          id: a.id,
          outlet: a.outlet.slug,
          outletName: a.outlet.name,
          title: a.title,
          url: a.url,
          publishedAt: iso(a.publishedAt),
          words: a.words,
          eventId: a.event?.id ?? null,
          storyId: a.story?.id ?? null,
          scores: Object.fromEntries(a.scores.map((s) => [s.metric, { count: s.count, value: s.value }])),
          ...(body !== undefined && body !== null ? { body } : {}),
          sourceFile: a.sourceFile,
          analysedTo: a.analysedTo,
          sentences: a.totalSentences,
          markers: a.totalMarkers,
          parts: a.parts,
        },
      };
    },
  },
  {
    path: '/api/v1/articles/{id}/sentences',
    tag: 'Evidence',
    summary: "An article's sentences with their markers",
    description: 'One part of the text at a time (as the article page), each sentence with its scores and the markers in it.',
    pathParams: { id: P.id('an article') },
    query: { part: P.page.meta({ description: 'Which part of the text, from 1 (see the article\'s `parts`).', example: '1' }) },
    data: z.object({ articleId: z.number().int(), part: z.number().int(), parts: z.number().int(), sentences: z.array(S.Sentence) }),
    async run(q, p) {
      const a = await getArticle(p.id, { part: q.part ?? 1 });
      if (!a) throw notFound(`no article ${p.id}`);
      if ((q.part ?? 1) > a.parts) throw notFound(`article ${p.id} has ${a.parts} part(s)`);
      return {
        data: {
          articleId: a.id,
          part: a.part,
          parts: a.parts,
          sentences: a.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text, sentiment: s.sentiment, loaded: s.loaded, frames: s.frames, markers: a.markers.filter((m) => m.sentenceIndex === s.index).map(marker) })),
        },
      };
    },
  },
  {
    path: '/api/v1/markers',
    tag: 'Evidence',
    summary: 'Markers (the evidence), complete',
    description: 'Every marker matching the filters, in (article, ordinal) order, a page at a time by cursor.',
    query: { ...outletFilters, article: P.id('an article'), family: z.string().regex(/^[a-z][a-z0-9_-]{0,40}$/, { error: 'is not a marker family (e.g. hedge)' }).meta({ description: 'Marker family, e.g. hedge.' }), label: z.string().max(80, { error: 'is longer than 80 characters' }).meta({ description: 'Marker label within the family.' }), voice: P.voice, limit: P.perPage(5000), cursor: P.cursor },
    data: z.array(S.ListedMarker),
    paging: 'cursor',
    async run(q) {
      const outlets = await getOutlets();
      const keep = chosen(outlets, q.outlets, q.groups);
      const after = q.cursor ? P.decodeCursor(q.cursor, 3) : null;
      if (q.cursor && !after) throw new ApiError(400, 'Bad request: cursor is not a cursor from this endpoint', [{ param: 'cursor', message: 'is not a cursor from this endpoint' }]);
      const limit = q.limit ?? 1000;
      const rows = await listMarkersAfter(markerFilter(q, keep), after ? { articleId: after[0], n: after[1], runId: after[2] } : null, limit);
      const slugOf = new Map(outlets.map((o) => [o.id, o.slug]));
      const last = rows.at(-1);
      return { data: rows.map((m) => listedMarker(m, slugOf)), next: rows.length === limit && last ? P.encodeCursor([last.articleId, last.n, last.runId]) : null };
    },
  },
  {
    path: '/api/v1/actors',
    tag: 'Actors',
    summary: 'Actors and per-outlet actor figures',
    description: 'The most mentioned actors of the corpus, an outlet, an event or a story, per outlet: mentions, sentiment toward them and what each outlet calls them.',
    query: {
      outlet: slugParam.slug.meta({ description: 'Only this outlet.' }),
      event: P.id('an event'),
      story: P.id('a story'),
      limit: P.perPage(100),
      rollup: P.bool('Fold each institution into what it is part of (White House, Senate → United States), as the pages\' "rolled into their whole" view (their ?actors=rollup).'),
    },
    data: z.array(S.ActorRow),
    async run(q) {
      const given = [q.outlet, q.event, q.story].filter((x) => x !== undefined).length;
      if (given > 1) throw new ApiError(400, 'Bad request: give at most one of outlet, event, story', [{ param: 'outlet', message: 'give at most one of outlet, event, story' }]);
      const outlets = await getOutlets();
      let scope: Scope = { kind: 'all' };
      if (q.outlet) scope = { kind: 'outlet', id: (await outletBySlug(q.outlet)).id };
      if (q.event) scope = { kind: 'event', id: q.event };
      if (q.story) scope = { kind: 'story', id: q.story };
      const table = await getActorTable(scope, q.limit ?? 12, { rollup: q.rollup ?? false });
      return { data: actorRows(table, new Map(outlets.map((o) => [o.id, o.slug]))) };
    },
  },
  {
    path: '/api/v1/charts',
    tag: 'Charts',
    summary: "A chart's data",
    description: 'The data a chart on /charts draws, for the same parameters as its permalink.',
    query: {
      type: z.enum(CHART_TYPES, { error: `must be one of ${CHART_TYPES.join(', ')}` }).meta({ description: 'Chart type.', example: 'bars' }),
      metric: P.metric,
      x: P.metric.meta({ description: 'Scatter: the x metric.' }),
      y: P.metric.meta({ description: 'Scatter: the y metric.' }),
      outlets: z.string().refine((v) => P.outlets.safeParse(v).success, { error: 'lists more than 40 outlets' }).meta({ description: 'Outlet slugs to draw, comma-separated.' }),
      groups: z.string().refine((v) => P.groups.safeParse(v).success, { error: 'is not a list of groups (field:value)' }).meta({ description: 'Groups to draw, comma-separated field:value.' }),
      run: z.string().regex(/^[1-9]\d{0,9}$/, { error: 'is not a scoring run id (a positive whole number)' }).meta({ description: "The run a chart permalink was made on (its `run=`): accepted so a permalink's query works here; the answer is always the current figures, named in meta.run." }),
    },
    data: S.ChartData,
    async run(q) {
      const ctx = await chartContext();
      const { spec, unknown } = parseSpec(q, ctx.figures.catalog.metrics.map((m) => m.key), chartDefaults(ctx));
      if (unknown.length) throw notFound(`no metric ${unknown.map((k) => `"${k}"`).join(', ')} in this corpus`);
      return { data: await chartData(spec, ctx) };
    },
  },
];

function dateOrNull() {
  return S.dateTime.nullable();
}

export function articleFilter(q: Record<string, any>, keep: OutletSummary[] | null) {
  return { outletIds: keep ? keep.map((o) => o.id) : null, from: q.from ?? null, to: q.to ?? null, eventId: q.event ?? null, storyId: q.story ?? null, q: q.q ?? null };
}

export function markerFilter(q: Record<string, any>, keep: OutletSummary[] | null) {
  return { outletIds: keep ? keep.map((o) => o.id) : null, articleId: q.article ?? null, family: q.family ?? null, label: q.label ?? null, voice: q.voice && q.voice !== 'all' ? q.voice : null };
}

export function articleSummary(r: Awaited<ReturnType<typeof listArticlesAfter>>[number], slugOf: Map<number, string>) {
  return {
    id: r.id,
    outlet: slugOf.get(r.outletId) ?? r.outletSlug,
    title: r.title,
    url: r.url,
    publishedAt: iso(r.publishedAt),
    words: r.words,
    eventId: r.eventId,
    storyId: r.storyId,
    scores: r.scores,
    ...(r.body !== undefined ? { body: r.body } : {}),
  };
}

export function listedMarker(m: Awaited<ReturnType<typeof listMarkersAfter>>[number], slugOf: Map<number, string>) {
  return { ...marker(m), outlet: slugOf.get(m.outletId) ?? String(m.outletId), runId: m.runId, n: m.n };
}

export function endpointAt(path: string): Endpoint {
  const e = ENDPOINTS.find((x) => x.path === path);
  if (!e) throw new Error(`no endpoint ${path}`);
  return e;
}
