'use client';
import { CartesianGrid, LabelList, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, fmt } from '../figure-common';
import type { ScatterData } from './server';

export function ScatterFigure({ data, height }: { data: ScatterData; height: number }) {
  return (
    <ScatterChart responsive style={{ width: '100%', height }} margin={{ left: 32, right: 32, top: 24, bottom: 32 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#8888" />
      <XAxis type="number" dataKey="x" name={data.xTitle} tick={AXIS} label={{ value: data.xTitle, position: 'insideBottom', offset: -16, fill: 'currentColor', fontSize: 12 }} />
      <YAxis type="number" dataKey="y" name={data.yTitle} tick={AXIS} width={64} label={{ value: data.yTitle, angle: -90, position: 'left', offset: 10, fill: 'currentColor', fontSize: 12, style: { textAnchor: 'middle' } }} />
      <Tooltip formatter={(v, n) => [fmt(v), n]} />
      {data.rows.map((r) => (
        <Scatter key={r.slug} name={r.outlet} data={[r]} fill={r.color} isAnimationActive={false}>
          <LabelList dataKey="outlet" position="top" fill="currentColor" fontSize={11} />
        </Scatter>
      ))}
    </ScatterChart>
  );
}
