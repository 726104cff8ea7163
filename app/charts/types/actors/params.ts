import type { ChartTypeParams } from '../params';

/** type=actors */
export const ACTORS: ChartTypeParams = { name: 'Sentiment toward actors', params: [] };
