/**
 * What a shared chart link says when the figures changed since it was made: the link names its scoring run
 * (`run=`), the page always draws the current figures, and this notice says which run the link showed, what
 * recomputed them since (run, date, analysis version) and, for a bar chart, each drawn outlet's figure then and now
 * (RunHistoryFigure keeps the last 20 runs' outlet figures, migration 0010).
 */
import { getRunFigures, getRunRecord, type RunInfo } from '@/lib/db/queries';
import { date, fig } from '../_lib/format';
import type { ChartData } from './data';
import type { ChartSpec } from './spec';
import type { ChartContext } from './types/common';

const when = (r: RunInfo) => date(r.finishedAt ?? r.startedAt);

export async function RunNotice({ spec, current, data, ctx }: { spec: ChartSpec; current: RunInfo | null; data: ChartData; ctx: ChartContext }) {
  if (!spec.run || !current || spec.run === current.id) return null;
  const then = await getRunRecord(spec.run);
  const now = `run ${current.id} of ${when(current)}, analysis version ${current.version}`;
  if (!then) {
    return (
      <p className="notice" role="status" data-run-notice={spec.run}>
        This link was made on scoring run {spec.run}, which this installation no longer remembers. The figures below are the current ones ({now}).
      </p>
    );
  }
  const changed: Array<{ outlet: string; before: number; after: number }> = [];
  if (data.type === 'bars' && spec.run < current.id) {
    const slugToId = new Map(ctx.outlets.map((o) => [o.slug, o.id]));
    const before = new Map((await getRunFigures(then.id, spec.metric)).map((f) => [f.outletId, f.value]));
    for (const r of data.rows) {
      const b = before.get(slugToId.get(r.slug) ?? -1);
      if (b !== undefined && fig(b) !== fig(r.value)) changed.push({ outlet: r.outlet, before: b, after: r.value });
    }
  }
  return (
    <div className="notice" role="status" data-run-notice={spec.run}>
      <p>
        This link was made on run {then.id} of {when(then)}
        {then.version !== current.version ? ` (analysis version ${then.version})` : ''}; figures recomputed since with analysis version {current.version} ({now}).
        The chart below shows the current figures.
      </p>
      {changed.length > 0 && (
        <details>
          <summary>What changed for the drawn outlets ({changed.length})</summary>
          <ul className="small">
            {changed.map((c) => (
              <li key={c.outlet}>
                {c.outlet}: {fig(c.before)} then, {fig(c.after)} now
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
