/**
 * A chart's whole state, as it lives in the URL: the permalink, the page and the Open Graph image all read it here.
 * type=bars&metric=hedge · type=frames · type=actors · type=time&metric=hedge · type=scatter&x=hedge&y=loaded
 */
export const CHART_TYPES = ['bars', 'frames', 'actors', 'time', 'scatter'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const CHART_NAMES: Record<ChartType, string> = {
  bars: 'A metric by outlet',
  frames: 'Policy frames per outlet',
  actors: 'Sentiment toward actors',
  time: 'A metric over time',
  scatter: 'Two metrics against each other',
};

export interface ChartSpec {
  type: ChartType;
  metric: string;
  x: string;
  y: string;
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
  return { spec: { type, metric: pick('metric'), x: pick('x'), y: pick('y') }, unknown };
}

/** The query string of a spec, only with the keys its type uses, so equal charts have equal links. */
export function specQuery(spec: ChartSpec): string {
  const p = new URLSearchParams({ type: spec.type });
  if (spec.type === 'bars' || spec.type === 'time') p.set('metric', spec.metric);
  if (spec.type === 'scatter') {
    p.set('x', spec.x);
    p.set('y', spec.y);
  }
  return p.toString();
}
