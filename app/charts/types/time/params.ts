import type { ChartTypeParams } from '../params';

/** type=time&metric=hedge */
export const TIME: ChartTypeParams = { name: 'A metric over time', params: [{ key: 'metric', label: 'Metric' }] };
