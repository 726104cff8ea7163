/**
 * The API's response shapes, as zod schemas: the OpenAPI document is generated from them (openapi.ts), and the
 * contract test checks live answers against that document. Field names here are the stable public names: add
 * fields, never rename or remove them within /api/v1. Pure: no database.
 */
import { z } from 'zod';

export const registry = z.registry<{ id: string; description?: string }>();

const named = <T extends z.ZodType>(id: string, schema: T, description?: string): T => {
  registry.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};

export const dateTime = z.string().meta({ format: 'date-time' });

export const Run = named(
  'Run',
  z.object({
    id: z.number().int().meta({ description: 'The scoring run (ScoringRun.id).' }),
    analysisVersion: z.string().meta({ description: "The analysis version the run computed with, e.g. 'parallax-analysis/6'." }),
    articles: z.number().int().meta({ description: 'Articles the run scored.' }),
    startedAt: dateTime,
    finishedAt: dateTime.nullable(),
  }),
  'A completed scoring run.',
);

export const Meta = named(
  'Meta',
  z.object({
    run: Run.nullable().meta({ description: 'The scoring run the figures come from (the newest complete one); null before any run.' }),
    analysisVersion: z.string().nullable().meta({ description: "The analysis version the figures were computed with (run.analysisVersion), e.g. 'parallax-analysis/6'; null before any run." }),
  }),
  'Which run and analysis version an answer was computed from.',
);

export const ProblemSchema = named('Problem', z.object({ param: z.string(), message: z.string() }));

export const ErrorBody = named(
  'Error',
  z.object({
    error: z.object({
      status: z.number().int(),
      message: z.string().meta({ description: 'What is wrong, naming the parameter.' }),
      problems: z.array(ProblemSchema),
    }),
  }),
);

export const Figure = named(
  'Figure',
  z.object({
    value: z.number().meta({ description: 'Rate per 100 words (a rate metric) or the mean per article (a measure).' }),
    low: z.number().nullable().meta({ description: 'Lower end of the 95% interval; null where none was computed.' }),
    high: z.number().nullable(),
    n: z.number().int().meta({ description: 'Units the interval resampled (see unit).' }),
    unit: z.string().meta({ description: 'articles, or sentences when the outlet has few articles.' }),
    count: z.number().meta({ description: 'Hits (markers) behind the figure.' }),
    words: z.number().meta({ description: 'Words the rate is over.' }),
  }),
  "One outlet's figure for one metric, with its sample sizes.",
);

export const ScopedFigure = named(
  'ScopedFigure',
  z.object({
    value: z.number(),
    low: z.number().nullable().meta({ description: 'The pooled 95% interval of the underlying rate (as the event and story pages; methodology: Intervals); null for a measure.' }),
    high: z.number().nullable(),
    count: z.number(),
    words: z.number(),
    articles: z.number().int(),
  }),
  "An outlet's figure within one event, story or the whole corpus, summed from article scores.",
);

const outletMeta = {
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  lean: z.string().nullable(),
  country: z.string().nullable(),
  owner: z.string().nullable(),
  type: z.string().nullable(),
  tags: z.record(z.string(), z.string()),
  sets: z.array(z.string()),
  articles: z.number().int(),
  words: z.number(),
  firstDate: dateTime.nullable(),
  lastDate: dateTime.nullable(),
};

export const Outlet = named(
  'Outlet',
  z.object({ ...outletMeta, figures: z.record(z.string(), Figure).meta({ description: 'Metric key → figure.' }) }),
  'An outlet with its metadata, sizes and figures.',
);

export const Metric = named(
  'Metric',
  z.object({
    key: z.string(),
    family: z.string(),
    label: z.string().nullable(),
    kind: z.enum(['rate', 'measure']),
    name: z.string(),
    title: z.string(),
  }),
);

export const Family = named('Family', z.object({ id: z.string(), name: z.string(), description: z.string(), source: z.string().nullable() }));

export const Group = named(
  'Group',
  z.object({ key: z.string().meta({ description: 'field:value, as the `groups` parameter takes it.' }), field: z.string(), value: z.string(), label: z.string(), outlets: z.array(z.string()).meta({ description: 'Member outlet slugs.' }) }),
);

export const Coverage = named('Coverage', z.object({ outlet: z.string(), articles: z.number().int(), firstArticleId: z.number().int(), firstArticleTitle: z.string() }));

export const Event = named(
  'Event',
  z.object({
    id: z.number().int(),
    title: z.string(),
    startDate: dateTime.nullable(),
    storyId: z.number().int().nullable(),
    storyTitle: z.string().nullable(),
    storyEvents: z.number().int().meta({ description: 'Events in its story.' }),
    outlets: z.number().int(),
    articles: z.number().int(),
    leans: z.object({ left: z.number().int(), 'lean-left': z.number().int(), center: z.number().int(), 'lean-right': z.number().int(), right: z.number().int(), unrated: z.number().int() }),
    coverage: z.array(Coverage).meta({ description: 'Which outlets covered it (within the outlet filter), with their first article.' }),
  }),
);

export const Story = named(
  'Story',
  z.object({ id: z.number().int(), title: z.string(), events: z.number().int(), articles: z.number().int(), outlets: z.number().int(), firstDate: dateTime.nullable(), lastDate: dateTime.nullable() }),
);

export const ArticleScore = named('ArticleScore', z.object({ count: z.number(), value: z.number() }));

export const ArticleSummary = named(
  'ArticleSummary',
  z.object({
    id: z.number().int(),
    outlet: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    publishedAt: dateTime.nullable(),
    words: z.number().int(),
    eventId: z.number().int().nullable(),
    storyId: z.number().int().nullable(),
    scores: z.record(z.string(), ArticleScore).meta({ description: "Metric key → the article's count and value." }),
    body: z.string().optional().meta({ description: 'The whole text, with body=true.' }),
  }),
);

export const Marker = named(
  'Marker',
  z.object({
    articleId: z.number().int(),
    sentenceIndex: z.number().int(),
    family: z.string(),
    label: z.string(),
    start: z.number().int().meta({ description: 'Offset in the article body (UTF-16 code units).' }),
    end: z.number().int(),
    text: z.string(),
    rule: z.string(),
    weight: z.number(),
    attrs: z.unknown(),
    voice: z.string().meta({ description: 'writer or quoted.' }),
    speaker: z.string().nullable(),
  }),
  'One matched word or phrase: the evidence behind a figure.',
);

export const ListedMarker = named('ListedMarker', z.object({ ...Marker.shape, outlet: z.string(), runId: z.number().int(), n: z.number().int() }));

export const Sentence = named(
  'Sentence',
  z.object({
    index: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    sentiment: z.number().nullable(),
    loaded: z.number().nullable(),
    frames: z.array(z.string()),
    markers: z.array(Marker),
  }),
);

export const EvidenceSentence = named(
  'EvidenceSentence',
  z.object({ articleId: z.number().int(), title: z.string(), publishedAt: dateTime.nullable(), sentenceIndex: z.number().int(), start: z.number().int(), text: z.string(), markers: z.array(Marker) }),
);

export const ActorRow = named(
  'ActorRow',
  z.object({
    actorId: z.number().int(),
    name: z.string(),
    kind: z.string(),
    outlet: z.string(),
    mentions: z.number().int(),
    sentiment: z.number().meta({ description: 'Mean sentiment of the sentences mentioning the actor.' }),
    low: z.number().nullable().meta({ description: "Lower end of the mean's 95% interval (the one method of the methodology page, pooled over the outlets mentioning the actor); null when unknown." }),
    high: z.number().nullable().meta({ description: "Upper end of the mean's 95% interval; null when unknown." }),
    positive: z.number().int(),
    negative: z.number().int(),
    quoted: z.number().int(),
    names: z.array(z.object({ text: z.string(), kind: z.string(), n: z.number().int() })).meta({ description: 'What this outlet calls the actor, most frequent first.' }),
    partOf: z
      .array(z.object({ actorId: z.number().int(), name: z.string(), mentions: z.number().int() }))
      .meta({ description: 'What the actor is part of, nearest first (Senate: United States Congress, United States), with their mentions in the scope.' }),
    parts: z
      .array(z.object({ actorId: z.number().int(), name: z.string(), mentions: z.number().int() }))
      .meta({ description: 'Rolled up: the parts folded into this row. Otherwise: its parts one level down that the scope mentions. Most mentioned first.' }),
  }),
  "One actor's mentions in one outlet's articles.",
);

export const Comparison = named(
  'Comparison',
  z.object({
    outlets: z.array(z.object({ outlet: z.string(), articles: z.number().int(), words: z.number(), figures: z.record(z.string(), ScopedFigure) })),
  }),
  'Per-outlet figures within a scope, as the event and story pages compare them.',
);

export const ChartData = named(
  'ChartData',
  z.looseObject({ type: z.enum(['bars', 'frames', 'actors', 'time', 'scatter']), title: z.string(), rows: z.array(z.record(z.string(), z.unknown())) }),
  "A chart's data, as the chart draws it (fields beyond type, title and rows depend on the type).",
);

export const PageInfo = named('PageInfo', z.object({ page: z.number().int(), perPage: z.number().int(), total: z.number().int() }));

/** The envelope of every answer: which run, the data, and where to continue. */
export const envelope = (data: z.ZodType, paging: 'cursor' | 'page' | 'none' = 'none') =>
  z.object({
    meta: Meta,
    data,
    ...(paging === 'cursor' ? { next: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }) } : {}),
    ...(paging === 'page' ? { page: PageInfo } : {}),
  });
