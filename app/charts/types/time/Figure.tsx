'use client';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, fmt, legendText } from '../figure-common';
import type { TimeData } from './server';

export function TimeFigure({ data, height }: { data: TimeData; height: number }) {
  return (
    <LineChart responsive style={{ width: '100%', height }} data={data.rows} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#8888" />
      <XAxis dataKey="month" tick={AXIS} />
      <YAxis tick={AXIS} width={56} />
      <Tooltip formatter={(v, n) => [fmt(v), n]} />
      <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
      {data.outlets.map((o) => (
        <Line key={o.slug} dataKey={o.slug} name={o.name} stroke={o.color} connectNulls dot isAnimationActive={false} />
      ))}
    </LineChart>
  );
}
