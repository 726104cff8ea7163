'use client';
import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, fmt, legendText } from '../figure-common';
import type { ActorsData } from './server';

/** Error bars per outlet: recharts wants [below, above] distances from the bar's end, under a key of their own. */
const errKey = (slug: string) => `${slug}\u0000err`;

export function ActorsFigure({ data, height }: { data: ActorsData; height: number }) {
  const rows = data.rows.map((row, i) => {
    const out: Record<string, unknown> = { ...row };
    for (const o of data.outlets) {
      const v = row[o.slug];
      const ci = data.intervals?.[i]?.[o.slug];
      out[errKey(o.slug)] = typeof v === 'number' && ci ? [v - ci[0], ci[1] - v] : [0, 0];
    }
    return out;
  });
  const ciOf = (actor: unknown, slug: string) => data.intervals?.[data.rows.findIndex((r) => r.actor === actor)]?.[slug] ?? null;
  return (
    <BarChart responsive style={{ width: '100%', height: Math.max(height, 80 + data.rows.length * (18 * data.outlets.length + 12)) }} data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#8888" />
      <XAxis type="number" domain={[-1, 1]} tick={AXIS} />
      <YAxis type="category" dataKey="actor" width={160} tick={AXIS} />
      <ReferenceLine x={0} stroke="currentColor" />
      <Tooltip
        formatter={(v, n, item) => {
          const o = data.outlets.find((x) => x.name === n);
          const ci = o ? ciOf((item?.payload as Record<string, unknown> | undefined)?.actor, o.slug) : null;
          return [ci ? `${fmt(v)} (95% ${fmt(ci[0])}–${fmt(ci[1])})` : fmt(v), n];
        }}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
      {data.outlets.map((o) => (
        <Bar key={o.slug} dataKey={o.slug} name={o.name} fill={o.color} isAnimationActive={false}>
          <ErrorBar dataKey={errKey(o.slug)} width={4} stroke="currentColor" direction="x" />
        </Bar>
      ))}
    </BarChart>
  );
}
