/**
 * The chart types and their URL parameters, in menu order: pure (no data, no React), so the URL checks, the client
 * controls and the server read the same list. Loaders and OG rendering: ./server.ts; figures: ./figures.tsx.
 */
import type { ChartTypeParams } from './params';
import { BARS } from './bars/params';
import { FRAMES_CHART } from './frames/params';
import { ACTORS } from './actors/params';
import { TIME } from './time/params';
import { SCATTER } from './scatter/params';

export const CHART_TYPE_PARAMS = { bars: BARS, frames: FRAMES_CHART, actors: ACTORS, time: TIME, scatter: SCATTER } as const satisfies Record<string, ChartTypeParams>;

export type ChartType = keyof typeof CHART_TYPE_PARAMS;
export const CHART_TYPES = Object.keys(CHART_TYPE_PARAMS) as [ChartType, ...ChartType[]];
