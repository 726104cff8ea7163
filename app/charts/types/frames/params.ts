import type { ChartTypeParams } from '../params';

/** type=frames */
export const FRAMES_CHART: ChartTypeParams = { name: 'Policy frames per outlet', params: [] };
