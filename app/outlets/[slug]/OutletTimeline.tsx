/**
 * One marker family over time for an outlet, against its lean group and the whole corpus: rates per 100 words
 * pooled per week (data spanning under about four months) or month. A table, so every figure is readable and
 * nothing needs a script; the metric is a link away (`?metric=`).
 */
import Link from 'next/link';
import { getMetricByPeriod, type OutletSummary } from '@/lib/db/queries';
import { isLean, leanLabel } from '@/lib/outlets/leans';
import { slugPath } from '@/lib/text/slug';
import { fig } from '../../_lib/format';
import { Name } from '../../_components/Name';

const WEEKLY_UNDER_DAYS = 120;

export async function OutletTimeline({
  outlet,
  outlets,
  metric,
  metrics,
}: {
  outlet: OutletSummary;
  outlets: OutletSummary[];
  metric: string;
  metrics: Array<{ key: string; title: string }>;
}) {
  if (!outlet.firstDate || !outlet.lastDate) return <p className="empty">No dated articles: no time series.</p>;
  const days = (outlet.lastDate.getTime() - outlet.firstDate.getTime()) / 86_400_000;
  const unit = days < WEEKLY_UNDER_DAYS ? 'week' : 'month';
  const points = await getMetricByPeriod(metric, unit);
  const group = isLean(outlet.lean) ? new Set(outlets.filter((o) => o.lean === outlet.lean).map((o) => o.id)) : null;
  const rows = new Map<string, { mine: [number, number]; group: [number, number]; all: [number, number] }>();
  for (const p of points) {
    const r = rows.get(p.period) ?? { mine: [0, 0], group: [0, 0], all: [0, 0] };
    const add = (t: [number, number]) => ((t[0] += p.count), (t[1] += p.words));
    add(r.all);
    if (group?.has(p.outletId)) add(r.group);
    if (p.outletId === outlet.id) add(r.mine);
    rows.set(p.period, r);
  }
  const periods = [...rows.entries()].filter(([, r]) => r.mine[1] > 0);
  const rate = ([count, words]: [number, number]) => (words > 0 ? fig((100 * count) / words) : '—');
  const title = metrics.find((m) => m.key === metric)?.title ?? metric;
  return (
    <>
      <p className="small">
        {metrics.map((m, i) => (
          <span key={m.key}>
            {i > 0 && ' · '}
            {m.key === metric ? (
              <strong aria-current="true">{m.title}</strong>
            ) : (
              <Link href={`/outlets/${slugPath(outlet.slug)}?metric=${encodeURIComponent(m.key)}#over-time`}>{m.title}</Link>
            )}
          </span>
        ))}
      </p>
      {periods.length < 2 ? (
        <p className="empty">Fewer than two {unit}s with dated articles: no time series.</p>
      ) : (
        <div className="scroll">
          <table className="data">
            <caption>
              {title}, per 100 words, by {unit}
            </caption>
            <thead>
              <tr>
                <th scope="col">{unit === 'week' ? 'Week of' : 'Month'}</th>
                <th scope="col" className="num">
                  <Name>{outlet.name}</Name>
                </th>
                {group && (
                  <th scope="col" className="num">
                    {leanLabel(outlet.lean)} outlets
                  </th>
                )}
                <th scope="col" className="num">
                  All outlets
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map(([period, r]) => (
                <tr key={period}>
                  <th scope="row">{unit === 'week' ? period : period.slice(0, 7)}</th>
                  <td className="num">{rate(r.mine)}</td>
                  {group && <td className="num">{rate(r.group)}</td>}
                  <td className="num">{rate(r.all)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
