'use client';
/** Each chart type's figure, by type (client components: recharts draws in the browser). */
import type { ComponentType } from 'react';
import type { ChartType } from './registry';
import type { ChartData } from './server';
import { BarsFigure } from './bars/Figure';
import { FramesFigure } from './frames/Figure';
import { ActorsFigure } from './actors/Figure';
import { TimeFigure } from './time/Figure';
import { ScatterFigure } from './scatter/Figure';

const FIGURES: { [T in ChartType]: ComponentType<{ data: Extract<ChartData, { type: T }>; height: number }> } = {
  bars: BarsFigure,
  frames: FramesFigure,
  actors: ActorsFigure,
  time: TimeFigure,
  scatter: ScatterFigure,
};

/** The chart itself, sized to its box; the caller supplies the data prepared on the server. */
export function ChartBody({ data, height = 420 }: { data: ChartData; height?: number }) {
  const Figure = FIGURES[data.type] as ComponentType<{ data: ChartData; height: number }>;
  return <Figure data={data} height={height} />;
}
