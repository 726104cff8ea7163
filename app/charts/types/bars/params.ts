import type { ChartTypeParams } from '../params';

/** type=bars&metric=hedge */
export const BARS: ChartTypeParams = { name: 'A metric by outlet', params: [{ key: 'metric', label: 'Metric' }] };
