/**
 * What a chart type reads from the URL besides outlets= and groups=: pure, so the URL checks (app/_lib/query.ts),
 * the controls (a client component) and the server share it. Each type's own params.ts fills one entry.
 */
export type ChartParam = 'metric' | 'x' | 'y';

export interface ChartTypeParams {
  /** What the chart shows, as the chart menu names it. */
  name: string;
  /** The metric keys it reads, with the label of their control, in URL order. */
  params: ReadonlyArray<{ key: ChartParam; label: string }>;
}
