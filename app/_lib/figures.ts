/** Server-side assembly of the metric catalog and outlet figures used by several pages. */
import { getMetricKeys, getOutletFigures, getOutlets, type OutletFigure } from '@/lib/db/queries';
import { cache } from 'react';
import type { VoiceView } from '@/lib/analysis/voice';
import { buildCatalog, type Catalog } from './catalog';
import type { TableMetric, TableRow } from '../outlets/(table)/model';

export interface OutletFigures {
  catalog: Catalog;
  source: 'outlet-scores' | 'article-scores' | 'none';
  outlets: Awaited<ReturnType<typeof getOutlets>>;
  /** outletId → metric → figure */
  byOutlet: Map<number, Map<string, OutletFigure>>;
}

/** Deduplicated per request: metadata and page of one render share the queries. */
export const loadOutletFigures = cache(async (metrics?: string[], voice: VoiceView = 'writer'): Promise<OutletFigures> => {
  const [{ keys }, outlets] = await Promise.all([getMetricKeys(), getOutlets()]);
  const catalog = buildCatalog(keys);
  const isMeasure = (k: string) => catalog.byKey.get(k)?.kind === 'measure';
  const { rows, source } = await getOutletFigures(isMeasure, metrics, voice);
  const byOutlet = new Map<number, Map<string, OutletFigure>>();
  for (const r of rows) {
    if (!byOutlet.has(r.outletId)) byOutlet.set(r.outletId, new Map());
    byOutlet.get(r.outletId)!.set(r.metric, r);
  }
  return { catalog, source, outlets, byOutlet };
});

/** Default table columns: each family's total when it has one, else its three largest metrics on average. */
export function defaultColumns(f: OutletFigures): string[] {
  const out: string[] = [];
  for (const fam of f.catalog.families) {
    const rates = f.catalog.metrics.filter((m) => m.family === fam.id && m.kind === 'rate');
    if (rates.some((m) => m.key === fam.id)) {
      out.push(fam.id);
      continue;
    }
    const mean = (key: string) => {
      let s = 0;
      for (const o of f.byOutlet.values()) s += o.get(key)?.value ?? 0;
      return s;
    };
    out.push(...rates.sort((a, b) => mean(b.key) - mean(a.key)).slice(0, 3).map((m) => m.key));
  }
  return out;
}

/** The framing table's metrics, rows and default columns: what the table page renders and its CSV export writes. */
export function framingData(f: OutletFigures): { metrics: TableMetric[]; rows: TableRow[]; defaultVisible: string[] } {
  const famName = new Map(f.catalog.families.map((fam) => [fam.id, fam.name]));
  return {
    metrics: f.catalog.metrics.map((m) => ({ key: m.key, family: m.family, familyName: famName.get(m.family) ?? m.family, name: m.name, title: m.title, kind: m.kind })),
    rows: f.outlets.map((o) => ({
      id: o.id,
      slug: o.slug,
      name: o.name,
      articles: o.articles,
      words: o.words,
      figures: Object.fromEntries([...(f.byOutlet.get(o.id)?.entries() ?? [])].map(([k, x]) => [k, { v: x.value, lo: x.low, hi: x.high, n: x.n, unit: x.unit }])),
    })),
    defaultVisible: defaultColumns(f),
  };
}
