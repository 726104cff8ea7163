/**
 * The pure half of a scoring run, run in worker threads: analyse a batch of articles and lay the results out as
 * rows of the run's tables, either as COPY text (lib/rows/copy-format.ts) that the main thread streams to the server
 * as it is, or as column-wise arrays for batched INSERTs (the embedded database, which has no COPY). Either way a
 * batch crosses threads as a few large values, not one object per marker.
 */
import { analyzeArticle, FAMILIES } from '@/lib/analysis';
import type { SentenceSpan } from '@/lib/analysis/types';
import { findActors } from '@/lib/actors';
import { parseText } from '@/lib/nlp';
import type { ActorKind, ExtraAlias } from '@/lib/actors/types';
import { fitPrior, momentsOf, pooledRate, type RateInterval, type RateKind, type RateMoments } from '@/lib/analysis/stats';
import { QUOTED_SUFFIX } from '@/lib/analysis/voice';
import { hasVoice } from '@/lib/analysis/voice-metrics';
import { copyText, type Schema } from '@/lib/rows/copy-format';

/** The run tables' columns as written, in COPY's column order (lib/db/write/partitions.ts names the tables). */
export const RUN_SCHEMAS = {
  ArticleScore: { runId: 'int', articleId: 'int', metric: 'text', count: 'float8', value: 'float8' },
  SentenceScore: { runId: 'int', articleId: 'int', sentenceIndex: 'int', sentiment: 'float8', comparative: 'float8', loaded: 'float8', frames: 'text[]' },
  Marker: {
    runId: 'int',
    articleId: 'int',
    n: 'int',
    outletId: 'int',
    sentenceIndex: 'int',
    family: 'text',
    label: 'text',
    start: 'int',
    end: 'int',
    text: 'text',
    rule: 'text',
    weight: 'float8',
    attrs: 'json',
    voice: 'text',
    speaker: 'text',
  },
  ActorMention: {
    runId: 'int',
    articleId: 'int',
    n: 'int',
    actorId: 'int',
    sentenceIndex: 'int',
    start: 'int',
    end: 'int',
    text: 'text',
    form: 'text',
    quoted: 'bool',
    sentiment: 'float8',
    polarity: 'text',
    labels: 'json',
    evidence: 'json',
  },
} as const satisfies Record<string, Schema>;

/** In COPY text, an actor's id is not known to a worker: it writes the actor's key between these marks instead. */
export const ACTOR_KEY = /\u0001([^\u0001\u0002]*)\u0002/g;
const actorPlaceholder = (key: string) => `\u0001${key}\u0002`;

export interface ArticleToScore {
  id: number;
  /** Copied onto its markers (see prisma/schema.prisma: Marker.outletId). */
  outletId: number;
  body: string;
  sentences: SentenceSpan[];
}

/**
 * What an outlet's figures are computed from, per article: the count of every rate metric, then the AFINN sum
 * ('sentiment.score', a rate of the words too). A batch returns these as `units`, so a full run has its outlets'
 * inputs without reading its score rows back.
 */
export const UNIT_METRICS = [...new Set(FAMILIES.flatMap((f) => f.metrics)), 'sentiment.score'].flatMap((m) => (hasVoice(m) ? [m, m + QUOTED_SUFFIX] : [m]));

/** Rows of one batch, column-wise; the run id is added by the writer. */
export interface ScoredBatch {
  articles: number;
  scores: { articleId: number[]; metric: string[]; count: number[]; value: number[] };
  sentences: { articleId: number[]; sentenceIndex: number[]; sentiment: number[]; comparative: number[]; loaded: (number | null)[]; frames: string[][] };
  markers: {
    articleId: number[];
    /** Ordinal within the article: with the run and article, the marker's key. */
    n: number[];
    outletId: number[];
    sentenceIndex: number[];
    family: string[];
    label: string[];
    start: number[];
    end: number[];
    text: string[];
    rule: string[];
    weight: number[];
    attrs: (Record<string, string> | null)[];
    /** 'writer' | 'quoted' (lib/analysis/voice.ts), and the quoted speaker or null. */
    voice: string[];
    speaker: (string | null)[];
  };
  mentions: {
    articleId: number[];
    /** Ordinal within the article: with the run and article, the mention's key. */
    n: number[];
    actor: string[];
    sentenceIndex: number[];
    start: number[];
    end: number[];
    text: string[];
    form: string[];
    quoted: boolean[];
    sentiment: number[];
    polarity: string[];
    labels: unknown[];
    evidence: unknown[];
  };
  /** Every actor mentioned in the batch, so the writer can create those the database does not know yet. */
  actors: Array<{ key: string; name: string; kind: ActorKind; parentKey: string | null }>;
  /** Per article in batch order: its words, and its UNIT_METRICS row of `counts` (articles × metrics). */
  units: { articleId: number[]; words: Float64Array; counts: Float64Array };
  /** Rows written per table (the column arrays are empty when the rows come as COPY text). */
  counts: Record<keyof typeof RUN_SCHEMAS, number>;
  /** The rows as COPY text per table, for run `copyRunId`; ActorMention's actor ids as ACTOR_KEY placeholders. */
  copy?: Record<keyof typeof RUN_SCHEMAS, string>;
}

export interface BatchOptions {
  /** Lay the rows out as COPY text for this run (else as column arrays, without the run id). */
  copyRunId?: number;
}

type RunTable = keyof typeof RUN_SCHEMAS;
const RUN_TABLES = Object.keys(RUN_SCHEMAS) as RunTable[];

const emptyRows = (): Pick<ScoredBatch, 'scores' | 'sentences' | 'markers' | 'mentions'> => ({
  scores: { articleId: [], metric: [], count: [], value: [] },
  sentences: { articleId: [], sentenceIndex: [], sentiment: [], comparative: [], loaded: [], frames: [] },
  markers: { articleId: [], n: [], outletId: [], sentenceIndex: [], family: [], label: [], start: [], end: [], text: [], rule: [], weight: [], attrs: [], voice: [], speaker: [] },
  mentions: { articleId: [], n: [], actor: [], sentenceIndex: [], start: [], end: [], text: [], form: [], quoted: [], sentiment: [], polarity: [], labels: [], evidence: [] },
});

export function analyseBatch(articles: ArticleToScore[], aliases: ExtraAlias[], options: BatchOptions = {}): ScoredBatch {
  const out: ScoredBatch = {
    articles: articles.length,
    counts: { ArticleScore: 0, SentenceScore: 0, Marker: 0, ActorMention: 0 },
    units: { articleId: articles.map((a) => a.id), words: new Float64Array(articles.length), counts: new Float64Array(articles.length * UNIT_METRICS.length) },
    ...emptyRows(),
    actors: [],
  };
  // In COPY mode each article's rows become text as soon as it is analysed, so its objects die young: a batch's
  // worth of row objects kept alive until the end made every young-generation collection copy them (about a
  // third of a worker's time went to those collections).
  const copy = options.copyRunId === undefined ? null : { runId: options.copyRunId, parts: Object.fromEntries(RUN_TABLES.map((t) => [t, [] as string[]])) as Record<RunTable, string[]> };
  const actors = new Map<string, { key: string; name: string; kind: ActorKind; parentKey: string | null }>();
  for (const [k, { id: articleId, outletId, body, sentences }] of articles.entries()) {
    // One parse for the marker families and the actors.
    const parse = parseText(body);
    const analysis = analyzeArticle(body, sentences, parse);
    out.units.words[k] = analysis.words;
    UNIT_METRICS.forEach((metric, m) => {
      out.units.counts[k * UNIT_METRICS.length + m] = analysis.figures[metric]?.count ?? analysis.measures[metric] ?? 0;
    });
    const sc = out.scores;
    const score = (metric: string, count: number, value: number) => {
      sc.articleId.push(articleId);
      sc.metric.push(metric);
      sc.count.push(count);
      sc.value.push(value);
    };
    score('words', analysis.words, analysis.words);
    // A zero quoted figure is not stored (most are zero): readers take a missing '@quoted' row as 0.
    for (const [metric, f] of Object.entries(analysis.figures)) if (f.count !== 0 || !metric.endsWith(QUOTED_SUFFIX)) score(metric, f.count, f.per100);
    // Measures are not counts: count holds 0 and value the measure.
    for (const [metric, value] of Object.entries(analysis.measures)) if (value !== 0 || !metric.endsWith(QUOTED_SUFFIX)) score(metric, 0, value);
    const s = out.sentences;
    for (const x of analysis.sentences) {
      s.articleId.push(articleId);
      s.sentenceIndex.push(x.index);
      s.sentiment.push(x.sentiment);
      s.comparative.push(x.comparative);
      s.loaded.push(x.loaded ?? null);
      s.frames.push(x.frames ?? []);
    }
    const m = out.markers;
    for (const [n, x] of analysis.markers.entries()) {
      m.articleId.push(articleId);
      m.n.push(n);
      m.outletId.push(outletId);
      m.sentenceIndex.push(x.sentenceIndex);
      m.family.push(x.family);
      m.label.push(x.label);
      m.start.push(x.start);
      m.end.push(x.end);
      m.text.push(x.text);
      m.rule.push(x.rule);
      m.weight.push(x.weight);
      m.attrs.push(x.attrs ?? null);
      m.voice.push(x.voice ?? 'writer');
      m.speaker.push(x.speaker ?? null);
    }
    const a = out.mentions;
    for (const [n, x] of findActors(body, sentences, { aliases, parse }).entries()) {
      if (!actors.has(x.actor)) actors.set(x.actor, { key: x.actor, name: x.name, kind: x.kind, parentKey: x.parent ?? null });
      a.articleId.push(articleId);
      a.n.push(n);
      a.actor.push(x.actor);
      a.sentenceIndex.push(x.sentenceIndex);
      a.start.push(x.start);
      a.end.push(x.end);
      a.text.push(x.text);
      a.form.push(x.form);
      a.quoted.push(x.quoted);
      a.sentiment.push(x.sentiment.score);
      a.polarity.push(x.sentiment.polarity);
      a.labels.push(x.labels.map(({ text, start, end, kind }) => ({ text, start, end, kind })));
      a.evidence.push(x.sentiment.evidence.map(({ text, start, end, weight }) => ({ text, start, end, weight })));
    }
    if (copy) {
      out.counts.ArticleScore += sc.articleId.length;
      out.counts.SentenceScore += s.articleId.length;
      out.counts.Marker += m.articleId.length;
      out.counts.ActorMention += a.articleId.length;
      appendCopyText(out, copy.runId, copy.parts);
      Object.assign(out, emptyRows());
    }
  }
  out.actors = [...actors.values()];
  if (copy) out.copy = Object.fromEntries(RUN_TABLES.map((t) => [t, copy.parts[t].join('')])) as Record<RunTable, string>;
  else out.counts = { ArticleScore: out.scores.articleId.length, SentenceScore: out.sentences.articleId.length, Marker: out.markers.articleId.length, ActorMention: out.mentions.articleId.length };
  return out;
}

/** The rows in `batch`'s column arrays as COPY text for run `runId`, appended to `parts` per table. */
function appendCopyText(batch: Pick<ScoredBatch, 'scores' | 'sentences' | 'markers' | 'mentions'>, runId: number, parts: Record<RunTable, string[]>): void {
  const run = (n: number) => new Array<number>(n).fill(runId);
  const text = <S extends Schema>(table: RunTable, schema: S, columns: Record<string, unknown[]>) => {
    for (const chunk of copyText(table, schema, columns as never, Infinity)) parts[table].push(chunk);
  };
  const { actor, ...mentions } = batch.mentions;
  text('ArticleScore', RUN_SCHEMAS.ArticleScore, { runId: run(batch.scores.articleId.length), ...batch.scores });
  text('SentenceScore', RUN_SCHEMAS.SentenceScore, { runId: run(batch.sentences.articleId.length), ...batch.sentences });
  text('Marker', RUN_SCHEMAS.Marker, { runId: run(batch.markers.articleId.length), ...batch.markers });
  text('ActorMention', RUN_SCHEMAS.ActorMention, { runId: run(batch.mentions.articleId.length), actorId: actor.map(actorPlaceholder), ...mentions });
}

/** One outlet's units for every rate metric at once: words per article, and counts as an articles × metrics matrix. */
export interface OutletUnits {
  metrics: number;
  words: Float64Array;
  /** counts[article * metrics + metric]. */
  counts: Float64Array;
}

/** Per metric, the sums the interval method needs (lib/analysis/stats.ts) over one outlet's articles. */
export function outletMoments(units: OutletUnits): RateMoments[] {
  const { metrics: M, words, counts } = units;
  return Array.from({ length: M }, (_, m) => momentsOf(Array.from(words, (w, k) => ({ count: counts[k * M + m], words: w }))));
}

/** Sentiment sums signed per-word values (a measure); every other unit metric counts markers. */
export function rateKind(metric: string): RateKind {
  return metric === 'sentiment.score' || metric === 'sentiment.score' + QUOTED_SUFFIX ? 'measure' : 'count';
}

export interface OutletRateFigure extends RateInterval {
  outletId: number;
  metric: string;
  count: number;
}

/**
 * Every outlet's figure per metric, from each outlet's per-metric sums (outletMoments): the prior of each metric is
 * fitted on all the outlets given, then each outlet's rate gets its interval. Ordered by outlet, then metric.
 */
export function outletRateFigures(metrics: readonly string[], moments: Map<number, RateMoments[]>): OutletRateFigure[] {
  const outlets = [...moments.keys()].sort((a, b) => a - b);
  const priors = metrics.map((metric, m) => fitPrior(outlets.map((o) => moments.get(o)![m]), rateKind(metric)));
  return outlets.flatMap((outletId) =>
    metrics.map((metric, m) => {
      const g = moments.get(outletId)![m];
      return { outletId, metric, count: g.count, ...pooledRate(g, priors[m]) };
    }),
  );
}
