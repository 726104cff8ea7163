'use client';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, fmt, legendText } from '../figure-common';
import type { ActorsData } from './server';

export function ActorsFigure({ data, height }: { data: ActorsData; height: number }) {
  return (
    <BarChart responsive style={{ width: '100%', height: Math.max(height, 80 + data.rows.length * (18 * data.outlets.length + 12)) }} data={data.rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#8888" />
      <XAxis type="number" domain={[-1, 1]} tick={AXIS} />
      <YAxis type="category" dataKey="actor" width={160} tick={AXIS} />
      <ReferenceLine x={0} stroke="currentColor" />
      <Tooltip formatter={(v, n) => [fmt(v), n]} />
      <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
      {data.outlets.map((o) => (
        <Bar key={o.slug} dataKey={o.slug} name={o.name} fill={o.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
