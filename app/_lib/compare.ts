/**
 * The same-event comparison (/compare?a=…&b=…&metric=…) assembled on the server, shared by the page, its CSV and
 * its OG image: two sides (an outlet by slug, or a group as field:value — lean:left, set:wires, type:wire, any tag),
 * the events both covered, and per rate metric the two sides' rates there with the Mantel–Haenszel ratio
 * (lib/analysis/compare.ts), called different only under Benjamini–Hochberg control over the metrics shown.
 */
import { benjaminiHochberg, sameEventRatio, type SameEventComparison } from '@/lib/analysis/compare';
import { pooledRate, type RateInterval } from '@/lib/analysis/stats';
import type { VoiceView } from '@/lib/analysis/voice';
import { getMetricKeys, getOutlets, getRatePriors, getSharedEvents, type OutletSummary, type SharedEvent } from '@/lib/db/queries';
import { groupLabel, inGroup, parseGroupKey } from '@/lib/outlets/leans';
import { buildCatalog, type Catalog } from './catalog';

export interface Side {
  key: string;
  label: string;
  kind: 'outlet' | 'group';
  members: OutletSummary[];
}

/** An outlet by slug (or exact name, case aside), or a group as field:value; null when nothing matches. */
export function resolveSide(raw: string, outlets: OutletSummary[]): Side | null {
  const key = raw.trim();
  if (!key) return null;
  const outlet = outlets.find((o) => o.slug === key) ?? outlets.find((o) => o.name.toLowerCase() === key.toLowerCase());
  if (outlet) return { key: outlet.slug, label: outlet.name, kind: 'outlet', members: [outlet] };
  const g = parseGroupKey(key);
  if (!g) return null;
  const members = outlets.filter((o) => inGroup(o, g));
  return members.length ? { key, label: groupLabel(g), kind: 'group', members } : null;
}

export interface MetricComparison extends SameEventComparison {
  metric: string;
  title: string;
  /** The ratio's interval excludes 1 and the difference survives Benjamini–Hochberg over the metrics shown. */
  differs: boolean;
}

export interface EventRow {
  id: number;
  title: string;
  startDate: Date | null;
  a: RateInterval | null;
  b: RateInterval | null;
}

export interface CompareData {
  catalog: Catalog;
  /** Every outlet of the corpus (for the side menus). */
  outlets: OutletSummary[];
  a: Side;
  b: Side;
  /** Outlets on both sides (the comparison needs disjoint sides). */
  overlap: OutletSummary[];
  metric: string;
  metrics: MetricComparison[];
  events: EventRow[];
}

/** The metrics compared: each family's total rate (or its first rate metric), and the one chosen. */
function comparedMetrics(catalog: Catalog, chosen: string): string[] {
  const out: string[] = [];
  for (const fam of catalog.families) {
    const rates = catalog.metrics.filter((m) => m.family === fam.id && m.kind === 'rate');
    const total = rates.find((m) => m.key === fam.id) ?? rates[0];
    if (total) out.push(total.key);
  }
  if (catalog.byKey.get(chosen)?.kind === 'rate' && !out.includes(chosen)) out.push(chosen);
  return out;
}

export type CompareResult =
  | { ok: true; data: CompareData }
  | { ok: false; problem: 'unknown-side'; which: Array<'a' | 'b'>; catalog: Catalog; outlets: OutletSummary[] }
  | { ok: false; problem: 'unknown-metric'; catalog: Catalog; outlets: OutletSummary[] };

export async function loadComparison(rawA: string, rawB: string, rawMetric: string, voice: VoiceView): Promise<CompareResult> {
  const [{ keys }, outlets] = await Promise.all([getMetricKeys(), getOutlets()]);
  const catalog = buildCatalog(keys);
  const a = resolveSide(rawA, outlets);
  const b = resolveSide(rawB, outlets);
  if (!a || !b) return { ok: false, problem: 'unknown-side', which: [...(a ? [] : ['a' as const]), ...(b ? [] : ['b' as const])], catalog, outlets };
  const defaultMetric = catalog.byKey.has('hedge') ? 'hedge' : (catalog.metrics.find((m) => m.kind === 'rate')?.key ?? '');
  const metric = rawMetric || defaultMetric;
  if (catalog.byKey.get(metric)?.kind !== 'rate') return { ok: false, problem: 'unknown-metric', catalog, outlets };
  const bIds = new Set(b.members.map((o) => o.id));
  const overlap = a.members.filter((o) => bIds.has(o.id));
  const shared = new Set(overlap.map((o) => o.id));
  // Outlets on both sides count on neither: a side compared with itself shows nothing.
  const aIds = a.members.map((o) => o.id).filter((id) => !shared.has(id));
  const bOnly = b.members.map((o) => o.id).filter((id) => !shared.has(id));
  const metricKeys = comparedMetrics(catalog, metric);
  const [{ priors }, events] = await Promise.all([getRatePriors(metricKeys, voice), getSharedEvents(aIds, bOnly, metricKeys, voice)]);
  const results = metricKeys.map((key) => ({
    metric: key,
    title: catalog.byKey.get(key)!.title,
    ...sameEventRatio(
      events.map((e) => ({ a: e.a.get(key) ?? zero(e, 'a'), b: e.b.get(key) ?? zero(e, 'b') })),
      priors.get(key)!,
    ),
  }));
  const discoveries = benjaminiHochberg(results.map((r) => r.p));
  const metrics = results.map((r, i) => ({ ...r, differs: discoveries[i] && r.low !== null && (r.low > 1 || r.high! < 1) }));
  const prior = priors.get(metric)!;
  return {
    ok: true,
    data: {
      catalog,
      outlets,
      a,
      b,
      overlap,
      metric,
      metrics,
      events: events.map((e) => ({
        id: e.id,
        title: e.title,
        startDate: e.startDate,
        a: e.a.get(metric) ? pooledRate(e.a.get(metric)!, prior) : null,
        b: e.b.get(metric) ? pooledRate(e.b.get(metric)!, prior) : null,
      })),
    },
  };
}

/** A side's sums on an event where this metric has no row: every metric of a scored article has one, so none. */
function zero(e: SharedEvent, side: 'a' | 'b') {
  const any = e[side].values().next().value;
  return any ? { ...any, count: 0, count2: 0, countWords: 0 } : { articles: 0, count: 0, words: 0, words2: 0, words3: 0, count2: 0, countWords: 0 };
}

/** The comparison's own URL, the permalink. */
export function compareHref(a: string, b: string, metric?: string, voice?: VoiceView, path = '/compare'): string {
  const q = new URLSearchParams({ a, b });
  if (metric) q.set('metric', metric);
  if (voice && voice !== 'writer') q.set('voice', voice);
  return `${path}?${q.toString()}`;
}
