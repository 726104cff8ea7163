/**
 * Selection apart from framing on an outlet's profile (lib/analysis/decompose.ts): per family total, how much of the
 * outlet's difference from the other outlets comes from the events it covered and how much from how it covers them,
 * and a chart placing every outlet the framing table shows by the two factors for one metric.
 */
import Link from 'next/link';
import type { Decomposition } from '@/lib/analysis/decompose';
import { slugPath } from '@/lib/text/slug';
import { fig, interval } from '../../_lib/format';
import { Name } from '../../_components/Name';

export interface DecompositionRow {
  metric: string;
  title: string;
  d: Decomposition | null;
}

const ratio = (r: { value: number; low: number; high: number }) => (
  <>
    ×{fig(r.value)} <span className="ci">{interval(r.low, Number.isFinite(r.high) ? r.high : null) || (Number.isFinite(r.high) ? '' : `${fig(r.low)}–∞`)}</span>
  </>
);

const verdict = (r: { low: number; high: number }, word: string) => (r.low > 1 ? `more ${word}` : r.high < 1 ? `less ${word}` : '—');

export function SelectionFramingTable({ rows, name, id = 'selection-framing' }: { rows: DecompositionRow[]; name: string; id?: string }) {
  return (
    <div className="scroll">
      <table className="data selection-framing" id={id}>
        <caption className="small">
          Per 100 words. Selection: the rate expected from the events <Name>{name}</Name> covered, at the other outlets&apos; rate on each event, against their
          overall rate. Framing: <Name>{name}</Name>&apos;s rate against the other outlets&apos; on the same events. Selection × framing = its rate against theirs.
          95% intervals; a factor is called only when its interval excludes 1.
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="num">Its rate</th>
            <th scope="col" className="num">Others&apos; rate</th>
            <th scope="col" className="num">Expected from its events</th>
            <th scope="col" className="num">Selection</th>
            <th scope="col" className="num">Framing</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ metric, title, d }) => (
            <tr key={metric} data-metric={metric}>
              <th scope="row">{title}</th>
              {d ? (
                <>
                  <td className="num">{fig(d.rate)}</td>
                  <td className="num">{fig(d.corpus)}</td>
                  <td className="num">{fig(d.expected)}</td>
                  <td className="num" data-factor="selection" data-low={d.selection.low} data-high={d.selection.high}>{ratio(d.selection)}</td>
                  <td className="num" data-factor="framing" data-low={d.framing.low} data-high={d.framing.high}>{ratio(d.framing)}</td>
                  <td>{[verdict(d.selection, 'through selection'), verdict(d.framing, 'through framing')].filter((v) => v !== '—').join('; ') || 'no difference shown'}</td>
                </>
              ) : (
                <td colSpan={6} className="muted">no events shared with other outlets</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const SIZE = 420;
const PAD = 48;

/** Every shown outlet by selection (x) and framing (y), log scales; this outlet highlighted. Points link to profiles. */
export function SelectionFramingChart({ points, current, title }: { points: Array<{ slug: string; name: string; d: Decomposition }>; current: string; title: string }) {
  const usable = points.filter((p) => p.d.selection.value > 0 && p.d.framing.value > 0 && Number.isFinite(p.d.framing.value));
  if (usable.length < 2) return <p className="empty small">Too few outlets share events to chart.</p>;
  const logs = usable.flatMap((p) => [Math.log(p.d.selection.value), Math.log(p.d.framing.value)]);
  const span = Math.max(Math.log(1.25), ...logs.map(Math.abs)) * 1.1;
  const pos = (v: number) => PAD + ((Math.log(v) + span) / (2 * span)) * (SIZE - 2 * PAD);
  const ticks = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2].filter((t) => Math.abs(Math.log(t)) <= span);
  return (
    <figure className="selection-chart">
      {/* Scales with the page (no sideways scroll on a phone); each point is a link named for its outlet and figures. */}
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} style={{ width: '100%', maxWidth: SIZE, height: 'auto' }} aria-label={`${title}: selection against framing for ${usable.length} outlets`}>
        <rect x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD} fill="none" stroke="#ccc" />
        {ticks.map((t) => (
          <g key={t} fontSize="10" fill="#666">
            <line x1={pos(t)} x2={pos(t)} y1={PAD} y2={SIZE - PAD} stroke={t === 1 ? '#888' : '#eee'} />
            <line y1={SIZE - pos(t)} y2={SIZE - pos(t)} x1={PAD} x2={SIZE - PAD} stroke={t === 1 ? '#888' : '#eee'} />
            <text x={pos(t)} y={SIZE - PAD + 14} textAnchor="middle">×{t}</text>
            <text x={PAD - 6} y={SIZE - pos(t) + 3} textAnchor="end">×{t}</text>
          </g>
        ))}
        <text x={SIZE / 2} y={SIZE - 8} textAnchor="middle" fontSize="12">selection (events covered) →</text>
        <text x={12} y={SIZE / 2} textAnchor="middle" fontSize="12" transform={`rotate(-90 12 ${SIZE / 2})`}>framing (same events) →</text>
        {usable.map((p) => {
          const mine = p.slug === current;
          const label = `\u2068${p.name}\u2069: selection ×${fig(p.d.selection.value)} (${interval(p.d.selection.low, p.d.selection.high)}), framing ×${fig(p.d.framing.value)} (${interval(p.d.framing.low, p.d.framing.high)})`;
          return (
            <Link key={p.slug} href={`/outlets/${slugPath(p.slug)}`} aria-label={label}>
              <circle cx={pos(p.d.selection.value)} cy={SIZE - pos(p.d.framing.value)} r={mine ? 6 : 3.5} fill={mine ? '#c0392b' : '#2b4a91'} fillOpacity={mine ? 1 : 0.6}>
                <title>{label}</title>
              </circle>
            </Link>
          );
        })}
      </svg>
      <figcaption className="small muted">
        {title}: each outlet the framing table shows, by selection (x) and framing (y), log scales; ×1 is the other outlets. Hover a point for its
        intervals, click it for its profile.
      </figcaption>
    </figure>
  );
}
