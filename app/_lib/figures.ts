/** Server-side assembly of the metric catalog and outlet figures used by several pages. */
import { getMetricKeys, getOutletFigures, getOutlets, type OutletFigure } from '@/lib/db/queries';
import { cache } from 'react';
import { buildCatalog, type Catalog } from './catalog';

export interface OutletFigures {
  catalog: Catalog;
  source: 'outlet-scores' | 'article-scores' | 'none';
  outlets: Awaited<ReturnType<typeof getOutlets>>;
  /** outletId → metric → figure */
  byOutlet: Map<number, Map<string, OutletFigure>>;
}

/** Deduplicated per request: metadata and page of one render share the queries. */
export const loadOutletFigures = cache(async (metrics?: string[]): Promise<OutletFigures> => {
  const [{ keys }, outlets] = await Promise.all([getMetricKeys(), getOutlets()]);
  const catalog = buildCatalog(keys);
  const isMeasure = (k: string) => catalog.byKey.get(k)?.kind === 'measure';
  const { rows, source } = await getOutletFigures(isMeasure, metrics);
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
