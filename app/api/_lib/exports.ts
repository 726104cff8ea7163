/**
 * Complete downloads of every view: GET /api/v1/export/<view>?format=csv|json|jsonl with the view's own filters. Rows
 * are read a page at a time and written as the client takes them (a ReadableStream pulled by the response), so a
 * list of any length is complete and the server holds one page at a time. Every file names the run, the analysis
 * version, the filters and the date: CSV in leading # lines, JSON under meta, JSON Lines on its first line.
 */
import 'server-only';
import { getCurrentRun, getMetricKeys, getOutlets, listArticlesAfter, listEvents, listMarkersAfter, listStories, type Scope } from '@/lib/db/queries';
import { buildCatalog } from '../../_lib/catalog';
import { csvField } from '../../outlets/(table)/model';
import { chartContext, chartData, chartDefaults } from '../../charts/data';
import { parseSpec } from '../../charts/spec';
import { ApiError, articleFilter, chosen, comparison, ENDPOINTS, markerFilter } from './endpoints';
import * as P from './params';
import { badRequest, errorResponse, failure, runMeta } from './serve';

export const FORMATS = ['csv', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];
type Row = Record<string, string | number | boolean | null>;

export interface ExportView {
  name: string;
  summary: string;
  query: P.QueryShape;
  /** The columns, known before the first row (from the catalog where they are per metric). */
  columns(q: Record<string, any>): Promise<string[]>;
  /** Pages of rows, in order; an empty page ends the export. */
  rows(q: Record<string, any>): AsyncGenerator<Row[]>;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const endpointQuery = (path: string) => ENDPOINTS.find((e) => e.path === path)!.query;
/** Rows per database read: big enough to be quick, small enough that a page is a few MB at most. */
const PAGE = 2000;
/** Articles carry every metric (about a hundred scores each): smaller pages, so the first bytes come sooner. */
const ARTICLE_PAGE = 500;

async function* once(rows: () => Promise<Row[]>): AsyncGenerator<Row[]> {
  yield await rows();
}

export const EXPORT_VIEWS: ExportView[] = [
  {
    name: 'outlets',
    summary: 'Every outlet figure: one row per outlet and metric, with the interval, its units and the words and hits behind it (the framing table, complete).',
    query: endpointQuery('/api/v1/outlets'),
    async columns() {
      return ['outlet', 'name', 'lean', 'country', 'owner', 'type', 'articles', 'words', 'metric', 'value', 'low', 'high', 'n', 'unit', 'count', 'metric words'];
    },
    rows: (q) =>
      once(async () => {
        const outlets = (await ENDPOINTS.find((e) => e.path === '/api/v1/outlets')!.run(q, {})).data as Array<{ slug: string; name: string; lean: string | null; country: string | null; owner: string | null; type: string | null; articles: number; words: number; figures: Record<string, { value: number; low: number | null; high: number | null; n: number; unit: string; count: number; words: number }> }>;
        return outlets.flatMap((o) =>
          Object.entries(o.figures).map(([metric, f]) => ({ outlet: o.slug, name: o.name, lean: o.lean, country: o.country, owner: o.owner, type: o.type, articles: o.articles, words: o.words, metric, value: f.value, low: f.low, high: f.high, n: f.n, unit: f.unit, count: f.count, 'metric words': f.words })),
        );
      }),
  },
  {
    name: 'compare',
    summary: 'Outlets compared within the corpus, an event or a story: one row per outlet and metric, with the pooled 95% interval of rates, articles and words.',
    query: endpointQuery('/api/v1/compare'),
    async columns() {
      return ['outlet', 'metric', 'value', 'low', 'high', 'count', 'words', 'articles'];
    },
    rows: (q) =>
      once(async () => {
        if (q.event && q.story) throw new ApiError(400, 'Bad request: give event or story, not both', [{ param: 'story', message: 'cannot be given with event' }]);
        const scope: Scope = q.event ? { kind: 'event', id: q.event } : q.story ? { kind: 'story', id: q.story } : { kind: 'all' };
        const { outlets } = await comparison(scope, q.minArticles);
        return outlets.flatMap((o) => Object.entries(o.figures).map(([metric, f]) => ({ outlet: o.outlet, metric, value: f.value, low: f.low, high: f.high, count: f.count, words: f.words, articles: f.articles })));
      }),
  },
  {
    name: 'events',
    summary: 'Every event matching the filters, with its story, covering outlets by lean, articles and the covering outlets.',
    query: (({ page: _p, perPage: _pp, ...rest }) => rest)(endpointQuery('/api/v1/events')),
    async columns() {
      return ['id', 'title', 'startDate', 'storyId', 'storyTitle', 'outlets', 'articles', 'left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'];
    },
    async *rows(q) {
      const all = await getOutlets();
      const keep = chosen(all, q.outlets, q.groups);
      const filter = { q: q.q ?? null, from: q.from ?? null, to: q.to ?? null, outletIds: keep ? keep.map((o) => o.id) : null, storyId: q.story ?? null, sort: q.sort ?? 'date' };
      for (let page = 1; ; page++) {
        const { events } = await listEvents(filter, page, PAGE);
        if (!events.length) return;
        yield events.map((e) => ({ id: e.id, title: e.title, startDate: iso(e.startDate), storyId: e.storyId, storyTitle: e.storyTitle, outlets: e.outlets, articles: e.articles, ...e.leans }));
        if (events.length < PAGE) return;
      }
    },
  },
  {
    name: 'blindspots',
    summary: 'Events covered mostly by one side (as /blindspots), with the covering outlets counted by side.',
    query: endpointQuery('/api/v1/blindspots'),
    async columns() {
      return ['id', 'title', 'startDate', 'side', 'left', 'center', 'right', 'unrated'];
    },
    rows: (q) =>
      once(async () => ((await ENDPOINTS.find((e) => e.path === '/api/v1/blindspots')!.run(q, {})).data as { events: Row[] }).events),
  },
  {
    name: 'stories',
    summary: 'Every story, with its events, articles, outlets and dates.',
    query: { q: P.search },
    async columns() {
      return ['id', 'title', 'events', 'articles', 'outlets', 'firstDate', 'lastDate'];
    },
    async *rows(q) {
      for (let page = 1; ; page++) {
        const { stories } = await listStories(q.q ?? null, page, PAGE);
        if (!stories.length) return;
        yield stories.map((s) => ({ ...s, firstDate: iso(s.firstDate), lastDate: iso(s.lastDate) }));
        if (stories.length < PAGE) return;
      }
    },
  },
  {
    name: 'articles',
    summary: "Every article matching the filters, with its metadata and each metric's value and count as columns (body with body=true).",
    query: (({ limit: _l, cursor: _c, ...rest }) => rest)(endpointQuery('/api/v1/articles')),
    async columns(q) {
      const metrics = buildCatalog((await getMetricKeys()).keys).metrics.map((m) => m.key);
      return ['id', 'outlet', 'title', 'url', 'publishedAt', 'words', 'eventId', 'storyId', ...metrics.flatMap((m) => [m, `${m} count`]), ...(q.body ? ['body'] : [])];
    },
    async *rows(q) {
      const all = await getOutlets();
      const slugOf = new Map(all.map((o) => [o.id, o.slug]));
      const filter = articleFilter(q, chosen(all, q.outlets, q.groups));
      let after = 0;
      for (;;) {
        const rows = await listArticlesAfter(filter, after, ARTICLE_PAGE, q.body === true);
        if (!rows.length) return;
        yield rows.map((r) => {
          const row: Row = { id: r.id, outlet: slugOf.get(r.outletId) ?? r.outletSlug, title: r.title, url: r.url, publishedAt: iso(r.publishedAt), words: r.words, eventId: r.eventId, storyId: r.storyId };
          for (const [m, s] of Object.entries(r.scores)) {
            row[m] = s.value;
            row[`${m} count`] = s.count;
          }
          if (q.body) row.body = r.body ?? null;
          return row;
        });
        after = rows.at(-1)!.id;
        if (rows.length < ARTICLE_PAGE) return;
      }
    },
  },
  {
    name: 'markers',
    summary: 'Every marker (the evidence behind the figures) matching the filters, with its article, sentence, offsets and matched text.',
    query: (({ limit: _l, cursor: _c, ...rest }) => rest)(endpointQuery('/api/v1/markers')),
    async columns() {
      return ['articleId', 'outlet', 'sentenceIndex', 'family', 'label', 'start', 'end', 'text', 'rule', 'weight', 'voice', 'speaker', 'runId', 'n'];
    },
    async *rows(q) {
      const all = await getOutlets();
      const slugOf = new Map(all.map((o) => [o.id, o.slug]));
      const filter = markerFilter(q, chosen(all, q.outlets, q.groups));
      let after: { articleId: number; n: number; runId: number } | null = null;
      for (;;) {
        const rows = await listMarkersAfter(filter, after, PAGE);
        if (!rows.length) return;
        yield rows.map((m) => ({ articleId: m.articleId, outlet: slugOf.get(m.outletId) ?? String(m.outletId), sentenceIndex: m.sentenceIndex, family: m.family, label: m.label, start: m.start, end: m.end, text: m.text, rule: m.rule, weight: m.weight, voice: m.voice, speaker: m.speaker, runId: m.runId, n: m.n }));
        const last = rows.at(-1)!;
        after = { articleId: last.articleId, n: last.n, runId: last.runId };
        if (rows.length < PAGE) return;
      }
    },
  },
  {
    name: 'actors',
    summary: "The most mentioned actors per outlet (corpus, outlet, event or story), with mentions, mean sentiment and its 95% interval (low, high; empty when unknown), and polarity counts.",
    query: endpointQuery('/api/v1/actors'),
    async columns() {
      return ['actorId', 'actor', 'kind', 'outlet', 'mentions', 'sentiment', 'low', 'high', 'positive', 'negative', 'quoted'];
    },
    rows: (q) =>
      once(async () => {
        const rows = (await ENDPOINTS.find((e) => e.path === '/api/v1/actors')!.run(q, {})).data as Array<{ actorId: number; name: string; kind: string; outlet: string; mentions: number; sentiment: number; low: number | null; high: number | null; positive: number; negative: number; quoted: number }>;
        return rows.map((r) => ({ actorId: r.actorId, actor: r.name, kind: r.kind, outlet: r.outlet, mentions: r.mentions, sentiment: r.sentiment, low: r.low, high: r.high, positive: r.positive, negative: r.negative, quoted: r.quoted }));
      }),
  },
  {
    name: 'chart',
    summary: "A chart's data, as drawn on /charts (its permalink's parameters).",
    query: endpointQuery('/api/v1/charts'),
    async columns(q) {
      const rows = await chartRows(q);
      return [...new Set(rows.flatMap((r) => Object.keys(r)))];
    },
    rows: (q) => once(() => chartRows(q)),
  },
];

async function chartRows(q: Record<string, any>): Promise<Row[]> {
  const ctx = await chartContext();
  const { spec, unknown } = parseSpec(q, ctx.figures.catalog.metrics.map((m) => m.key), chartDefaults(ctx));
  if (unknown.length) throw new ApiError(404, `Not found: no metric ${unknown.map((k) => `"${k}"`).join(', ')} in this corpus`);
  const data = await chartData(spec, ctx);
  return data.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))) as Row[];
}

/**
 * One CSV line, cells guarded as the framing table's export guards them (csvField). A cell holding # is quoted too:
 * readers told that # starts a comment (for the header block) would otherwise cut the line there.
 */
function csvLine(values: Array<string | number | boolean | null | undefined>): string {
  const cell = (v: string | number | boolean | null | undefined) => {
    const out = csvField(typeof v === 'boolean' ? String(v) : v);
    return out.includes('#') && !out.startsWith('"') ? `"${out}"` : out;
  };
  return `${values.map(cell).join(',')}\n`;
}

/** The export's header: which run, analysis version, view, filters and when; the filters as the client gave them. */
function headerOf(view: string, meta: ReturnType<typeof runMeta>, filters: Record<string, string>, columns: string[]) {
  return {
    export: view,
    run: meta.run,
    analysisVersion: meta.analysisVersion,
    filters,
    exportedAt: new Date().toISOString(),
    columns,
    source: 'Parallax: figures as the dashboard shows them; definitions at /methodology and /api-docs.',
  };
}

export function exportView(name: string): ExportView | undefined {
  return EXPORT_VIEWS.find((v) => v.name === name);
}

/**
 * The streamed answer. The header and first page are read before the response starts, so a bad filter or an
 * unreachable database is a proper 4xx/5xx; after that each page is read when the client has taken the previous one.
 */
export async function exportResponse(request: Request, viewName: string): Promise<Response> {
  const view = exportView(viewName);
  if (!view) return errorResponse(404, `Not found: no export "${viewName}" (there are ${EXPORT_VIEWS.map((v) => v.name).join(', ')})`);
  const url = new URL(request.url);
  const params = new URLSearchParams(url.searchParams);
  const formatRaw = params.get('format') ?? 'csv';
  params.delete('format');
  if (!(FORMATS as readonly string[]).includes(formatRaw) || url.searchParams.getAll('format').length > 1) {
    return badRequest([{ param: 'format', message: `must be one of ${FORMATS.join(', ')}` }]);
  }
  const format = formatRaw as Format;
  const parsed = P.parseQuery(view.query, params);
  if (!parsed.ok) return badRequest(parsed.problems);
  const q = parsed.value as Record<string, any>;
  let pages: AsyncGenerator<Row[]>;
  let first: IteratorResult<Row[]>;
  let header: ReturnType<typeof headerOf>;
  try {
    const [run, columns] = await Promise.all([getCurrentRun(), view.columns(q)]);
    header = headerOf(view.name, runMeta(run), Object.fromEntries(params), columns);
    pages = view.rows(q);
    first = await pages.next();
  } catch (err) {
    return failure(err);
  }
  const enc = new TextEncoder();
  const columns = header.columns;
  let started = false;
  let rowsOut = 0;
  let pending: IteratorResult<Row[]> | null = first;
  const encodeRows = (rows: Row[]): string => {
    if (format === 'csv') return rows.map((r) => csvLine(columns.map((c) => r[c] ?? null))).join('');
    if (format === 'jsonl') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    const text = rows.map((r, i) => `${rowsOut + i > 0 ? ',\n' : ''}${JSON.stringify(r)}`).join('');
    return text;
  };
  const opening = (): string => {
    if (format === 'csv') {
      const h = header;
      const lines = [
        `# Parallax export: ${h.export}`,
        `# run: ${h.run ? `${h.run.id} (${h.run.analysisVersion}, finished ${h.run.finishedAt ?? 'unknown'})` : 'none (not scored yet)'}`,
        `# analysis version: ${h.analysisVersion ?? 'none'}`,
        `# filters: ${Object.entries(h.filters).map(([k, v]) => `${k}=${v}`).join('&') || 'none'}`,
        `# exported: ${h.exportedAt}`,
      ];
      // Comment lines are ingested data too (filters are the client's): guarded like cells, one line each.
      return `${lines.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n')}\n${csvLine(columns)}`;
    }
    if (format === 'jsonl') return `${JSON.stringify({ meta: header })}\n`;
    return `{"meta":${JSON.stringify(header)},"rows":[\n`;
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        let out = '';
        if (!started) {
          started = true;
          out += opening();
        }
        const page = pending ?? (await pages.next());
        pending = null;
        if (page.done || page.value.length === 0) {
          if (format === 'json') out += `\n],"count":${rowsOut}}\n`;
          if (out) controller.enqueue(enc.encode(out));
          controller.close();
          return;
        }
        out += encodeRows(page.value);
        rowsOut += page.value.length;
        controller.enqueue(enc.encode(out));
      } catch (err) {
        // Mid-stream the status is sent: end the body abnormally, so the client sees a broken download, not a short one.
        controller.error(err);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  }, { highWaterMark: 1 });
  const type = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', jsonl: 'application/jsonl; charset=utf-8' }[format];
  const stamp = (header.run ? `run${header.run.id}-` : '') + header.exportedAt.slice(0, 10);
  return new Response(stream, {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="parallax-${view.name}-${stamp}.${format}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(header.run ? { 'x-parallax-run': String(header.run.id), 'x-parallax-analysis-version': header.run.analysisVersion } : {}),
    },
  });
}
