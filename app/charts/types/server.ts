/** Each chart type's data loader and Open Graph rendering, by type: the charts page and its OG image both read it. */
import 'server-only';
import type { ReactNode } from 'react';
import type { ChartSpec } from '../spec';
import type { ChartType } from './registry';
import type { ChartContext } from './common';
import { loadBars, ogOfBars, type BarsData } from './bars/server';
import { loadFrames, ogOfFrames, type FramesData } from './frames/server';
import { loadActors, ogOfActors, type ActorsData } from './actors/server';
import { loadTime, ogOfTime, type TimeData } from './time/server';
import { loadScatter, ogOfScatter, type ScatterData } from './scatter/server';

export type ChartData = BarsData | FramesData | ActorsData | TimeData | ScatterData;
type DataOf<T extends ChartType> = Extract<ChartData, { type: T }>;

interface ChartModule<T extends ChartType> {
  load: (spec: ChartSpec, ctx: ChartContext) => Promise<DataOf<T>>;
  /** The rows of the 1200 × 630 preview under the title. */
  og: (data: DataOf<T>) => ReactNode;
}

const MODULES: { [T in ChartType]: ChartModule<T> } = {
  bars: { load: loadBars, og: ogOfBars },
  frames: { load: loadFrames, og: ogOfFrames },
  actors: { load: loadActors, og: ogOfActors },
  time: { load: loadTime, og: ogOfTime },
  scatter: { load: loadScatter, og: ogOfScatter },
};

export function loadChart(spec: ChartSpec, ctx: ChartContext): Promise<ChartData> {
  return (MODULES[spec.type] as ChartModule<ChartType>).load(spec, ctx);
}

export function ogRows(data: ChartData): ReactNode {
  return (MODULES[data.type] as ChartModule<ChartType>).og(data as never);
}
