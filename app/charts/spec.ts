/**
 * A chart's whole state, as it lives in the URL: the permalink, the page and the Open Graph image all read it here.
 * type=bars&metric=hedge · type=frames · type=actors · type=time&metric=hedge · type=scatter&x=hedge&y=loaded;
 * any of them with outlets=slug,slug and groups=lean:left,type:wire to draw exactly those outlets, and run=<id>: the scoring
 * run the link was made on (shared links carry it, so a later page can say the figures were recomputed since).
 */
import { parseGroups, parseList, parseStory } from '@/lib/events/filter';
import { CHART_TYPE_PARAMS, CHART_TYPES, type ChartType } from './types/registry';

export { CHART_TYPES, type ChartType };

export const CHART_NAMES = Object.fromEntries(CHART_TYPES.map((t) => [t, CHART_TYPE_PARAMS[t].name])) as Record<ChartType, string>;

export interface ChartSpec {
  type: ChartType;
  metric: string;
  x: string;
  y: string;
  /** Outlet slugs and groups (field:value) chosen; both empty: the chart picks (top N, the rest summarised). */
  outlets: string[];
  groups: string[];
  /** The scoring run a shared link was made on (app/charts/RunNotice.tsx says when figures were recomputed since); null: none named. */
  run: number | null;
}

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The chart a query names, defaults filled in for what is absent or empty. The query's form has been checked
 * (CHART_QUERY in app/_lib/query.ts); `unknown` lists the well-formed metric keys this corpus does not have.
 */
export function parseSpec(sp: Raw, metrics: string[], defaults: { metric: string; x: string; y: string }): { spec: ChartSpec; unknown: string[] } {
  const known = new Set(metrics);
  const unknown: string[] = [];
  const raw = first(sp.type);
  const type: ChartType = (CHART_TYPES as readonly string[]).includes(raw ?? '') ? (raw as ChartType) : 'bars';
  const pick = (key: 'metric' | 'x' | 'y') => {
    const v = first(sp[key]);
    if (v === undefined || v === '') return defaults[key];
    if (!known.has(v)) {
      unknown.push(v);
      return defaults[key];
    }
    return v;
  };
  const list = (v: string | undefined) => (v ? (parseList(v) ?? []) : []);
  const groups = first(sp.groups) ? (parseGroups(first(sp.groups)!) ?? []).map((g) => `${g.field}:${g.value}`) : [];
  const run = first(sp.run) ? parseStory(first(sp.run)!) : null;
  return { spec: { type, metric: pick('metric'), x: pick('x'), y: pick('y'), outlets: list(first(sp.outlets)), groups, run }, unknown };
}

/** The query string of a spec, only with the keys its type uses, so equal charts have equal links. */
export function specQuery(spec: ChartSpec): string {
  const p = new URLSearchParams({ type: spec.type });
  for (const { key } of CHART_TYPE_PARAMS[spec.type].params) p.set(key, spec[key]);
  if (spec.outlets.length) p.set('outlets', spec.outlets.join(','));
  if (spec.groups.length) p.set('groups', spec.groups.join(','));
  if (spec.run) p.set('run', String(spec.run));
  // Commas and colons read better unescaped, and mean the same in a query.
  return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
