'use client';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, fmt } from '../figure-common';
import type { BarsData } from './server';

export function BarsFigure({ data, height }: { data: BarsData; height: number }) {
  const rows = data.rows.map((r) => ({ ...r, err: r.low !== null && r.high !== null ? [r.value - r.low, r.high - r.value] : [0, 0] }));
  return (
    <BarChart responsive style={{ width: '100%', height: Math.max(height, 60 + rows.length * 44) }} data={rows} layout="vertical" margin={{ left: 8, right: 48, top: 8, bottom: 24 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#8888" />
      <XAxis type="number" tick={AXIS} label={{ value: data.unit, position: 'insideBottom', offset: -12, fill: 'currentColor', fontSize: 12 }} />
      <YAxis type="category" dataKey="outlet" width={180} tick={AXIS} />
      <Tooltip
        formatter={(v, _n, item) => {
          const p = (item as { payload?: (typeof rows)[number] }).payload;
          return [p && p.low !== null ? `${fmt(v)} (95% ${fmt(p.low)}–${fmt(p.high)}, n = ${p.n})` : fmt(v), data.unit];
        }}
      />
      <ReferenceLine x={0} stroke="#888" />
      <Bar dataKey="value" name={data.title} isAnimationActive={false} maxBarSize={30}>
        {rows.map((r) => (
          // Each outlet keeps its colour across charts.
          <Cell key={r.slug} fill={r.color} />
        ))}
        {data.hasIntervals && <ErrorBar dataKey="err" width={6} stroke="currentColor" direction="x" />}
        <LabelList dataKey="value" position="right" formatter={fmt} fill="currentColor" fontSize={11} />
      </Bar>
    </BarChart>
  );
}
