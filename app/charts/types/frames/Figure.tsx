'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, legendText, pctFmt } from '../figure-common';
import type { FramesData } from './server';

export function FramesFigure({ data, height }: { data: FramesData; height: number }) {
  return (
    <BarChart responsive style={{ width: '100%', height: Math.max(height, 120 + data.rows.length * 48) }} data={data.rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }} stackOffset="expand">
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#8888" />
      <XAxis type="number" tickFormatter={pctFmt} tick={AXIS} domain={[0, 1]} />
      <YAxis type="category" dataKey="outlet" width={180} tick={AXIS} />
      <Tooltip formatter={(v, n) => [pctFmt(v), n]} />
      <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
      {data.series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} stackId="frames" fill={s.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
