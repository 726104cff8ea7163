/** Each chart type's data loader and Open Graph rendering, by type: the charts page and its OG image both read it. */
import 'server-only';
import type { ReactNode } from 'react';
import type { ChartSpec } from '../spec';
import type { ChartType } from './registry';
import type { ChartContext } from './common';
import { emptyBars, loadBars, ogOfBars, type BarsData } from './bars/server';
import { emptyFrames, loadFrames, ogOfFrames, type FramesData } from './frames/server';
import { emptyActors, loadActors, ogOfActors, type ActorsData } from './actors/server';
import { emptyTime, loadTime, ogOfTime, type TimeData } from './time/server';
import { emptyScatter, loadScatter, ogOfScatter, type ScatterData } from './scatter/server';

export type ChartData = BarsData | FramesData | ActorsData | TimeData | ScatterData;
type DataOf<T extends ChartType> = Extract<ChartData, { type: T }>;

interface ChartModule<T extends ChartType> {
  load: (spec: ChartSpec, ctx: ChartContext) => Promise<DataOf<T>>;
  /** The rows of the 1200 × 630 preview under the title. */
  og: (data: DataOf<T>) => ReactNode;
  /** What the page says instead of the figure when there is nothing to draw; null: draw it. */
  empty: (data: DataOf<T>) => ReactNode | null;
  /** Marks coloured by outlet (shades of its lean's hue): the page shows the lean legend beside them. */
  leanColours: boolean;
}

const MODULES: { [T in ChartType]: ChartModule<T> } = {
  bars: { load: loadBars, og: ogOfBars, empty: emptyBars, leanColours: true },
  frames: { load: loadFrames, og: ogOfFrames, empty: emptyFrames, leanColours: false },
  actors: { load: loadActors, og: ogOfActors, empty: emptyActors, leanColours: false },
  time: { load: loadTime, og: ogOfTime, empty: emptyTime, leanColours: false },
  scatter: { load: loadScatter, og: ogOfScatter, empty: emptyScatter, leanColours: true },
};

export function loadChart(spec: ChartSpec, ctx: ChartContext): Promise<ChartData> {
  return (MODULES[spec.type] as ChartModule<ChartType>).load(spec, ctx);
}

export function ogRows(data: ChartData): ReactNode {
  return (MODULES[data.type] as ChartModule<ChartType>).og(data as never);
}

export function emptyNote(data: ChartData): ReactNode | null {
  return (MODULES[data.type] as ChartModule<ChartType>).empty(data as never);
}

export function hasLeanColours(type: ChartType): boolean {
  return MODULES[type].leanColours;
}
