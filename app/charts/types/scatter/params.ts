import type { ChartTypeParams } from '../params';

/** type=scatter&x=hedge&y=loaded */
export const SCATTER: ChartTypeParams = {
  name: 'Two metrics against each other',
  params: [
    { key: 'x', label: 'Horizontal axis' },
    { key: 'y', label: 'Vertical axis' },
  ],
};
